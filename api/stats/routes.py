"""Complaint statistics: counts, SLA compliance, median and p90 durations, a time series."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from api.deps import PrincipalDep, ReadOnly, StatsServiceDep
from api.errors import problem_responses
from api.filters import QueueParamsDep
from api.schemas import OutputModel, UtcDateTime
from domain.stats.model import (
    UNKNOWN_KEY,
    MilestoneStats,
    Period,
    RatingSummary,
    Satisfaction,
    Source,
    StatsFilter,
)

router = APIRouter(prefix="/stats", tags=["stats"])


class MilestoneStatsRead(OutputModel):
    met: int
    breached: int
    pending: int
    compliance_rate: float | None
    median_seconds: float | None
    p90_seconds: float | None


class SeriesPoint(OutputModel):
    period_start: date
    count: int


class RatingSummaryRead(OutputModel):
    count: int
    average: float | None
    distribution: dict[str, int] = Field(description="How many ratings gave each score, 1-5")


class SatisfactionRead(OutputModel):
    overall: RatingSummaryRead
    by_agency: dict[str, RatingSummaryRead]
    by_district: dict[str, RatingSummaryRead]


class ComplaintStatsRead(OutputModel):
    """Counts by status, district, agency, category, channel and MOU area; SLA compliance and
    durations; a series per day, week or month (Asia/Bangkok). Scoped to what you may see."""

    total: int
    by: dict[str, dict[str, int]] = Field(
        description="Counts per dimension (`status`, `district`, `agency`, `category`, "
        "`channel`, `mou_area`), keyed by the value: a status or channel name, a district "
        "code, an agency or category id, an MOU area number. Cases without a value for the "
        f"dimension (no district, no lead agency, no category yet) are counted under "
        f"`{UNKNOWN_KEY}`."
    )
    series: list[SeriesPoint]
    first_response: MilestoneStatsRead
    resolution: MilestoneStatsRead
    generated_at: UtcDateTime
    source: Source = Field(
        description="`rollup`: every figure comes from the statistics rollup; `live`: computed "
        "now from the complaints table."
    )
    as_of: UtcDateTime = Field(
        description="The instant the figures describe: the rollup's rebuild time, or now."
    )
    notes: list[str]
    satisfaction: SatisfactionRead | None = Field(
        default=None,
        description="The complainants' 1-5 ratings of these cases: overall, by lead agency "
        "(id) and by district (code); always live, whatever `source` says.",
    )


def _ratings(r: RatingSummary) -> RatingSummaryRead:
    return RatingSummaryRead(
        count=r.count,
        average=r.average,
        distribution={str(k): v for k, v in r.distribution.items()},
    )


def _satisfaction(s: Satisfaction | None) -> SatisfactionRead | None:
    if s is None:
        return None
    return SatisfactionRead(
        overall=_ratings(s.overall),
        by_agency={k: _ratings(v) for k, v in s.by_agency.items()},
        by_district={k: _ratings(v) for k, v in s.by_district.items()},
    )


def _milestone(m: MilestoneStats) -> MilestoneStatsRead:
    return MilestoneStatsRead(
        met=m.met,
        breached=m.breached,
        pending=m.pending,
        compliance_rate=m.compliance_rate,
        median_seconds=m.median_seconds,
        p90_seconds=m.p90_seconds,
    )


@router.get("/complaints", responses=problem_responses(401, 403, 422), dependencies=[ReadOnly])
async def get_complaint_stats(
    actor: PrincipalDep,
    service: StatsServiceDep,
    params: QueueParamsDep,
    period: Period = Period.month,
    live: Annotated[bool, Query(description="Skip the rollup: count everything now")] = False,
) -> ComplaintStatsRead:
    """Statistics of the complaints you may see (OMB officers: all of them), filtered like
    the queue."""
    stats = await service.complaints(
        actor,
        StatsFilter(**vars(params.filters), live=live),
        period,
    )
    return ComplaintStatsRead(
        total=stats.total,
        by=stats.by,
        series=[SeriesPoint(period_start=d, count=n) for d, n in stats.series],
        first_response=_milestone(stats.first_response),
        resolution=_milestone(stats.resolution),
        generated_at=stats.generated_at,
        source=stats.source,
        as_of=stats.as_of,
        notes=stats.notes,
        satisfaction=_satisfaction(stats.satisfaction),
    )
