"""Statistics read models and the percentile rule shared by every adapter."""

from __future__ import annotations

import enum
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from domain.complaint.filters import QueueFilter


class Period(enum.StrEnum):
    day = "day"
    week = "week"
    month = "month"


@dataclass(frozen=True)
class StatsScope:
    """Which cases the caller may count: all, or those of one agency (lead or co-handler),
    plus those it submitted (API clients)."""

    all_cases: bool
    agency_id: uuid.UUID | None = None
    submitted_by: uuid.UUID | None = None


@dataclass(frozen=True)
class StatsFilter(QueueFilter):
    """The queue's filters, and whether to skip the rollup."""

    # Compute everything from the complaints table even where the rollup could answer.
    live: bool = False


@dataclass(frozen=True)
class MilestoneStats:
    met: int
    breached: int
    pending: int
    median_seconds: float | None
    p90_seconds: float | None

    @property
    def compliance_rate(self) -> float | None:
        decided = self.met + self.breached
        return self.met / decided if decided else None


@dataclass(frozen=True)
class DistrictFigures:
    """Raw figures of one district's cases (from the stats queries)."""

    district_code: str
    open: int
    resolved: int
    resolved_in_time: int
    median_seconds_to_resolve: float | None


@dataclass(frozen=True)
class RatingSummary:
    """Ratings of a group of cases: how many, their average and how many gave each score."""

    count: int
    average: float | None
    distribution: dict[int, int]

    @classmethod
    def of(cls, distribution: dict[int, int]) -> RatingSummary:
        full = {score: distribution.get(score, 0) for score in range(1, 6)}
        count = sum(full.values())
        total = sum(score * n for score, n in full.items())
        return cls(count, round(total / count, 2) if count else None, full)


@dataclass(frozen=True)
class Satisfaction:
    """The complainants' ratings (1-5) overall, by lead agency and by district."""

    overall: RatingSummary
    by_agency: dict[str, RatingSummary]
    by_district: dict[str, RatingSummary]


class Source(enum.StrEnum):
    live = "live"
    rollup = "rollup"


@dataclass(frozen=True)
class ComplaintStats:
    total: int
    by: dict[str, dict[str, int]]
    series: list[tuple[date, int]]
    first_response: MilestoneStats
    resolution: MilestoneStats
    generated_at: datetime
    # The instant the figures describe: now when live, the rebuild time for the rollup.
    as_of: datetime
    notes: list[str] = field(default_factory=list)
    source: Source = Source.live
    # Always computed live (ratings are few): the rollup does not hold them.
    satisfaction: Satisfaction | None = None


# The dimensions a rollup slice may fix: the groups of the response, and fast-track.
SLICE_DIMENSIONS = ("status", "district", "agency", "category", "channel", "mou_area", "fast_track")


# The slice of the cases an agency sees: those it leads or co-handles.
VISIBLE_TO = "visible_to"


@dataclass(frozen=True)
class RollupSlice:
    """The cases one rollup entry describes: every case (dimension ""), those with one
    dimension fixed to one value, e.g. ("district", "1026"), or those an agency sees
    (`VISIBLE_TO`, its id)."""

    dimension: str = ""
    key: str = ""


# The key of the cases a dimension does not apply to yet (no category, district or agency):
# documented in the API schema, never the string "None".
UNKNOWN_KEY = "unknown"


def dimension_key(value: object) -> str:
    """How a dimension value is spelt in `ComplaintStats.by` and in rollup slices."""
    if value is None:
        return UNKNOWN_KEY
    return str(value.value if isinstance(value, enum.Enum) else value)


# StatsFilter field -> the slice dimension it fixes (`statuses` fixes "status" when it holds
# exactly one). Any other filter makes the request live.
_SLICE_FILTERS = {
    "district_code": "district",
    "agency_id": "agency",
    "category_id": "category",
    "channel": "channel",
    "mou_area_id": "mou_area",
    "fast_track": "fast_track",
}


def rollup_slice(scope: StatsScope, f: StatsFilter) -> RollupSlice | None:
    """The rollup entry that answers this request, or None when it must be computed live:
    `live`, more than one filter, a filter the rollup has no slice for (a creation or
    resolution window, urgency, assignee, SLA state, text search), any filter from an
    agency-scoped caller, or a partner client (it also sees the cases it submitted)."""
    if f.live:
        return None
    fixed: list[tuple[str, object]] = []
    for spec in fields(QueueFilter):
        value = getattr(f, spec.name)
        if value == spec.default:
            continue
        if spec.name == "statuses" and len(value) == 1:
            fixed.append(("status", value[0]))
        elif spec.name in _SLICE_FILTERS:
            fixed.append((_SLICE_FILTERS[spec.name], value))
        else:
            return None
    if not scope.all_cases:
        if scope.submitted_by is not None or scope.agency_id is None or fixed:
            return None
        return RollupSlice(VISIBLE_TO, dimension_key(scope.agency_id))
    if not fixed:
        return RollupSlice()
    if len(fixed) > 1:
        return None
    name, value = fixed[0]
    return RollupSlice(name, dimension_key(value))


def percentile(sorted_values: Sequence[float], p: float) -> float | None:
    """Linear interpolation between closest ranks (PostgreSQL's percentile_cont)."""
    n = len(sorted_values)
    if n == 0:
        return None
    rank = p * (n - 1)
    lo, hi = math.floor(rank), math.ceil(rank)
    if lo == hi:
        return float(sorted_values[lo])
    return float(sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (rank - lo))
