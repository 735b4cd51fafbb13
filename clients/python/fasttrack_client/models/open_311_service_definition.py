from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.open_311_attribute import Open311Attribute


T = TypeVar("T", bound="Open311ServiceDefinition")


@_attrs_define
class Open311ServiceDefinition:
    """The extra questions of a service: none for Fast Track's categories (an empty list).

    Attributes:
        service_code (str):
        attributes (list[Open311Attribute]):
    """

    service_code: str
    attributes: list[Open311Attribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_code = self.service_code

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_code": service_code,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_311_attribute import Open311Attribute  # noqa: PLC0415

        d = dict(src_dict)
        service_code = d.pop("service_code")

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = Open311Attribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        open_311_service_definition = cls(
            service_code=service_code,
            attributes=attributes,
        )

        open_311_service_definition.additional_properties = d
        return open_311_service_definition

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
