"""Port of the statistics read model."""

from __future__ import annotations

from typing import Protocol

from domain.shared.clock import Clock
from domain.stats.model import ComplaintStats, Period, StatsFilter, StatsScope


class StatsQueries(Protocol):
    async def complaint_stats(
        self, scope: StatsScope, filters: StatsFilter, period: Period, clock: Clock
    ) -> ComplaintStats: ...
