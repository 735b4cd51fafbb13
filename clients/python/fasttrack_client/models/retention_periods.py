from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RetentionPeriods")


@_attrs_define
class RetentionPeriods:
    """How long personal data is kept (the settings the retention purge applies).

    Attributes:
        case_personal_data_years (int): A complainant's personal data, after the case is closed
        attachment_years (int): A case's attachments, after it is closed
        access_log_years (int): An entry of the personal-data access log
    """

    case_personal_data_years: int
    attachment_years: int
    access_log_years: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_personal_data_years = self.case_personal_data_years

        attachment_years = self.attachment_years

        access_log_years = self.access_log_years

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_personal_data_years": case_personal_data_years,
                "attachment_years": attachment_years,
                "access_log_years": access_log_years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_personal_data_years = d.pop("case_personal_data_years")

        attachment_years = d.pop("attachment_years")

        access_log_years = d.pop("access_log_years")

        retention_periods = cls(
            case_personal_data_years=case_personal_data_years,
            attachment_years=attachment_years,
            access_log_years=access_log_years,
        )

        retention_periods.additional_properties = d
        return retention_periods

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
