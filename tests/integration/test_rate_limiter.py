"""The leased rate limiter over the shared database counter (issue 22): several limiters over
one database stand for several API processes. The limit holds exactly across them, and the
database is written once per lease, not once per request."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event, select

from api.app import create_app
from domain.shared.clock import FixedClock
from domain.throttle import CounterState, LeasedRateLimiter, RatePolicy
from infra.db.engine import Database
from infra.db.repositories.counters import SqlCounterStore
from infra.db.tables import RateLimitRow, table_of
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings

pytestmark = pytest.mark.db

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
R = table_of(RateLimitRow).c


def _limiters(database: Database, n: int) -> list[LeasedRateLimiter]:
    """`n` processes: each its own limiter (its own leases) over the one shared table."""
    return [LeasedRateLimiter(SqlCounterStore(database.sessions)) for _ in range(n)]


def _admitted(state: CounterState) -> bool:
    return state.blocked_until is None


@contextmanager
def _counter_statements(database: Database) -> Iterator[list[str]]:
    """The statements sent on the rate_limits table while the block runs."""
    seen: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if "rate_limits" in statement:
            seen.append(statement)

    sync = database.engine.sync_engine
    event.listen(sync, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(sync, "before_cursor_execute", listen)


async def _shared_count(database: Database, key: str) -> int:
    async with database.sessions() as s:
        return int((await s.execute(select(R.count).where(R.key == key))).scalar_one())


@pytest.mark.parametrize("processes", [2, 3])
async def test_interleaved_processes_admit_exactly_the_limit_together(
    database: Database, processes: int
) -> None:
    policy = RatePolicy(limit=60, window=timedelta(minutes=1))
    assert policy.lease_size == 7
    limiters = _limiters(database, processes)
    order = random.Random(processes)  # a fixed, irregular interleaving
    admitted = 0
    for i in range(3 * policy.limit):
        at = T0 + timedelta(milliseconds=i)
        state = await order.choice(limiters).hit("public:track:a", at, policy)
        admitted += _admitted(state)
        # Never more than the limit, whichever process answered.
        assert admitted <= policy.limit
    # Each process uses what it still holds, then refuses: together exactly the limit.
    for limiter in limiters:
        for _ in range(policy.lease_size):
            admitted += _admitted(await limiter.hit("public:track:a", T0, policy))
    assert admitted == policy.limit
    for limiter in limiters:
        refused = await limiter.hit("public:track:a", T0 + timedelta(seconds=30), policy)
        assert refused.blocked_until == T0 + policy.window
    # Counted per process, each would have admitted up to the limit on its own.
    assert await _shared_count(database, "public:track:a") >= policy.limit


async def test_a_refusal_comes_no_earlier_than_the_documented_bound(database: Database) -> None:
    """Admissions leased by one process and unused wait there: another process can be refused
    after limit - (P - 1) * (lease_size - 1) admissions, never fewer."""
    policy = RatePolicy(limit=24, window=timedelta(minutes=1))
    k = policy.lease_size
    a, b, c = _limiters(database, 3)
    # B and C each lease and use one admission, keeping k - 1.
    assert _admitted(await b.hit("k", T0, policy))
    assert _admitted(await c.hit("k", T0, policy))
    admitted = 2
    while _admitted(await a.hit("k", T0, policy)):
        admitted += 1
    assert admitted == policy.limit - 2 * (k - 1)
    # What B and C hold is still theirs to admit, and then the limit is reached exactly.
    for limiter in (b, c):
        for _ in range(k - 1):
            assert _admitted(await limiter.hit("k", T0, policy))
        assert not _admitted(await limiter.hit("k", T0, policy))
    assert admitted + 2 * (k - 1) == policy.limit


async def test_writes_are_one_per_lease_and_none_once_refused(database: Database) -> None:
    policy = RatePolicy(limit=60, window=timedelta(minutes=1))
    k = policy.lease_size
    (limiter,) = _limiters(database, 1)
    with _counter_statements(database) as statements:
        states = [
            await limiter.hit("public:track:b", T0 + timedelta(seconds=i % 50), policy)
            for i in range(policy.limit + 40)
        ]
    admitted = sum(map(_admitted, states))
    assert admitted == policy.limit
    # One upsert per lease: ceil(M / k) leases for M admissions, plus the one that found the
    # limit reached; the 40 refusals after it are answered from memory.
    assert len(statements) <= math.ceil(admitted / k) + 1
    assert all(s.lstrip().upper().startswith("INSERT INTO RATE_LIMITS") for s in statements)
    assert states[-1].blocked_until == T0 + policy.window


async def test_a_new_window_starts_afresh_and_old_leases_end_with_theirs(
    database: Database,
) -> None:
    policy = RatePolicy(limit=16, window=timedelta(minutes=1))
    a, b = _limiters(database, 2)
    # A leases in the first window and keeps lease_size - 1 admissions.
    assert _admitted(await a.hit("k", T0, policy))
    while _admitted(await b.hit("k", T0 + timedelta(seconds=10), policy)):
        pass
    # At the window's last instant it is still the first window: B is refused until its end.
    last = await b.hit("k", T0 + policy.window, policy)
    assert last.blocked_until == T0 + policy.window
    # Past it, B starts a new window and takes the whole limit ...
    later = T0 + policy.window + timedelta(seconds=1)
    admitted = 0
    while _admitted(await b.hit("k", later, policy)):
        admitted += 1
    assert admitted == policy.limit
    # ... and what A leased in the first window is not admitted in the second.
    refused = await a.hit("k", later, policy)
    assert refused.blocked_until == later + policy.window


async def test_held_keys_are_capped(database: Database) -> None:
    policy = RatePolicy(limit=16, window=timedelta(minutes=1))
    limiter = LeasedRateLimiter(SqlCounterStore(database.sessions), max_keys=20)
    for i in range(50):
        assert _admitted(await limiter.hit(f"public:track:{i}", T0, policy))
        assert len(limiter) <= 20
    # A dropped key's unused admissions are lost, never granted twice: its next request
    # leases again from the shared count.
    for _ in range(policy.limit - policy.lease_size):
        assert _admitted(await limiter.hit("public:track:0", T0, policy))
    assert not _admitted(await limiter.hit("public:track:0", T0, policy))


async def test_tracking_over_the_limit_is_a_429_with_retry_after_and_few_writes(
    settings: Settings, database: Database
) -> None:
    """Through the API, on two apps over one database (two processes): the tracking lookups
    of one address are limited together, a lookup costs a write only once per lease, and the
    refusal is the problem+json 429 with Retry-After (the end of the window)."""
    own = settings.model_copy(update={"public_tracking_per_minute": 16})
    clock = FixedClock(T0)
    apps = [create_app(own, database=database, mailer=InMemoryMailer(), clock=clock) for _ in "ab"]
    async with (
        httpx.AsyncClient(transport=_peer(apps[0]), base_url="http://t") as a,
        httpx.AsyncClient(transport=_peer(apps[1]), base_url="http://t") as b,
    ):
        with _counter_statements(database) as statements:
            answers = [await (a, b)[i % 2].get(TRACK) for i in range(40)]
        answered = [r for r in answers if r.status_code == 404]
        refused = [r for r in answers if r.status_code == 429]
        assert len(answered) + len(refused) == 40
        # Lease size 2: at most one admission waits unused in the other app.
        assert 16 - 1 <= len(answered) <= 16
        assert len(statements) <= math.ceil(len(answered) / 2) + 2
        for r in refused:
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["code"] == "public.rate_limited"
            assert r.headers["retry-after"] == "60"
        # The next window admits again.
        clock.set(T0 + timedelta(minutes=1, seconds=1))
        assert (await a.get(TRACK)).status_code == 404
        assert (await b.get(TRACK)).status_code == 404


TRACK = "/api/v1/public/complaints/ZZZZ-ZZZZ-ZZ"


def _peer(app: FastAPI) -> httpx.ASGITransport:
    return httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("203.0.113.9", 1))
