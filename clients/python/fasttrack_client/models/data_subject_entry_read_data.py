from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_value_type_5 import FieldValueType5


T = TypeVar("T", bound="DataSubjectEntryReadData")


@_attrs_define
class DataSubjectEntryReadData:
    additional_properties: dict[str, bool | FieldValueType5 | float | int | list[Any] | None | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_value_type_5 import FieldValueType5  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, FieldValueType5):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value_type_5 import FieldValueType5  # noqa: PLC0415

        d = dict(src_dict)
        data_subject_entry_read_data = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> bool | FieldValueType5 | float | int | list[Any] | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_field_value_type_4 = cast(list[Any], data)

                    return componentsschemas_field_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_field_value_type_5 = FieldValueType5.from_dict(data)

                    return componentsschemas_field_value_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FieldValueType5 | float | int | list[Any] | None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        data_subject_entry_read_data.additional_properties = additional_properties
        return data_subject_entry_read_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | FieldValueType5 | float | int | list[Any] | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | FieldValueType5 | float | int | list[Any] | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
