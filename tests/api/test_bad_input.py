"""Bad input is a 4xx problem, never a 500: NUL characters and lone surrogates in any string
(JSON body, query, path, form), and times at the edge of the representable range."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.support.identity import Staff

CASE = {
    "title": "ทางเท้าชำรุด",
    "description": "ทางเท้าหน้าซอยชำรุด",
    "channel": "hotline_1676",
    "district_code": "1026",
    "complainant": {"name": "สมชาย ใจดี", "phone": "0812345678"},
}
ACTIVITY = {
    "type": "mobile_unit",
    "title": "หน่วยเคลื่อนที่ เขตดินแดง",
    "district_codes": ["1026"],
    "starts_at": "2022-10-01T09:00:00+07:00",
    "ends_at": "2022-10-01T15:00:00+07:00",
}
EDGE_TIMES = ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z"]


def _problem(r: httpx.Response, status: int = 422) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = r.json()
    assert "." in body["code"]
    return body


def _locs(body: dict[str, Any]) -> list[list[Any]]:
    return [e["loc"] for e in body["errors"]]


@pytest.mark.parametrize("field", ["title", "description"])
async def test_a_nul_in_a_json_string_is_a_422_at_its_field(
    client: httpx.AsyncClient, staff: dict[str, Staff], field: str
) -> None:
    r = await client.post(
        "/api/v1/complaints", headers=staff["omb"].headers, json={**CASE, field: "ถนน\x00พัง"}
    )

    body = _problem(r)
    assert body["code"] == "request.invalid"
    assert ["body", field] in _locs(body)
    assert body["errors"][0]["type"] == "string_nul"


async def test_a_nul_in_a_nested_json_string_is_a_422(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    case = {**CASE, "complainant": {"name": "สม\x00ชาย", "phone": "0812345678"}}
    r = await client.post("/api/v1/complaints", headers=staff["omb"].headers, json=case)

    assert ["body", "complainant", "name"] in _locs(_problem(r))


async def test_a_lone_surrogate_in_a_json_string_is_a_422(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    raw = json.dumps({**CASE, "title": "ถนน\ud800พัง"}).encode()  # ASCII escapes: \ud800
    r = await client.post(
        "/api/v1/complaints",
        headers={**staff["omb"].headers, "Content-Type": "application/json"},
        content=raw,
    )

    body = _problem(r)
    assert ["body", "title"] in _locs(body)
    assert body["errors"][0]["type"] == "string_unicode"


async def test_a_nul_in_a_public_json_body_is_a_422(client: httpx.AsyncClient) -> None:
    citizen = {
        "title": "ไฟดับ\x00",
        "description": "ไฟถนนดับ",
        "district_code": "1026",
        "contact": {"name": "มานี"},
        "consent": {"notice_version": "2026-01"},
    }
    r = await client.post("/api/v1/public/complaints", json=citizen)

    assert ["body", "title"] in _locs(_problem(r))


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/v1/complaints", {"q": "ถนน\x00"}),
        ("/api/v1/agencies", {"q": "\x00"}),
        ("/api/v1/audit-log", {"entity_type": "a\x00"}),
        ("/api/v1/complaints", {"district_code": "10\x0026"}),
    ],
)
async def test_a_nul_in_a_query_string_is_a_422(
    client: httpx.AsyncClient, staff: dict[str, Staff], url: str, params: dict[str, str]
) -> None:
    r = await client.get(url, headers=staff["admin"].headers, params=params)

    body = _problem(r)
    assert ["query", next(iter(params))] in _locs(body)


async def test_a_nul_in_a_path_is_a_422(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/public/complaints/ABCDE%00FGHIJ")

    assert _locs(_problem(r)) == [["path"]]


async def test_a_nul_in_a_urlencoded_form_is_a_422(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/api/v1/auth/login", data={"username": "omb\x00@example.com", "password": "x"}
    )

    assert ["body", "username"] in _locs(_problem(r))


async def test_a_nul_in_a_multipart_form_is_refused_before_the_database(
    client: httpx.AsyncClient,
) -> None:
    # Multipart fields are not parsed by the middleware; the engine's last guard refuses
    # the text on both databases alike.
    r = await client.post(
        "/api/v1/auth/login",
        files={"username": (None, "omb\x00@example.com"), "password": (None, "secret")},
    )

    assert r.status_code in (400, 422), r.text
    assert r.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("edge", EDGE_TIMES)
async def test_a_time_at_the_edge_of_the_range_in_a_body_is_a_422(
    client: httpx.AsyncClient, staff: dict[str, Staff], edge: str
) -> None:
    r = await client.post(
        "/api/v1/activities",
        headers={**staff["omb"].headers, "Accept-Language": "th"},
        json={**ACTIVITY, "starts_at": edge, "ends_at": edge},
    )

    body = _problem(r)
    assert ["body", "starts_at"] in _locs(body)
    assert body["errors"][0]["type"] == "datetime_out_of_range"


@pytest.mark.parametrize("edge", EDGE_TIMES)
@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/complaints", "created_from"),
        ("/api/v1/complaints/export", "resolved_to"),
        ("/api/v1/activities", "starts_from"),
        ("/api/v1/audit-log", "since"),
        ("/api/v1/stats/complaints", "created_to"),
    ],
)
async def test_a_time_at_the_edge_of_the_range_in_a_query_is_a_422(
    client: httpx.AsyncClient, staff: dict[str, Staff], url: str, parameter: str, edge: str
) -> None:
    r = await client.get(url, headers=staff["admin"].headers, params={parameter: edge})

    assert ["query", parameter] in _locs(_problem(r))


async def test_times_inside_the_range_are_still_accepted(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    r = await client.get(
        "/api/v1/complaints",
        headers=staff["omb"].headers,
        params={"created_from": "1900-01-01T07:00:00+07:00", "created_to": "2999-12-31T23:59Z"},
    )

    assert r.status_code == 200, r.text
