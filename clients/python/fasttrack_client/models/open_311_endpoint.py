from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_311_endpoint_type import Open311EndpointType

T = TypeVar("T", bound="Open311Endpoint")


@_attrs_define
class Open311Endpoint:
    """
    Attributes:
        specification (str): The specification this endpoint implements.
        url (str): The base URL: append e.g. `/services.xml`.
        changeset (datetime.datetime | None):
        type_ (Open311EndpointType):
        formats (list[str]): Media types of the answers.
    """

    specification: str
    url: str
    changeset: datetime.datetime | None
    type_: Open311EndpointType
    formats: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification = self.specification

        url = self.url

        changeset: None | str
        if isinstance(self.changeset, datetime.datetime):
            changeset = self.changeset.isoformat()
        else:
            changeset = self.changeset

        type_ = self.type_.value

        formats = self.formats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "specification": specification,
                "url": url,
                "changeset": changeset,
                "type": type_,
                "formats": formats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        specification = d.pop("specification")

        url = d.pop("url")

        def _parse_changeset(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changeset_type_0 = datetime.datetime.fromisoformat(data)

                return changeset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        changeset = _parse_changeset(d.pop("changeset"))

        type_ = Open311EndpointType(d.pop("type"))

        formats = cast(list[str], d.pop("formats"))

        open_311_endpoint = cls(
            specification=specification,
            url=url,
            changeset=changeset,
            type_=type_,
            formats=formats,
        )

        open_311_endpoint.additional_properties = d
        return open_311_endpoint

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
