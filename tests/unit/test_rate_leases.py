"""The leasing arithmetic of the rate limiter, without a database (issue 22)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from domain.throttle import Lease, LeasedRateLimiter, RatePolicy

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


class InMemoryCounterLeases:
    """The shared counter in memory; each lease yields to the event loop mid-way, as a
    database round trip would, so concurrent requests interleave around it."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[int, datetime]] = {}
        self.leases = 0

    async def lease(self, key: str, now: datetime, window: timedelta, size: int) -> Lease:
        self.leases += 1
        await asyncio.sleep(0)
        count, start = self.rows.get(key, (0, now))
        if start < now - window:
            count, start = 0, now
        self.rows[key] = (count + size, start)
        await asyncio.sleep(0)
        return Lease(count + size, start)


def test_the_lease_size_is_an_eighth_of_the_limit_and_at_least_one() -> None:
    assert RatePolicy(60, timedelta(minutes=1)).lease_size == 7
    assert RatePolicy(1000, timedelta(minutes=1)).lease_size == 125
    assert RatePolicy(6, timedelta(minutes=1)).lease_size == 1


def test_a_lease_near_the_limit_is_granted_only_what_remains() -> None:
    policy = RatePolicy(10, timedelta(minutes=1))
    assert policy.granted(4, 4) == 4
    assert policy.granted(4, 10) == 4
    assert policy.granted(4, 12) == 2
    assert policy.granted(4, 14) == 0
    assert policy.granted(4, 40) == 0


async def test_concurrent_requests_in_one_process_share_one_lease_at_a_time() -> None:
    policy = RatePolicy(64, timedelta(minutes=1))
    store = InMemoryCounterLeases()
    limiter = LeasedRateLimiter(store)
    states = await asyncio.gather(*(limiter.hit("k", T0, policy) for _ in range(100)))
    assert sum(s.blocked_until is None for s in states) == policy.limit
    # 64 admissions in 8 leases of 8 (the last reached the limit: the 36 refusals, which
    # waited for it, are answered from memory).
    assert store.leases == policy.limit // policy.lease_size
    refused = [s for s in states if s.blocked_until is not None]
    assert {s.blocked_until for s in refused} == {T0 + policy.window}


async def test_a_refused_key_is_not_asked_again_until_its_window_ends() -> None:
    policy = RatePolicy(8, timedelta(minutes=1))
    store = InMemoryCounterLeases()
    limiter = LeasedRateLimiter(store)
    for _ in range(8 + 30):
        await limiter.hit("k", T0 + timedelta(seconds=5), policy)
    assert store.leases == 8  # lease_size 1: one per admission, none for the refusals
    after = T0 + policy.window + timedelta(seconds=6)
    assert (await limiter.hit("k", after, policy)).blocked_until is None
    assert store.leases == 9


def test_a_public_limit_above_the_ceiling_is_refused_and_the_ceiling_cannot_overflow() -> None:
    """The shared counter is an int column; leases add limit/8 at a time, and each process may
    add one past the limit before it stops asking. A limit of 10^9 (an operator switching the
    limit off) overflowed it with a few processes, and every lookup became a 500."""
    import pytest
    from pydantic import ValidationError

    from infra.settings import PUBLIC_RATE_LIMIT_MAX, Settings

    with pytest.raises(ValidationError):
        Settings(_env_file=None, public_tracking_per_minute=PUBLIC_RATE_LIMIT_MAX + 1)
    policy = RatePolicy(PUBLIC_RATE_LIMIT_MAX, timedelta(minutes=1))
    fleet = 100  # processes, each adding one lease past the limit at worst
    assert policy.limit + fleet * policy.lease_size < 2**31
