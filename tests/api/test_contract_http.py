"""The statuses the document declares are the ones the server sends: methods, bodies that are
not JSON, numbers where a date-time is declared, working hours, Location on 201."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.support.identity import Staff

pytestmark = pytest.mark.db


async def test_an_undeclared_method_is_a_405_allowing_every_method_of_the_path(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    r = await client.options("/api/v1/complaints", headers=omb)
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD, POST"
    assert r.json()["code"] == "method.not_allowed"
    # A static path beside a parameterised one: no PATCH here, so 405 (not a 422 on the id).
    r = await client.patch("/api/v1/complaints/export", headers=omb, json={})
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
    r = await client.delete("/api/v1/complaints/00000000-0000-4000-8000-000000000001", headers=omb)
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD, PATCH"
    # An id that is no UUID matches no route.
    r = await client.get("/api/v1/complaints/not-a-uuid", headers=omb)
    assert r.status_code == 404 and r.json()["code"] == "route.not_found"


async def test_a_body_that_is_not_json_is_a_422_problem(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    headers = {**staff["omb"].headers, "Content-Type": "application/json"}
    for body in (b"{", b"\xff\xfe not utf-8"):
        r = await client.post("/api/v1/complaints", headers=headers, content=body)
        assert r.status_code == 422, (body, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == "request.invalid"
        assert r.json()["errors"][0]["loc"][0] == "body"


async def test_numbers_are_no_date_times_and_booleans_are_strict(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    for value in ("0.5", "1700000000"):
        r = await client.get("/api/v1/complaints", headers=omb, params={"resolved_to": value})
        assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["query", "resolved_to"]
    ok = await client.get(
        "/api/v1/complaints", headers=omb, params={"resolved_to": "2026-11-28T00:00:00+07:00"}
    )
    assert ok.status_code == 200
    r = await client.post(
        "/api/v1/complaints",
        headers=omb,
        json={"title": "t", "description": "d", "channel": "phone", "fast_track": 0},
    )
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "fast_track"]
    r = await client.post(
        "/api/v1/complaints",
        headers=omb,
        json={"title": "t", "description": "d", "channel": "phone", "location": {"lat": True}},
    )
    assert r.status_code == 422


async def test_working_hours_are_wall_clock_strings(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    r = await client.get("/api/v1/sla-policies", headers=staff["omb"].headers)
    assert r.status_code == 200
    clock = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")
    for policy in r.json()["items"]:
        assert clock.match(policy["start"]) and clock.match(policy["end"]), policy


async def test_created_resources_say_where_they_are(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    r = await client.post(
        "/api/v1/complaints",
        headers=omb,
        json={"title": "ไฟดับ", "description": "ซอย 3", "channel": "phone"},
    )
    assert r.status_code == 201
    case = await client.get(r.headers["location"], headers=omb)
    assert case.status_code == 200 and case.json()["id"] == r.json()["id"]
    entry = await client.post(
        f"/api/v1/complaints/{r.json()['id']}/timeline",
        headers=omb,
        json={"kind": "note", "text": "โทรแจ้งเขตแล้ว"},
    )
    assert entry.status_code == 201 and entry.json()["kind"] == "note"
    timeline = await client.get(entry.headers["location"], headers=omb)
    assert entry.json()["id"] in {e["id"] for e in timeline.json()["items"]}
    assert timeline.json()["items"][0]["kind"] == "created"
    assert timeline.json()["items"][0]["data"]["channel"] == "phone"
