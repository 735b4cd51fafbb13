from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MilestoneStatsRead")


@_attrs_define
class MilestoneStatsRead:
    """
    Attributes:
        met (int):
        breached (int):
        pending (int):
        compliance_rate (float | None):
        median_seconds (float | None):
        p90_seconds (float | None):
    """

    met: int
    breached: int
    pending: int
    compliance_rate: float | None
    median_seconds: float | None
    p90_seconds: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        met = self.met

        breached = self.breached

        pending = self.pending

        compliance_rate: float | None
        compliance_rate = self.compliance_rate

        median_seconds: float | None
        median_seconds = self.median_seconds

        p90_seconds: float | None
        p90_seconds = self.p90_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "met": met,
                "breached": breached,
                "pending": pending,
                "compliance_rate": compliance_rate,
                "median_seconds": median_seconds,
                "p90_seconds": p90_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        met = d.pop("met")

        breached = d.pop("breached")

        pending = d.pop("pending")

        def _parse_compliance_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        compliance_rate = _parse_compliance_rate(d.pop("compliance_rate"))

        def _parse_median_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_seconds = _parse_median_seconds(d.pop("median_seconds"))

        def _parse_p90_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p90_seconds = _parse_p90_seconds(d.pop("p90_seconds"))

        milestone_stats_read = cls(
            met=met,
            breached=breached,
            pending=pending,
            compliance_rate=compliance_rate,
            median_seconds=median_seconds,
            p90_seconds=p90_seconds,
        )

        milestone_stats_read.additional_properties = d
        return milestone_stats_read

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
