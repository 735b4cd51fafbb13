from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source

if TYPE_CHECKING:
    from ..models.complaint_stats_read_by import ComplaintStatsReadBy
    from ..models.milestone_stats_read import MilestoneStatsRead
    from ..models.satisfaction_read import SatisfactionRead
    from ..models.series_point import SeriesPoint


T = TypeVar("T", bound="ComplaintStatsRead")


@_attrs_define
class ComplaintStatsRead:
    """Counts by status, district, agency, category, channel and MOU area; SLA compliance and
    durations; a series per day, week or month (Asia/Bangkok). Scoped to what you may see.

        Attributes:
            total (int):
            by (ComplaintStatsReadBy): Counts per dimension (`status`, `district`, `agency`, `category`, `channel`,
                `mou_area`), keyed by the value: a status or channel name, a district code, an agency or category id, an MOU
                area number. Cases without a value for the dimension (no district, no lead agency, no category yet) are counted
                under `unknown`.
            series (list[SeriesPoint]):
            first_response (MilestoneStatsRead):
            resolution (MilestoneStatsRead):
            generated_at (datetime.datetime):
            source (Source):
            as_of (datetime.datetime): The instant the figures describe: the rollup's rebuild time, or now.
            notes (list[str]):
            satisfaction (None | SatisfactionRead): The complainants' 1-5 ratings of these cases: overall, by lead agency
                (id) and by district (code); always live, whatever `source` says.
    """

    total: int
    by: ComplaintStatsReadBy
    series: list[SeriesPoint]
    first_response: MilestoneStatsRead
    resolution: MilestoneStatsRead
    generated_at: datetime.datetime
    source: Source
    as_of: datetime.datetime
    notes: list[str]
    satisfaction: None | SatisfactionRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.satisfaction_read import SatisfactionRead  # noqa: PLC0415

        total = self.total

        by = self.by.to_dict()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        first_response = self.first_response.to_dict()

        resolution = self.resolution.to_dict()

        generated_at = self.generated_at.isoformat()

        source = self.source.value

        as_of = self.as_of.isoformat()

        notes = self.notes

        satisfaction: dict[str, Any] | None
        if isinstance(self.satisfaction, SatisfactionRead):
            satisfaction = self.satisfaction.to_dict()
        else:
            satisfaction = self.satisfaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by": by,
                "series": series,
                "first_response": first_response,
                "resolution": resolution,
                "generated_at": generated_at,
                "source": source,
                "as_of": as_of,
                "notes": notes,
                "satisfaction": satisfaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_stats_read_by import ComplaintStatsReadBy  # noqa: PLC0415
        from ..models.milestone_stats_read import MilestoneStatsRead  # noqa: PLC0415
        from ..models.satisfaction_read import SatisfactionRead  # noqa: PLC0415
        from ..models.series_point import SeriesPoint  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by = ComplaintStatsReadBy.from_dict(d.pop("by"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = SeriesPoint.from_dict(series_item_data)

            series.append(series_item)

        first_response = MilestoneStatsRead.from_dict(d.pop("first_response"))

        resolution = MilestoneStatsRead.from_dict(d.pop("resolution"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        source = Source(d.pop("source"))

        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        notes = cast(list[str], d.pop("notes"))

        def _parse_satisfaction(data: object) -> None | SatisfactionRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                satisfaction_type_0 = SatisfactionRead.from_dict(data)

                return satisfaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SatisfactionRead, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        complaint_stats_read = cls(
            total=total,
            by=by,
            series=series,
            first_response=first_response,
            resolution=resolution,
            generated_at=generated_at,
            source=source,
            as_of=as_of,
            notes=notes,
            satisfaction=satisfaction,
        )

        complaint_stats_read.additional_properties = d
        return complaint_stats_read

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
