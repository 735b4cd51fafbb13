from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Open311Service")


@_attrs_define
class Open311Service:
    """
    Attributes:
        service_code (str):
        service_name (str):
        description (str):
        metadata (bool): Always false: no extra attributes are asked.
        type_ (Literal['realtime']):
        keywords (str):
        group (None | str):
    """

    service_code: str
    service_name: str
    description: str
    metadata: bool
    type_: Literal["realtime"]
    keywords: str
    group: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_code = self.service_code

        service_name = self.service_name

        description = self.description

        metadata = self.metadata

        type_ = self.type_

        keywords = self.keywords

        group: None | str
        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_code": service_code,
                "service_name": service_name,
                "description": description,
                "metadata": metadata,
                "type": type_,
                "keywords": keywords,
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_code = d.pop("service_code")

        service_name = d.pop("service_name")

        description = d.pop("description")

        metadata = d.pop("metadata")

        type_ = cast(Literal["realtime"], d.pop("type"))
        if type_ != "realtime":
            raise ValueError(f"type must match const 'realtime', got '{type_}'")

        keywords = d.pop("keywords")

        def _parse_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group = _parse_group(d.pop("group"))

        open_311_service = cls(
            service_code=service_code,
            service_name=service_name,
            description=description,
            metadata=metadata,
            type_=type_,
            keywords=keywords,
            group=group,
        )

        open_311_service.additional_properties = d
        return open_311_service

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
