"""Statistics read models and the percentile rule shared by every adapter."""

from __future__ import annotations

import enum
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime


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
class StatsFilter:
    statuses: tuple[str, ...] = ()
    district_code: str | None = None
    agency_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    channel: str | None = None
    mou_area_id: int | None = None
    fast_track: bool | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
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
class ComplaintStats:
    total: int
    by: dict[str, dict[str, int]]
    series: list[tuple[date, int]]
    first_response: MilestoneStats
    resolution: MilestoneStats
    generated_at: datetime
    notes: list[str] = field(default_factory=list)


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
