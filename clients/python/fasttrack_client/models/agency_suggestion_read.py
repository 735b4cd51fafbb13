from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgencySuggestionRead")


@_attrs_define
class AgencySuggestionRead:
    """Where the routing rules send the top category in the top district.

    Attributes:
        agency_id (UUID):
        code (str):
        name_th (str):
        name_en (str):
        rule_id (UUID):
        category_id (UUID):
        district_code (None | str):
        warning (None | str):
    """

    agency_id: UUID
    code: str
    name_th: str
    name_en: str
    rule_id: UUID
    category_id: UUID
    district_code: None | str
    warning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency_id = str(self.agency_id)

        code = self.code

        name_th = self.name_th

        name_en = self.name_en

        rule_id = str(self.rule_id)

        category_id = str(self.category_id)

        district_code: None | str
        district_code = self.district_code

        warning: None | str
        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agency_id": agency_id,
                "code": code,
                "name_th": name_th,
                "name_en": name_en,
                "rule_id": rule_id,
                "category_id": category_id,
                "district_code": district_code,
                "warning": warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency_id = UUID(d.pop("agency_id"))

        code = d.pop("code")

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        rule_id = UUID(d.pop("rule_id"))

        category_id = UUID(d.pop("category_id"))

        def _parse_district_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district_code = _parse_district_code(d.pop("district_code"))

        def _parse_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warning = _parse_warning(d.pop("warning"))

        agency_suggestion_read = cls(
            agency_id=agency_id,
            code=code,
            name_th=name_th,
            name_en=name_en,
            rule_id=rule_id,
            category_id=category_id,
            district_code=district_code,
            warning=warning,
        )

        agency_suggestion_read.additional_properties = d
        return agency_suggestion_read

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
