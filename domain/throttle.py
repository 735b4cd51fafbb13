"""Throttling rules: how long a key is blocked after repeated failures or many requests."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
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

    @property
    def lease_size(self) -> int:
        """How many admissions one process claims from the shared counter at a time: an eighth
        of the limit (at least one), so a busy key costs one write per `lease_size` requests."""
        return max(1, self.limit // 8)

    def granted(self, claimed: int, count: int) -> int:
        """Admissions a lease of `claimed` gets when the shared count is `count` after adding
        it: all of it while the limit allows, what remains below the limit near it, none past
        it. Leases are added to the count one after another, so what they are granted never
        adds up to more than `limit` in one window."""
        return max(0, min(claimed, self.limit - (count - claimed)))


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


class CounterLeases(Protocol):
    """The shared counters, as the leased rate limiter uses them."""

    async def lease(self, key: str, now: datetime, window: timedelta, size: int) -> Lease:
        """Add `size` to the key's count in one atomic step and commit it; when its window
        (of length `window`) has passed, a new one starts now with the count `size`."""
        ...


@dataclass(frozen=True)
class Lease:
    """The shared counter of a key after a lease was added to it, atomically: its count and
    when its window started (now, when the last window had passed and a new one began)."""

    count: int
    window_start: datetime


class RateLimiter(Protocol):
    """Admits or refuses one request of a key under a `RatePolicy` (refused: `blocked_until`
    is set, the end of the window)."""

    async def hit(self, key: str, now: datetime, policy: RatePolicy) -> CounterState: ...


@dataclass
class _Held:
    """What one process holds for a key: admissions leased in the window ending at `end`."""

    end: datetime | None = None
    left: int = 0
    count: int = 0  # the shared count when it last leased
    exhausted: bool = False  # the shared count reached the limit: no more in this window
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class LeasedRateLimiter:
    """A `RateLimiter` that writes to the shared counter once per lease, not once per request.

    Each process keeps, per key, the admissions it leased from the shared counter
    (`CounterLeases.lease` adds `policy.lease_size` to the count in one atomic statement) and
    admits requests from them in memory; it leases again when they are used up. Near the limit
    a lease is granted only what remains (`RatePolicy.granted`), so across every process no
    more than `limit` requests of a key are admitted in one window, exactly as with one write
    per request. Once the shared count has reached the limit, the process refuses the key
    without asking again until the window ends.

    The cost: admissions leased by one process and not yet used are not available to the
    others, so with P processes a key can be refused after as few as
    `limit - (P - 1) * (lease_size - 1)` admissions in a window (never more than `limit`).
    Leases end with their window; unused ones are simply dropped.

    One instance per process (the app's container): its state is the process's leases. At
    most `max_keys` keys are held; past that the oldest are dropped (their unused admissions
    are lost, never granted twice). Safe for concurrent requests on one event loop: the
    admission from a lease does not wait, and one lease at a time is taken per key."""

    def __init__(self, store: CounterLeases, max_keys: int = 10_000) -> None:
        self._store = store
        self._max_keys = max(1, max_keys)
        self._held: dict[str, _Held] = {}

    def __len__(self) -> int:
        return len(self._held)

    async def hit(self, key: str, now: datetime, policy: RatePolicy) -> CounterState:
        held = self._held.get(key)
        if held is None:
            held = self._hold(key)
        answer = self._from_lease(held, now, policy)
        if answer is not None:
            return answer
        async with held.lock:
            answer = self._from_lease(held, now, policy)  # another request may have leased
            if answer is not None:
                return answer
            size = policy.lease_size
            lease = await self._store.lease(key, now, policy.window, size)
            granted = policy.granted(size, lease.count)
            held.end = lease.window_start + policy.window
            held.left = granted
            held.count = lease.count
            held.exhausted = lease.count >= policy.limit
            # The most recently leased keys are dropped last.
            self._held.pop(key, None)
            self._held[key] = held
            answer = self._from_lease(held, now, policy)
            # (None only for a window that had ended by `now`, as another clock put it.)
            return answer or CounterState(lease.count, lease.window_start + policy.window)

    def _from_lease(self, held: _Held, now: datetime, policy: RatePolicy) -> CounterState | None:
        """Admitted or refused from what the process holds; None when it must lease."""
        if held.end is None or now > held.end:
            held.end, held.left, held.count, held.exhausted = None, 0, 0, False
            return None
        if held.left > 0:
            held.left -= 1
            return CounterState(held.count, None)
        if held.exhausted:
            return CounterState(held.count, held.end)
        return None

    def _hold(self, key: str) -> _Held:
        if len(self._held) >= self._max_keys:
            # Drop the oldest tenth at once, so a flood of new keys costs O(1) per key.
            for old in list(itertools.islice(self._held, max(1, self._max_keys // 10))):
                del self._held[old]
        held = self._held[key] = _Held()
        return held
