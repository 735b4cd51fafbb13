"""The portal's API on both databases: rate and reopen by tracking code + secret, similar
reports nearby, places, and the cached, privacy-safe district map, statistics and activities."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from domain.activity.model import ActivityType
from infra.db.engine import Database
from infra.settings import Settings
from tests.support.activities import service as activity_service
from tests.support.complaints import principal
from tests.support.identity import Staff

NAME, PHONE, EMAIL = "ประยุทธ์ ทดสอบ", "0867778899", "prayut.t@example.com"
SECRET_TEXT = "บ้านเลขที่ 99/1 ซอยลับเฉพาะ"
CITIZEN: dict[str, Any] = {
    "title": "ไฟถนนดับทั้งซอยประชาสงเคราะห์",
    "description": f"มืดมาก อันตราย {SECRET_TEXT}",
    "location": {"lat": 13.7782, "lon": 100.5651},
    "contact": {"name": NAME, "phone": PHONE, "email": EMAIL},
    "consent": {"notice_version": "2026-01"},
}
PERSONAL = (NAME, "ประยุทธ์", PHONE, EMAIL, SECRET_TEXT, "ซอยลับเฉพาะ")


def _client(app: FastAPI) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def _category(client: httpx.AsyncClient) -> dict[str, Any]:
    r = await client.get("/api/v1/public/categories")
    assert r.status_code == 200
    return next(c for c in r.json()["items"] if c["parent_id"] is not None)


async def file(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    r = await client.post("/api/v1/public/complaints", json={**CITIZEN, **changes})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def staff_id(client: httpx.AsyncClient, omb: Staff, code: str) -> str:
    """The case's id as staff see it (the newest cases; the tracking code is not searched)."""
    r = await client.get("/api/v1/complaints", params={"limit": 200}, headers=omb.headers)
    return str(next(c["id"] for c in r.json()["items"] if c["tracking_code"] == code))


async def act(
    client: httpx.AsyncClient, who: Staff, complaint_id: str, action: str, **body: Any
) -> dict[str, Any]:
    r = await client.get(f"/api/v1/complaints/{complaint_id}", headers=who.headers)
    r = await client.post(
        f"/api/v1/complaints/{complaint_id}/transitions",
        json={"action": action, **body},
        headers={**who.headers, "If-Match": r.headers["etag"]},
    )
    assert r.status_code == 200, r.text
    out: dict[str, Any] = r.json()
    return out


async def resolve(client: httpx.AsyncClient, staff: dict[str, Staff], complaint_id: str) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    await act(client, omb, complaint_id, "triage")
    await act(client, omb, complaint_id, "assign", agency_id=str(coord.agency_id), reason="test")
    await act(client, coord, complaint_id, "start")
    await act(client, coord, complaint_id, "resolve", resolution="เปลี่ยนหลอดไฟแล้ว")


def _same_refusal(a: httpx.Response, b: httpx.Response) -> None:
    assert a.status_code == b.status_code == 403
    assert a.headers["content-type"].startswith("application/problem+json")
    strip = ("request_id", "instance")
    ja = {k: v for k, v in a.json().items() if k not in strip}
    jb = {k: v for k, v in b.json().items() if k not in strip}
    assert ja == jb and ja["code"] == "public.feedback_refused"


async def test_rate_and_reopen_need_the_secret_given_once(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    filed = await file(client)
    code, secret = filed["tracking_code"], filed["complainant_secret"]
    assert len(secret.replace("-", "")) == 16
    tracked = await client.get(f"/api/v1/public/complaints/{code}")
    assert secret not in tracked.text and "complainant_secret" not in tracked.json()
    assert tracked.json()["can_rate"] is False and tracked.json()["reopen_until"] is None
    rating = {"secret": secret, "score": 4, "comment": "เร็วดี ขอบคุณครับ"}

    # Before resolution: the right secret is accepted, the state is not.
    r = await client.post(f"/api/v1/public/complaints/{code}/rating", json=rating)
    assert r.status_code == 409 and r.json()["code"] == "complaint.not_resolved"

    # A wrong secret and an unknown code get the same refusal.
    wrong = await client.post(
        f"/api/v1/public/complaints/{code}/rating", json={**rating, "secret": "AAAA-BBBB-CCCC"}
    )
    unknown = await client.post("/api/v1/public/complaints/ZZZZZ-ZZZZZ/rating", json=rating)
    _same_refusal(wrong, unknown)
    wrong_reopen = await client.post(
        f"/api/v1/public/complaints/{code}/reopen",
        json={"secret": "AAAA-BBBB-CCCC-DDDD", "reason": "ยังไม่ได้แก้"},
    )
    _same_refusal(wrong_reopen, unknown)

    complaint_id = await staff_id(client, staff["omb"], code)
    await resolve(client, staff, complaint_id)
    tracked = (await client.get(f"/api/v1/public/complaints/{code}")).json()
    assert tracked["can_rate"] is True and tracked["reopen_until"] is not None

    # Typed back loosely (lower case, spaces): still the secret.
    loose = secret.lower().replace("-", " ")
    r = await client.post(
        f"/api/v1/public/complaints/{code}/rating", json={**rating, "secret": loose}
    )
    assert r.status_code == 201, r.text
    assert r.json()["score"] == 4
    assert r.headers["Location"] == f"/api/v1/public/complaints/{code}"
    again = await client.post(f"/api/v1/public/complaints/{code}/rating", json=rating)
    assert again.status_code == 409 and again.json()["code"] == "complaint.already_rated"
    tracked = (await client.get(f"/api/v1/public/complaints/{code}")).json()
    assert tracked["rated"] is True and tracked["can_rate"] is False
    assert any(e["kind"] == "rated" for e in tracked["timeline"])
    assert "เร็วดี" not in json.dumps(tracked, ensure_ascii=False)  # the comment stays internal

    omb = staff["omb"]
    case = (await client.get(f"/api/v1/complaints/{complaint_id}", headers=omb.headers)).json()
    assert case["rating"]["score"] == 4 and case["rating"]["comment"] == "เร็วดี ขอบคุณครับ"
    assert case["complainant_secret"] is None
    stats = (
        await client.get("/api/v1/stats/complaints", params={"live": True}, headers=omb.headers)
    ).json()
    sat = stats["satisfaction"]
    assert sat["overall"]["count"] >= 1
    assert sat["by_district"]["1026"]["distribution"]["4"] >= 1
    assert sat["by_agency"][str(staff["coord_dindaeng"].agency_id)]["average"] is not None
    coord = staff["coord_dindaeng"]
    scoped = (await client.get("/api/v1/stats/complaints", headers=coord.headers)).json()
    assert scoped["satisfaction"]["overall"]["count"] >= 1

    r = await client.post(
        f"/api/v1/public/complaints/{code}/reopen",
        json={"secret": secret, "reason": "ไฟดับอีกแล้วตั้งแต่เมื่อคืน"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "in_progress" and r.json()["reopen_until"] is None
    case = (await client.get(f"/api/v1/complaints/{complaint_id}", headers=omb.headers)).json()
    assert case["status"] == "in_progress" and case["reopen_count"] == 1
    timeline = (
        await client.get(f"/api/v1/complaints/{complaint_id}/timeline", headers=omb.headers)
    ).json()["items"]
    reopened = [e for e in timeline if e["data"].get("action") == "reopen"]
    assert reopened[0]["actor_kind"] == "complainant"
    assert reopened[0]["data"]["reason"] == "ไฟดับอีกแล้วตั้งแต่เมื่อคืน"
    # Reopened, it is no longer resolved: asking again is refused.
    r = await client.post(
        f"/api/v1/public/complaints/{code}/reopen", json={"secret": secret, "reason": "อีกครั้ง"}
    )
    assert r.status_code == 409 and r.json()["code"] == "complaint.illegal_transition"


async def test_staff_intake_returns_the_secret_once(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    r = await client.post(
        "/api/v1/complaints",
        json={
            "title": "ขยะล้นถัง",
            "description": "ไม่มีคนมาเก็บสามวันแล้ว",
            "channel": "hotline_1676",
            "district_code": "1026",
        },
        headers=omb.headers,
    )
    assert r.status_code == 201, r.text
    secret = r.json()["complainant_secret"]
    assert secret and len(secret) == 19
    again = await client.get(f"/api/v1/complaints/{r.json()['id']}", headers=omb.headers)
    assert again.json()["complainant_secret"] is None


@pytest.fixture
def strict_app(settings: Settings, database: Database) -> FastAPI:
    return create_app(
        settings.model_copy(
            update={
                "public_feedback_per_hour": 2,
                "reopen_window_days": 0,
                "public_stats_min_cell": 3,
            }
        ),
        database=database,
    )


async def test_feedback_is_throttled_and_the_reopen_window_enforced(
    strict_app: FastAPI, staff: dict[str, Staff]
) -> None:
    async with _client(strict_app) as client:
        filed = await file(client)
        code, secret = filed["tracking_code"], filed["complainant_secret"]
        complaint_id = await staff_id(client, staff["omb"], code)
        await resolve(client, staff, complaint_id)
        # A reopen window of 0 days has passed as soon as the case is resolved.
        r = await client.post(
            f"/api/v1/public/complaints/{code}/reopen", json={"secret": secret, "reason": "ยัง"}
        )
        assert r.status_code == 409 and r.json()["code"] == "complaint.reopen_window_expired"
        r = await client.post(
            f"/api/v1/public/complaints/{code}/rating",
            json={"secret": "WRONG-WRONG-WRONG", "score": 1},
        )
        assert r.status_code == 403
        r = await client.post(
            f"/api/v1/public/complaints/{code}/rating",
            json={"secret": secret, "score": 5},
            headers={"Accept-Language": "th"},
        )
        assert r.status_code == 429 and r.headers["retry-after"]
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "public.rate_limited" and "โปรดลองใหม่" in r.json()["detail"]


async def test_district_stats_suppress_small_cells(
    strict_app: FastAPI, staff: dict[str, Staff]
) -> None:
    async with _client(strict_app) as client:

        async def din_daeng() -> dict[str, Any]:
            r = await client.get("/api/v1/public/district-stats")
            assert r.status_code == 200
            assert r.json()["min_cell"] == 3 and len(r.json()["items"]) == 50
            return next(d for d in r.json()["items"] if d["code"] == "1026")

        before = await din_daeng()
        assert before["open"] in (0, None) or before["open"] >= 3
        base = before["open"] or 0
        filed = [await file(client, location=None, district_code="1026") for _ in range(2)]
        if base == 0:
            assert (await din_daeng())["open"] is None  # 2 cases: too few to publish
        filed.append(await file(client, location=None, district_code="1026"))
        assert (await din_daeng())["open"] == base + 3
        # One resolved case: its count, median and SLA share are all withheld.
        first = await staff_id(client, staff["omb"], filed[0]["tracking_code"])
        await resolve(client, staff, first)
        got = await din_daeng()
        if before["resolved"] in (0, None):
            assert got["resolved"] is None
            assert got["median_days_to_resolve"] is None
            assert got["resolved_within_sla_share"] is None
        for f in filed[1:]:
            await resolve(client, staff, await staff_id(client, staff["omb"], f["tracking_code"]))
        got = await din_daeng()
        assert got["resolved"] is not None and got["resolved"] >= 3
        assert got["median_days_to_resolve"] is not None
        assert 0 <= got["resolved_within_sla_share"] <= 1


async def test_public_resources_are_cached_with_etags(client: httpx.AsyncClient) -> None:
    for path in (
        "/api/v1/public/district-stats",
        "/api/v1/public/activities",
        "/api/v1/public/categories",
        "/api/v1/districts/boundaries",
    ):
        r = await client.get(path)
        assert r.status_code == 200, path
        assert r.headers["cache-control"].startswith("public, max-age=")
        etag = r.headers["etag"]
        again = await client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"", path


async def test_upcoming_activities_with_the_feed_link(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    start = datetime.now(UTC) + timedelta(days=3)
    svc = activity_service(database)
    from domain.activity.service import NewActivity

    await svc.create(
        principal(staff["omb"]),
        NewActivity(
            type=ActivityType.mobile_unit,
            title="หน่วยเคลื่อนที่ให้คำปรึกษากฎหมายฟรี เขตดินแดง",
            district_codes=["1026"],
            starts_at=start,
            ends_at=start + timedelta(hours=4),
            venue="ลานหน้าสำนักงานเขตดินแดง",
        ),
    )
    past = datetime(2022, 1, 5, 9, tzinfo=UTC)
    await svc.create(
        principal(staff["omb"]),
        NewActivity(
            type=ActivityType.traffic_campaign,
            title="รณรงค์ทางม้าลายที่ผ่านไปแล้ว",
            district_codes=["1026"],
            starts_at=past,
            ends_at=past + timedelta(hours=2),
        ),
    )
    r = await client.get("/api/v1/public/activities", params={"district_code": "1026"})
    assert r.status_code == 200
    body = r.json()
    assert body["ics_url"] == "/api/v1/public/activities.ics"
    titles = [a["title"] for a in body["items"]]
    assert "หน่วยเคลื่อนที่ให้คำปรึกษากฎหมายฟรี เขตดินแดง" in titles
    assert "รณรงค์ทางม้าลายที่ผ่านไปแล้ว" not in titles
    item = body["items"][titles.index("หน่วยเคลื่อนที่ให้คำปรึกษากฎหมายฟรี เขตดินแดง")]
    assert item["districts"][0]["code"] == "1026" and 2 <= item["mou_area_id"] <= 5
    assert "participants" not in item and "outcome" not in item


async def test_similar_nearby_shows_nothing_personal(client: httpx.AsyncClient) -> None:
    category = await _category(client)
    await file(client, category_id=category["id"])
    r = await client.get(
        "/api/v1/public/similar-complaints",
        params={"category_id": category["id"], "lat": 13.7786, "lon": 100.5655},
    )
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items and set(items[0]) == {
        "category_id",
        "district_code",
        "status",
        "status_label",
        "reported_on",
    }
    for secret in (*PERSONAL, CITIZEN["title"]):
        assert secret not in r.text
    far = await client.get(
        "/api/v1/public/similar-complaints",
        params={"category_id": category["id"], "district_code": "1034"},
    )
    assert far.json()["items"] == []
    bad = await client.get(
        "/api/v1/public/similar-complaints", params={"category_id": category["id"], "lat": 13.7}
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["query", "lon"]


async def test_locate_a_point_or_an_address(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/public/locate", params={"lat": 13.7782, "lon": 100.5651})
    assert r.status_code == 200 and r.json()["code"] == "1026"
    r = await client.get("/api/v1/public/locate", params={"address": "99 แขวงสีลม เขตบางรัก กรุงเทพฯ"})
    assert r.status_code == 200 and r.json()["name_th"] == "บางรัก"
    r = await client.get(
        "/api/v1/public/locate",
        params={"lat": 18.7883, "lon": 98.9853},  # Chiang Mai
        headers={"Accept-Language": "th"},
    )
    assert r.status_code == 422 and r.json()["code"] == "geo.outside_bangkok"
    assert "1676" in r.json()["detail"] and "กรุงเทพมหานคร" in r.json()["detail"]
    r = await client.get("/api/v1/public/locate", params={"address": "ที่ไหนสักแห่ง"})
    assert r.status_code == 422 and r.json()["code"] == "geo.address_not_placed"
    r = await client.get("/api/v1/public/locate")
    assert r.status_code == 422


async def test_a_merged_case_points_to_the_absorbing_case(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    kept, merged = await file(client), await file(client)
    kept_id = await staff_id(client, omb, kept["tracking_code"])
    merged_id = await staff_id(client, omb, merged["tracking_code"])
    await act(client, omb, merged_id, "merge", target_case_id=kept_id)
    r = await client.get(f"/api/v1/public/complaints/{merged['tracking_code']}")
    got = r.json()["merged_into"]
    assert got["case_number"] == kept["case_number"] and got["status"] == "received"
    assert kept["tracking_code"] not in r.text


async def test_no_personal_data_on_any_public_endpoint(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    category = await _category(client)
    filed = await file(client, category_id=category["id"])
    code = filed["tracking_code"]
    complaint_id = await staff_id(client, staff["omb"], code)
    await resolve(client, staff, complaint_id)
    await client.post(
        f"/api/v1/public/complaints/{code}/rating",
        json={"secret": filed["complainant_secret"], "score": 2, "comment": f"แย่ {PHONE}"},
    )
    paths = [
        f"/api/v1/public/complaints/{code}",
        "/api/v1/public/district-stats",
        "/api/v1/public/activities",
        "/api/v1/public/activities.ics",
        "/api/v1/public/categories",
        "/api/v1/districts/boundaries",
        f"/api/v1/public/similar-complaints?category_id={category['id']}&district_code=1026",
        "/api/v1/public/locate?lat=13.7782&lon=100.5651",
        "/api/v1/public/privacy-notice",
    ]
    for path in paths:
        r = await client.get(path)
        assert r.status_code == 200, (path, r.text)
        text = r.content.decode()
        for secret in (*PERSONAL, filed["complainant_secret"]):
            assert secret not in text, (path, secret)
