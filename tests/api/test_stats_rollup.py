"""The statistics rollup on both databases: after `fasttrack maintenance` an OMB-wide request
(every case, or one filter) gets exactly the figures a live request gave at that instant, and
is live again once the rollup is older than its maximum age."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from domain.shared.clock import FixedClock
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff

BKK = timezone(timedelta(hours=7))
STATS = "/api/v1/stats/complaints"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 12, 7, 9, 0, tzinfo=BKK))  # a Monday


@pytest.fixture
async def timed(
    settings: Settings, database: Database, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(settings, database=database, mailer=InMemoryMailer(), clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def _file(c: httpx.AsyncClient, who: Staff, **extra: Any) -> dict[str, Any]:
    body = {"title": "ทางเท้าชำรุด", "description": "ทางเท้าหน้าตลาดชำรุด", "channel": "line"}
    r = await c.post("/api/v1/complaints", headers=who.headers, json={**body, **extra})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


async def _act(c: httpx.AsyncClient, who: Staff, case: dict[str, Any], **body: Any) -> Any:
    r = await c.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers={**who.headers, "If-Match": f'"{case["version"]}"'},
        json=body,
    )
    assert r.status_code == 200, r.text
    return r.json()


async def _respond(c: httpx.AsyncClient, who: Staff, case: dict[str, Any]) -> None:
    r = await c.post(
        f"/api/v1/complaints/{case['id']}/timeline",
        headers=who.headers,
        json={"kind": "response", "text": "รับเรื่องแล้ว", "channel": "phone"},
    )
    assert r.status_code == 201, r.text


async def _refresh(database: Database, now: datetime) -> int:
    async with SqlUnitOfWork(database.sessions) as uow:
        covered = await uow.stats_rollups.refresh(now)
        await uow.commit()
    return covered


async def _stats(c: httpx.AsyncClient, who: Staff, **params: Any) -> dict[str, Any]:
    r = await c.get(STATS, headers=who.headers, params=params)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


FIGURES = ("total", "by", "series", "first_response", "resolution")


async def _mixed_cases(c: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock) -> None:
    """Six cases over two districts, three channels, fast-track or not, with first responses
    after 10, 40 and 130 minutes, one resolved, two never answered (they breach); Din Daeng
    co-handles one of Suan Luang's."""
    omb, dd, sl = staff["omb"], staff["coord_dindaeng"], staff["coord_suanluang"]
    start = clock.now()
    plan: list[tuple[Staff, dict[str, Any], int | None]] = [
        (dd, {"district_code": "1026"}, 10),
        (dd, {"district_code": "1026", "channel": "phone", "fast_track": True}, 40),
        (sl, {"district_code": "1034", "channel": "email"}, 130),
        (sl, {"district_code": "1034", "urgency": "critical"}, None),
        (omb, {"district_code": "1026", "channel": "phone"}, None),
    ]
    for who, extra, minutes in plan:
        clock.set(start)
        case = await _file(c, who, **extra)
        if extra.get("channel") == "email":
            assert case["lead_agency_id"] == str(sl.agency_id)
            r = await c.post(
                f"/api/v1/complaints/{case['id']}/co-handlers",
                headers=sl.headers,
                json={"agency_id": str(dd.agency_id), "reason": "พื้นที่คาบเกี่ยว"},
            )
            assert r.status_code == 200, r.text
        if minutes is not None:
            clock.set(start + timedelta(minutes=minutes))
            await _respond(c, who, case)
    clock.set(start + timedelta(days=8))  # the following Tuesday week
    case = await _file(c, dd, district_code="1026", fast_track=True)
    for step in ({"action": "triage"}, {"action": "assign"}, {"action": "start"}):
        case = await _act(c, omb, case, **step)
    clock.set(clock.now() + timedelta(hours=3))
    await _act(c, dd, case, action="resolve", resolution="ซ่อมทางเท้าแล้ว")
    clock.set(clock.now() + timedelta(days=1))


async def test_rollup_gives_the_live_figures_of_its_rebuild_for_every_slice(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock, database: Database
) -> None:
    omb = staff["omb"]
    await _mixed_cases(timed, staff, clock)
    dindaeng = staff["coord_dindaeng"].agency_id
    slices: list[dict[str, Any]] = [
        {},
        {"district_code": "1026"},
        {"district_code": "1034"},
        {"agency_id": str(dindaeng)},
        {"channel": "phone"},
        {"fast_track": "true"},
        {"fast_track": "false"},
        {"status": "received"},
        {"status": "resolved"},
        {"mou_area_id": 1},
        {"district_code": "1011"},  # a district with no cases: zeros, not an error
    ]
    periods = ("day", "week", "month")
    live = {
        (i, p): await _stats(timed, omb, period=p, **s)
        for i, s in enumerate(slices)
        for p in periods
    }
    coordinators = ("coord_dindaeng", "coord_suanluang", "coord_dds")
    seen = {
        (who, p): await _stats(timed, staff[who], period=p) for who in coordinators for p in periods
    }
    assert all(v["source"] == "live" for v in [*live.values(), *seen.values()])
    # Din Daeng leads three cases (the fast-track phone case waits for OMB triage, unrouted)
    # and co-handles one; Suan Luang leads two; DDS none.
    assert [seen[who, "day"]["total"] for who in coordinators] == [4, 2, 0]
    assert live[0, "day"]["total"] == 6
    assert live[0, "day"]["first_response"]["breached"] >= 2  # two never answered
    assert live[0, "day"]["first_response"]["median_seconds"] is not None

    assert await _refresh(database, clock.now()) == 6
    rebuilt = clock.now()
    for (i, p), expected in live.items():
        got = await _stats(timed, omb, period=p, **slices[i])
        assert got["source"] == "rollup", (slices[i], got["notes"])
        assert datetime.fromisoformat(got["as_of"]) == rebuilt
        assert "rollup" in got["notes"][0]
        for figure in FIGURES:
            assert got[figure] == expected[figure], (slices[i], p, figure)
    assert live[10, "month"]["total"] == 0
    # A coordinator's own view (no filter) comes from the rollup too, co-handled cases included.
    for (who, p), expected in seen.items():
        got = await _stats(timed, staff[who], period=p)
        assert got["source"] == "rollup", (who, got["notes"])
        for figure in FIGURES:
            assert got[figure] == expected[figure], (who, p, figure)

    # The rollup keeps its figures until the next rebuild; live=true is current.
    clock.set(clock.now() + timedelta(minutes=10))
    await _file(timed, omb, district_code="1026", fast_track=True)
    assert (await _stats(timed, omb))["total"] == 6
    assert (await _stats(timed, omb, fast_track="true"))["total"] == 2
    assert (await _stats(timed, omb, live="true"))["total"] == 7
    await _refresh(database, clock.now())
    assert (await _stats(timed, omb, fast_track="true"))["total"] == 3


async def test_requests_the_rollup_cannot_answer_are_live(
    timed: httpx.AsyncClient,
    staff: dict[str, Staff],
    clock: FixedClock,
    database: Database,
    settings: Settings,
) -> None:
    omb = staff["omb"]
    await _mixed_cases(timed, staff, clock)
    await _refresh(database, clock.now())
    assert (await _stats(timed, omb))["source"] == "rollup"
    for params in (
        {"district_code": "1026", "channel": "phone"},  # two filters
        {"status": ["received", "triaged"]},  # two statuses
        {"created_from": "2026-12-07T00:00:00+07:00"},  # a creation window
        {"live": "true"},
    ):
        got = await _stats(timed, omb, **params)
        assert got["source"] == "live", params
        assert got["notes"] == ["computed live from the complaints table"]
        assert got["as_of"] == got["generated_at"]
    two = await _stats(timed, omb, district_code="1026", channel="phone")
    assert two["total"] == 2
    # An agency-scoped caller's request with a filter is live.
    mine = await _stats(timed, staff["coord_suanluang"], channel="email")
    assert mine["source"] == "live" and mine["total"] == 1
    # A rollup older than its maximum age is not used, and the response says why.
    clock.set(clock.now() + timedelta(seconds=settings.stats_rollup_max_age_seconds + 1))
    stale = await _stats(timed, omb)
    assert stale["source"] == "live"
    assert stale["total"] == 6
    assert "older than" in stale["notes"][1]


async def test_statistics_take_the_queues_filters(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock, database: Database
) -> None:
    """Every queue filter narrows the statistics to the very cases the queue lists; those the
    rollup has no slice for are computed live."""
    omb = staff["omb"]
    await _mixed_cases(timed, staff, clock)
    await _refresh(database, clock.now())
    for params in (
        {"urgency": "critical"},
        {"q": "ทางเท้า"},  # Thai, no spaces: a substring of the title
        {"q": "ไม่มีเรื่องนี้"},
        {"first_response_sla": "breached"},
        {"resolution_sla": "on_track"},
        {"resolved_from": "2026-12-01T00:00:00+07:00"},
        {"assignee_id": str(staff["coord_dindaeng"].id)},
        {"district_code": "1034", "channel": "email"},
        {"status": "received"},
    ):
        listed = await timed.get(
            "/api/v1/complaints", headers=omb.headers, params={**params, "limit": 100}
        )
        assert listed.status_code == 200, listed.text
        ids = {c["id"] for c in listed.json()["items"]}
        got = await _stats(timed, omb, **params)
        assert got["total"] == len(ids), params
        assert got["source"] == ("rollup" if "status" in params else "live"), params
    assert (await _stats(timed, omb, urgency="critical"))["total"] == 1
    assert (await _stats(timed, omb, q="ทางเท้า"))["total"] == 6
    assert (await _stats(timed, omb, q="ไม่มีเรื่องนี้"))["total"] == 0
    # Breached means not met in time *yet*: answered cases (even late) no longer count.
    assert (await _stats(timed, omb, first_response_sla="breached"))["total"] == 2
    breached = await timed.get(
        "/api/v1/complaints", headers=omb.headers, params={"first_response_sla": "breached"}
    )
    assert all(c["first_response_at"] is None for c in breached.json()["items"])
    assert len(breached.json()["items"]) == 2
    resolved = await _stats(timed, omb, resolved_from="2026-12-01T00:00:00+07:00")
    assert resolved["total"] == 1 and resolved["resolution"]["met"] == 1
    # Bad filter values are problems, as on the queue.
    r = await timed.get(STATS, headers=omb.headers, params={"urgency": "whenever"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"


async def test_every_path_of_the_aggregates_gives_the_same_figures(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock, database: Database
) -> None:
    """PostgreSQL computes the figures in two scans (GROUPING SETS, FILTER); the portable path
    runs one statement per figure. Over every case, grouped by each slice column, both give
    the same figures (on SQLite `collect` is the portable path)."""
    from sqlalchemy import text

    from infra.db.repositories.stats import _T, SLICE_FIELDS, Aggregates

    await _mixed_cases(timed, staff, clock)
    now = clock.now()
    async with database.sessions() as session:
        for by in [None, *(_T.c[name] for name in SLICE_FIELDS.values())]:
            aggregates = Aggregates(session, _T, text("1 = 1"), by)
            fast = await aggregates.collect(now)
            portable = await aggregates._collect_portable(now)
            assert fast == portable, by
            assert sum(f.total for f in fast.values()) == 6


async def test_a_missing_dimension_is_keyed_unknown_live_and_in_the_rollup(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock, database: Database
) -> None:
    """A case with no district, category or lead agency yet is counted under the documented
    key `unknown`, never the string "None"."""
    omb = staff["omb"]
    await _file(timed, omb)  # no district, no category: it waits for triage
    live = await _stats(timed, omb, live="true")
    for dimension in ("district", "category", "agency"):
        assert "None" not in live["by"][dimension], dimension
        assert live["by"][dimension]["unknown"] >= 1, dimension
    await _refresh(database, clock.now())
    rolled = await _stats(timed, omb)
    assert rolled["source"] == "rollup"
    assert rolled["by"] == live["by"]
