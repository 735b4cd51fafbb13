"""One SLA context and one clock read per request (issue 21), the SLA settings cached per app
and invalidated on an admin's change (issue 22): at once in the process that made it, within
`sla_settings_ttl_seconds` in another (two apps over one database stand for two processes;
their clocks are injected, so the TTL is proven without waiting)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AbstractContextManager, asynccontextmanager
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from api.app import create_app
from domain.shared.clock import FixedClock
from infra.db.engine import Database
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff
from tests.support.sql import statements

BKK = ZoneInfo("Asia/Bangkok")
MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=BKK)
SLA_TABLES = re.compile(r"\bFROM (sla_policies|closure_days)\b", re.I)


class CountingClock(FixedClock):
    """The app's clock, counting how often it is read."""

    reads = 0

    def now(self) -> datetime:
        self.reads += 1
        return super().now()


def sla_reads(database: Database) -> AbstractContextManager[list[str]]:
    return statements(database, SLA_TABLES)


@asynccontextmanager
async def app_client(
    settings: Settings, database: Database, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, database=database, mailer=InMemoryMailer(), clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def _file(c: httpx.AsyncClient, who: Staff) -> dict[str, Any]:
    body = {
        "title": "ไฟจราจรเสีย",
        "description": "สัญญาณไฟแยกดินแดงดับ",
        "channel": "line",
        "district_code": "1026",
    }
    r = await c.post("/api/v1/complaints", headers=who.headers, json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


async def test_a_request_loads_the_sla_context_at_most_once_and_reads_the_clock_once(
    settings: Settings, database: Database, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    clock = CountingClock(MONDAY)
    async with app_client(settings, database, clock) as c:
        with sla_reads(database) as seen:
            # Cold: filing schedules the case and shows it; one load serves both.
            case = await _file(c, omb)
            assert len(seen) == 2  # the policies and the closure days, once each
        assert clock.reads == 1

        steps: list[tuple[str, str, dict[str, Any]]] = [
            ("GET", f"/api/v1/complaints/{case['id']}", {}),
            ("GET", "/api/v1/complaints", {"params": {"limit": 5}}),
            (
                "POST",
                f"/api/v1/complaints/{case['id']}/transitions",
                {
                    "json": {"action": "triage"},
                    "headers": {"If-Match": f'"{case["version"]}"'},
                },
            ),
        ]
        for method, url, extra in steps:
            clock.reads = 0
            headers = {**omb.headers, **extra.pop("headers", {})}
            with sla_reads(database) as seen:
                r = await c.request(method, url, headers=headers, **extra)
            assert r.status_code == 200, (url, r.text)
            if method == "GET":
                assert seen == [], url  # warm: nothing read from the SLA tables
            else:
                # A write schedules by the settings as stored (another process may have
                # changed them within the cache's TTL): one load, which also renews the cache.
                assert len(seen) == 2, url
            assert clock.reads == 1, url

    # Another app (a process of its own) starts cold: its first by-id read loads once.
    clock = CountingClock(MONDAY)
    async with app_client(settings, database, clock) as c:
        with sla_reads(database) as seen:
            r = await c.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
        assert r.status_code == 200
        assert len(seen) == 2
        assert clock.reads == 1


async def test_a_closure_day_reaches_this_process_at_once_and_another_within_the_ttl(
    settings: Settings, database: Database, staff: dict[str, Staff]
) -> None:
    omb, admin = staff["omb"], staff["admin"]
    ttl = timedelta(seconds=settings.sla_settings_ttl_seconds)
    clock_a, clock_b = FixedClock(MONDAY), FixedClock(MONDAY)
    async with (
        app_client(settings, database, clock_a) as a,
        app_client(settings, database, clock_b) as b,
    ):
        # Both processes have the calendar cached: 80 business hours end Mon 16 Nov 09:00.
        for c in (a, b):
            case = await _file(c, omb)
            assert case["sla"]["resolution"]["due_at"] == "2026-11-16T02:00:00Z"

        r = await a.post(
            "/api/v1/closure-days",
            headers=admin.headers,
            json={"day": "2026-11-06", "reason": "วันหยุดพิเศษตามมติคณะรัฐมนตรี"},
        )
        assert r.status_code == 201, r.text

        # A, which made the change, uses it at once.
        assert (await _file(a, omb))["sla"]["resolution"]["due_at"] == "2026-11-17T02:00:00Z"
        # B's reads keep its cached calendar within the TTL (no SLA statement) ...
        clock_b.set(MONDAY + ttl - timedelta(seconds=1))
        with sla_reads(database) as seen:
            r = await b.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
        assert r.status_code == 200 and seen == []
        # ... but a write there schedules by the settings as stored: the closure day counts
        # (a due time stored from the stale calendar would stay wrong until the next change).
        filed = await _file(b, omb)
        assert filed["sla"]["resolution"]["due_at"] == "2026-11-17T02:00:29Z"  # filed 09:00:29
        # The write renewed B's cache; past the TTL from then, a read reloads it.
        clock_b.set(MONDAY + ttl - timedelta(seconds=1) + ttl)
        with sla_reads(database) as seen:
            r = await b.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
        assert r.status_code == 200 and len(seen) == 2
