from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SuggestedValuesRead")


@_attrs_define
class SuggestedValuesRead:
    """
    Attributes:
        district_code (None | str):
        subdistrict_code (None | str):
        category_id (None | UUID):
    """

    district_code: None | str
    subdistrict_code: None | str
    category_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district_code: None | str
        district_code = self.district_code

        subdistrict_code: None | str
        subdistrict_code = self.subdistrict_code

        category_id: None | str
        if isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district_code": district_code,
                "subdistrict_code": subdistrict_code,
                "category_id": category_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        def _parse_subdistrict_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdistrict_code = _parse_subdistrict_code(d.pop("subdistrict_code"))

        def _parse_category_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        category_id = _parse_category_id(d.pop("category_id"))

        suggested_values_read = cls(
            district_code=district_code,
            subdistrict_code=subdistrict_code,
            category_id=category_id,
        )

        suggested_values_read.additional_properties = d
        return suggested_values_read

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
