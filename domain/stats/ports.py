"""Ports of the statistics read model: live queries, and the rollup that answers OMB-wide
requests at scale."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from domain.shared.clock import Clock
from domain.stats.model import (
    ComplaintStats,
    DistrictFigures,
    Period,
    RollupSlice,
    Satisfaction,
    StatsFilter,
    StatsScope,
)


class StatsRollups(Protocol):
    async def refresh(self, now: datetime) -> int:
        """Rebuild every slice as of `now`; returns how many cases the rollup covers."""
        ...

    async def read(self, slice_: RollupSlice, period: Period) -> ComplaintStats | None:
        """The figures of one slice as of the last rebuild (`as_of`), or None if the rollup
        was never built."""
        ...


class StatsQueries(Protocol):
    async def complaint_stats(
        self, scope: StatsScope, filters: StatsFilter, period: Period, clock: Clock
    ) -> ComplaintStats: ...

    async def district_figures(self, now: datetime) -> list[DistrictFigures]:
        """Per district, of every case: open, resolved, resolved within the SLA, and the
        median time from filing to resolution."""
        ...

    async def satisfaction(
        self, scope: StatsScope, filters: StatsFilter, now: datetime
    ) -> Satisfaction:
        """The complainants' ratings of the cases the scope and filters select."""
        ...
