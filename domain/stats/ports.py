"""Port of the statistics read model."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from domain.shared.clock import Clock
from domain.stats.model import ComplaintStats, Period, StatsFilter, StatsScope


class StatsRollups(Protocol):
    async def refresh(self, now: datetime) -> int:
        """Rebuild the daily counts; returns how many cases they cover."""
        ...


class StatsQueries(Protocol):
    async def complaint_stats(
        self, scope: StatsScope, filters: StatsFilter, period: Period, clock: Clock
    ) -> ComplaintStats: ...
