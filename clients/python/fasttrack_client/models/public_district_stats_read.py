from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicDistrictStatsRead")


@_attrs_define
class PublicDistrictStatsRead:
    """A district's public figures; null where the count is too small to publish.

    Attributes:
        code (str):
        name_th (str):
        name_en (str):
        open_ (int | None):
        resolved (int | None):
        median_days_to_resolve (float | None):
        resolved_within_sla_share (float | None): Of the resolved cases, the share resolved within the SLA (0-1)
    """

    code: str
    name_th: str
    name_en: str
    open_: int | None
    resolved: int | None
    median_days_to_resolve: float | None
    resolved_within_sla_share: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_th = self.name_th

        name_en = self.name_en

        open_: int | None
        open_ = self.open_

        resolved: int | None
        resolved = self.resolved

        median_days_to_resolve: float | None
        median_days_to_resolve = self.median_days_to_resolve

        resolved_within_sla_share: float | None
        resolved_within_sla_share = self.resolved_within_sla_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name_th": name_th,
                "name_en": name_en,
                "open": open_,
                "resolved": resolved,
                "median_days_to_resolve": median_days_to_resolve,
                "resolved_within_sla_share": resolved_within_sla_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_th = d.pop("name_th")

        name_en = d.pop("name_en")

        def _parse_open_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        open_ = _parse_open_(d.pop("open"))

        def _parse_resolved(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resolved = _parse_resolved(d.pop("resolved"))

        def _parse_median_days_to_resolve(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_resolve = _parse_median_days_to_resolve(d.pop("median_days_to_resolve"))

        def _parse_resolved_within_sla_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolved_within_sla_share = _parse_resolved_within_sla_share(d.pop("resolved_within_sla_share"))

        public_district_stats_read = cls(
            code=code,
            name_th=name_th,
            name_en=name_en,
            open_=open_,
            resolved=resolved,
            median_days_to_resolve=median_days_to_resolve,
            resolved_within_sla_share=resolved_within_sla_share,
        )

        public_district_stats_read.additional_properties = d
        return public_district_stats_read

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
