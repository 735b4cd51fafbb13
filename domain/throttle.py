"""Throttling rules: how long a key is blocked after repeated failures or many requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol


@dataclass(frozen=True)
class BackoffPolicy:
    """Failures within `window` are counted; from `free` failures on, each further attempt
    waits twice as long as the last (slowed), and from `refuse_at` on the key is refused
    for `lockout` (refused)."""

    free: int
    refuse_at: int
    window: timedelta
    lockout: timedelta
    base_delay: timedelta = timedelta(seconds=1)

    def blocked_for(self, failures: int) -> timedelta | None:
        if failures < self.free:
            return None
        if failures >= self.refuse_at:
            return self.lockout
        factor: int = 2 ** (failures - self.free)
        return min(self.base_delay * factor, self.lockout)


@dataclass(frozen=True)
class RatePolicy:
    """At most `limit` requests per `window` per key."""

    limit: int
    window: timedelta


@dataclass(frozen=True)
class CounterState:
    count: int
    blocked_until: datetime | None


class CounterStore(Protocol):
    """Counters shared by every worker (kept in the database, not in process memory)."""

    async def blocked_until(self, key: str, now: datetime) -> datetime | None: ...

    async def record_failure(
        self, key: str, now: datetime, policy: BackoffPolicy
    ) -> CounterState: ...

    async def reset(self, key: str) -> None: ...

    async def hit(self, key: str, now: datetime, policy: RatePolicy) -> CounterState: ...
