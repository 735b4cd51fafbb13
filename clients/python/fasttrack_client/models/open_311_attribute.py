from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_311_attribute_datatype import Open311AttributeDatatype

if TYPE_CHECKING:
    from ..models.open_311_attribute_value import Open311AttributeValue


T = TypeVar("T", bound="Open311Attribute")


@_attrs_define
class Open311Attribute:
    """
    Attributes:
        variable (bool):
        code (str):
        datatype (Open311AttributeDatatype):
        required (bool):
        datatype_description (None | str):
        order (int):
        description (str):
        values (list[Open311AttributeValue]):
    """

    variable: bool
    code: str
    datatype: Open311AttributeDatatype
    required: bool
    datatype_description: None | str
    order: int
    description: str
    values: list[Open311AttributeValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable = self.variable

        code = self.code

        datatype = self.datatype.value

        required = self.required

        datatype_description: None | str
        datatype_description = self.datatype_description

        order = self.order

        description = self.description

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable": variable,
                "code": code,
                "datatype": datatype,
                "required": required,
                "datatype_description": datatype_description,
                "order": order,
                "description": description,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_311_attribute_value import Open311AttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        variable = d.pop("variable")

        code = d.pop("code")

        datatype = Open311AttributeDatatype(d.pop("datatype"))

        required = d.pop("required")

        def _parse_datatype_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        datatype_description = _parse_datatype_description(d.pop("datatype_description"))

        order = d.pop("order")

        description = d.pop("description")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Open311AttributeValue.from_dict(values_item_data)

            values.append(values_item)

        open_311_attribute = cls(
            variable=variable,
            code=code,
            datatype=datatype,
            required=required,
            datatype_description=datatype_description,
            order=order,
            description=description,
            values=values,
        )

        open_311_attribute.additional_properties = d
        return open_311_attribute

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
