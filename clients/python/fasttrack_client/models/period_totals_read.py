from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PeriodTotalsRead")


@_attrs_define
class PeriodTotalsRead:
    """
    Attributes:
        period (str): `2022-08` (month) or `2022` (year) in Asia/Bangkok
        activities_held (int):
        activities_planned (int):
        participants (int):
        legal_consultations (int):
        complaints_received (int):
    """

    period: str
    activities_held: int
    activities_planned: int
    participants: int
    legal_consultations: int
    complaints_received: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        activities_held = self.activities_held

        activities_planned = self.activities_planned

        participants = self.participants

        legal_consultations = self.legal_consultations

        complaints_received = self.complaints_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "activities_held": activities_held,
                "activities_planned": activities_planned,
                "participants": participants,
                "legal_consultations": legal_consultations,
                "complaints_received": complaints_received,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        activities_held = d.pop("activities_held")

        activities_planned = d.pop("activities_planned")

        participants = d.pop("participants")

        legal_consultations = d.pop("legal_consultations")

        complaints_received = d.pop("complaints_received")

        period_totals_read = cls(
            period=period,
            activities_held=activities_held,
            activities_planned=activities_planned,
            participants=participants,
            legal_consultations=legal_consultations,
            complaints_received=complaints_received,
        )

        period_totals_read.additional_properties = d
        return period_totals_read

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
