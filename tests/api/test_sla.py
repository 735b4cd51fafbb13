"""The SLA clock through the API on both databases: due times, pauses, breaches, stats."""

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
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff

BKK = timezone(timedelta(hours=7))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 4, 10, 15, 0, tzinfo=BKK))


@pytest.fixture
async def timed(
    settings: Settings, database: Database, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(settings, database=database, mailer=InMemoryMailer(), clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


def _bkk(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(BKK)


async def _file(c: httpx.AsyncClient, who: Staff, **extra: Any) -> dict[str, Any]:
    body = {
        "title": "ไฟจราจรเสีย",
        "description": "สัญญาณไฟแยกดินแดงดับ",
        "channel": "line",
        "district_code": "1026",
        **extra,
    }
    r = await c.post("/api/v1/complaints", headers=who.headers, json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


async def _act(
    c: httpx.AsyncClient, who: Staff, case: dict[str, Any], **body: Any
) -> dict[str, Any]:
    r = await c.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers={**who.headers, "If-Match": f'"{case["version"]}"'},
        json=body,
    )
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


async def test_fast_track_case_before_songkran(
    timed: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    # Filed Friday 10 April 2026 at 15:00, the working day before Songkran (13-15 April).
    case = await _file(timed, staff["omb"], fast_track=True)
    sla = case["sla"]
    assert sla["sla_class"] == "standard"
    # First response, 4 business hours: 1.5 h on Friday (to 16:30), the weekend and
    # Songkran (Mon-Wed) are off, then 2.5 h from Thursday 16 April 08:30 -> 11:00.
    assert _bkk(sla["first_response"]["due_at"]) == datetime(2026, 4, 16, 11, 0, tzinfo=BKK)
    # Resolution, 5 business days (40 h): 1.5 h Fri 10; 8 h each Thu 16, Fri 17, Mon 20,
    # Tue 21 (33.5 h); 6.5 h on Wed 22 from 08:30 -> 15:00.
    assert _bkk(sla["resolution"]["due_at"]) == datetime(2026, 4, 22, 15, 0, tzinfo=BKK)
    assert sla["first_response"]["state"] == "on_track"


async def test_awaiting_complainant_pauses_the_clock(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock
) -> None:
    omb = staff["omb"]
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=BKK))  # Monday
    case = await _file(timed, omb)
    # 80 business hours from Mon 2 Nov 09:00: 7.5 h that day, then nine full days ending
    # Fri 13 Nov (79.5 h), and 0.5 h on Mon 16 Nov -> 09:00.
    before = _bkk(case["sla"]["resolution"]["due_at"])
    assert before == datetime(2026, 11, 16, 9, 0, tzinfo=BKK)
    for action in ("triage", "assign", "start"):
        case = await _act(timed, omb, case, action=action)
    clock.set(datetime(2026, 11, 3, 9, 0, tzinfo=BKK))  # Tuesday
    case = await _act(timed, omb, case, action="request_info")
    assert case["sla"]["resolution"]["state"] == "paused"
    assert case["first_response_at"] is not None  # asking the complainant is a response
    clock.set(datetime(2026, 11, 6, 9, 0, tzinfo=BKK))  # Friday: three business days later
    case = await _act(timed, omb, case, action="resume")
    after = _bkk(case["sla"]["resolution"]["due_at"])
    assert after == datetime(2026, 11, 19, 9, 0, tzinfo=BKK)  # exactly three business days on


async def test_breach_shows_in_the_case_and_the_stats(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock
) -> None:
    omb = staff["omb"]
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=BKK))
    case = await _file(timed, omb, urgency="critical")  # first response due in 2 h
    clock.set(datetime(2026, 11, 2, 10, 45, tzinfo=BKK))
    r = await timed.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
    assert r.json()["sla"]["first_response"]["state"] == "due_soon"
    clock.set(datetime(2026, 11, 2, 11, 30, tzinfo=BKK))
    r = await timed.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
    assert r.json()["sla"]["first_response"]["state"] == "breached"
    assert r.json()["sla"]["first_response"]["time_left_seconds"] == -1800
    stats = await timed.get(
        "/api/v1/stats/complaints",
        headers=omb.headers,
        params={"created_from": "2026-11-02T00:00:00+07:00"},
    )
    assert stats.status_code == 200, stats.text
    assert stats.json()["first_response"]["breached"] >= 1


async def test_closure_day_moves_due_times(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=BKK))
    case = await _file(timed, staff["omb"])
    assert _bkk(case["sla"]["resolution"]["due_at"]) == datetime(2026, 11, 16, 9, 0, tzinfo=BKK)
    r = await timed.post(
        "/api/v1/closure-days",
        headers=staff["admin"].headers,
        json={"day": "2026-11-06", "reason": "วันหยุดพิเศษตามมติคณะรัฐมนตรี"},
    )
    assert r.status_code == 201
    r = await timed.get(f"/api/v1/complaints/{case['id']}", headers=staff["omb"].headers)
    assert _bkk(r.json()["sla"]["resolution"]["due_at"]) == datetime(2026, 11, 17, 9, 0, tzinfo=BKK)
    audit = await timed.get(
        "/api/v1/audit-log", headers=staff["admin"].headers, params={"entity_type": "closure_day"}
    )
    assert audit.json()["items"][0]["entity_id"] == "2026-11-06"


async def test_stats_scope_median_and_p90(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    start = datetime(2026, 12, 7, 9, 0, tzinfo=BKK)  # a Monday with nothing else in it
    # Five Din Daeng cases answered after 10, 20, 30, 40 and 100 minutes.
    for minutes in (10, 20, 30, 40, 100):
        clock.set(start)
        case = await _file(timed, coord)
        clock.set(start + timedelta(minutes=minutes))
        r = await timed.post(
            f"/api/v1/complaints/{case['id']}/timeline",
            headers=coord.headers,
            json={"kind": "response", "text": "รับเรื่องแล้ว", "channel": "phone"},
        )
        assert r.status_code == 201
    clock.set(start)
    await _file(timed, staff["coord_suanluang"])  # another agency's case
    window = {
        "created_from": "2026-12-07T00:00:00+07:00",
        "created_to": "2026-12-08T00:00:00+07:00",
        "period": "day",
    }
    mine = (
        await timed.get("/api/v1/stats/complaints", headers=coord.headers, params=window)
    ).json()
    assert mine["total"] == 5
    assert mine["by"]["district"] == {"1026": 5}
    # median of 600, 1200, 1800, 2400, 6000 s is 1800; p90: rank 3.6 -> 2400 + 0.6 * 3600
    assert mine["first_response"]["median_seconds"] == pytest.approx(1800)
    assert mine["first_response"]["p90_seconds"] == pytest.approx(4560)
    assert mine["first_response"]["met"] == 5 and mine["first_response"]["compliance_rate"] == 1
    assert mine["series"] == [{"period_start": "2026-12-07", "count": 5}]
    everything = (
        await timed.get("/api/v1/stats/complaints", headers=omb.headers, params=window)
    ).json()
    assert everything["total"] == 6
    assert everything["by"]["channel"] == {"line": 6}


async def test_policy_change_is_audited_and_reschedules(
    timed: httpx.AsyncClient, staff: dict[str, Staff], clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=BKK))
    case = await _file(timed, staff["omb"])
    targets = {
        u: {"first_response_minutes": 60, "resolution_minutes": 480}
        for u in ("low", "normal", "high", "critical")
    }
    r = await timed.put(
        "/api/v1/sla-policies/standard",
        headers=staff["admin"].headers,
        json={"targets": targets, "fast_track_targets": targets},
    )
    assert r.status_code == 200, r.text
    r = await timed.get(f"/api/v1/complaints/{case['id']}", headers=staff["omb"].headers)
    assert _bkk(r.json()["sla"]["resolution"]["due_at"]) == datetime(2026, 11, 3, 9, 0, tzinfo=BKK)
    r = await timed.put(
        "/api/v1/sla-policies/standard",
        headers=staff["coord_dindaeng"].headers,
        json={"targets": targets, "fast_track_targets": targets},
    )
    assert r.status_code == 403
