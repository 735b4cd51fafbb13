"""An MOU area's coverage of the 50 districts, progress against its targets, and totals per
month or year (calendar periods in Asia/Bangkok)."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.activity.model import Activity, ActivityStatus, ActivityType
from domain.reference.model import District, MouArea, MouTargetKind
from domain.sla.calendar import BANGKOK


@dataclass(frozen=True)
class ActivityRef:
    id: uuid.UUID
    type: ActivityType
    title: str
    status: ActivityStatus
    starts_at: datetime
    ends_at: datetime

    @classmethod
    def of(cls, a: Activity) -> ActivityRef:
        return cls(a.id, a.type, a.title, a.status, a.starts_at, a.ends_at)


@dataclass(frozen=True)
class DistrictCoverage:
    district: District
    held: tuple[ActivityRef, ...]
    planned: tuple[ActivityRef, ...]
    participants_from: int


@dataclass(frozen=True)
class TargetProgress:
    kind: MouTargetKind
    target: int
    actual: int

    @property
    def met(self) -> bool:
        return self.actual >= self.target

    @property
    def ratio(self) -> float:
        return round(self.actual / self.target, 4) if self.target else 0.0


@dataclass(frozen=True)
class AreaCoverage:
    area: MouArea
    districts: tuple[DistrictCoverage, ...]
    targets: tuple[TargetProgress, ...]

    @property
    def districts_total(self) -> int:
        return len(self.districts)

    @property
    def districts_held(self) -> int:
        return sum(1 for d in self.districts if d.held)

    @property
    def districts_planned(self) -> int:
        """Districts with an activity still to come and none held yet."""
        return sum(1 for d in self.districts if d.planned and not d.held)


def _held(activities: Sequence[Activity]) -> list[Activity]:
    return [a for a in activities if a.status is ActivityStatus.held]


def measure(
    kind: MouTargetKind,
    activities: Sequence[Activity],
    complaints: Mapping[uuid.UUID, int],
) -> int:
    """The actual value of a target, counted over the held activities."""
    held = _held(activities)
    if kind is MouTargetKind.districts_held:
        return len({code for a in held for code in a.district_codes})
    if kind is MouTargetKind.activities_held:
        return len(held)
    if kind is MouTargetKind.participants:
        return sum(a.outcome.participants_total for a in held if a.outcome)
    if kind is MouTargetKind.participant_home_districts:
        return len(
            {
                code
                for a in held
                if a.outcome
                for code, n in a.outcome.participants_by_district.items()
                if n > 0
            }
        )
    if kind is MouTargetKind.legal_consultations:
        return sum((a.outcome.legal_consultations or 0) for a in held if a.outcome)
    return sum(complaints.get(a.id, 0) for a in held)


def coverage(
    area: MouArea,
    districts: Sequence[District],
    activities: Sequence[Activity],
    complaints: Mapping[uuid.UUID, int],
) -> AreaCoverage:
    """For each district: the area's held and upcoming activities there, and how many
    participants came from it; then each target against what was achieved."""
    rows = []
    for d in districts:
        here = [a for a in activities if d.code in a.district_codes]
        came = sum(
            a.outcome.participants_by_district.get(d.code, 0)
            for a in _held(activities)
            if a.outcome
        )
        rows.append(
            DistrictCoverage(
                district=d,
                held=tuple(ActivityRef.of(a) for a in here if a.status is ActivityStatus.held),
                planned=tuple(ActivityRef.of(a) for a in here if a.status.is_upcoming),
                participants_from=came,
            )
        )
    progress = tuple(
        TargetProgress(t.kind, t.value, measure(t.kind, activities, complaints))
        for t in area.targets
    )
    return AreaCoverage(area, tuple(rows), progress)


class SummaryPeriod(enum.StrEnum):
    month = "month"
    year = "year"


def period_of(at: datetime, period: SummaryPeriod) -> str:
    """`2022-08` or `2022`: the calendar month or year of an instant in Bangkok."""
    local = at.astimezone(BANGKOK)
    return (
        f"{local.year:04d}-{local.month:02d}"
        if period is SummaryPeriod.month
        else f"{local.year:04d}"
    )


@dataclass(frozen=True)
class PeriodTotals:
    period: str
    activities_held: int = 0
    activities_planned: int = 0
    participants: int = 0
    legal_consultations: int = 0
    complaints_received: int = 0

    def __add__(self, other: PeriodTotals) -> PeriodTotals:
        return PeriodTotals(
            self.period,
            self.activities_held + other.activities_held,
            self.activities_planned + other.activities_planned,
            self.participants + other.participants,
            self.legal_consultations + other.legal_consultations,
            self.complaints_received + other.complaints_received,
        )


def summarise(
    activities: Sequence[Activity],
    complaints: Mapping[uuid.UUID, int],
    period: SummaryPeriod,
) -> tuple[list[PeriodTotals], PeriodTotals]:
    """Totals per period, by each activity's start in Bangkok, oldest first, and overall.
    Complaints count with the activity they were taken at."""
    by_period: dict[str, PeriodTotals] = {}
    for a in activities:
        key = period_of(a.starts_at, period)
        if a.status is ActivityStatus.held:
            row = PeriodTotals(
                key,
                activities_held=1,
                participants=a.outcome.participants_total if a.outcome else 0,
                legal_consultations=(a.outcome.legal_consultations or 0) if a.outcome else 0,
                complaints_received=complaints.get(a.id, 0),
            )
        elif a.status.is_upcoming:
            row = PeriodTotals(key, activities_planned=1)
        else:
            continue
        by_period[key] = by_period.get(key, PeriodTotals(key)) + row
    items = [by_period[k] for k in sorted(by_period)]
    total = PeriodTotals("total")
    for item in items:
        total = total + item
    return items, total
