"""Every paged list, found from the app's own OpenAPI document, answers hand-made or garbled
cursors with a 4xx problem (or a page), never a 500."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from infra.db.engine import Database
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor
from tests.support.identity import Staff
from tests.support.operations import Operation, operations, path_values

CURSOR_PARAMETERS = ("cursor", "after")
SOME_ID = "6f1d3c2e-0a5b-4e8e-9a51-6d2b0c7e1a10"
EDGE_TIMES = (
    "9999-12-31T23:59:59-12:00",  # past the end of the range once in UTC
    "0001-01-01T00:00:00+14:00",  # before its start
    "2026-01-01T00:00:00",  # naive
    "2026-02-30T00:00:00+07:00",  # no such day
)


def _encode(value: Any) -> str:
    raw = json.dumps(value, ensure_ascii=True).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def garbage_cursors() -> dict[str, str]:
    cursors = {
        "not base64": "!!!not-a-cursor!!!",
        "non-ascii": "เคอร์เซอร์",
        "base64 of text": base64.urlsafe_b64encode(b"hello world").decode(),
        "base64 of invalid utf-8": base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode(),
        "json object": _encode({"after": 1}),
        "json string": _encode("2026-01-01"),
        "json number": _encode(12),
        "empty list": _encode([]),
        "deep nesting": base64.urlsafe_b64encode(b"[" * 1500 + b"]" * 1500).decode(),
        "overlong": "A" * 1999,
    }
    for arity in (1, 2, 3):
        shapes: dict[str, list[Any]] = {
            "text": ["x"] * arity,
            "ints": [1] * arity,
            "nulls": [None] * arity,
            "other json": [True, 1.5, [], {}][:arity],
            "nul": ["\u0000"] * arity,
            "lone surrogate": ["\ud800"] * arity,
            "huge int": [10**30] * arity,
            "negative int": [-1] * arity,
            "long text": ["ก" * 600] * arity,
            "id then time": [SOME_ID, "2026-01-01T00:00:00+07:00", SOME_ID][:arity],
        }
        for n, edge in enumerate(EDGE_TIMES):
            shapes[f"edge time {n}"] = [edge, SOME_ID, SOME_ID][:arity]
            shapes[f"null then edge {n}"] = [None, edge, SOME_ID][:arity]
        for name, value in shapes.items():
            cursors[f"{name} x{arity}"] = _encode(value)
    return cursors


GARBAGE = garbage_cursors()


def paged_lists(app: FastAPI) -> list[tuple[Operation, str]]:
    return [
        (op, p["name"])
        for op in operations(app)
        if op.method == "GET"
        for p in op.query()
        if p["name"] in CURSOR_PARAMETERS
    ]


async def test_garbage_cursors_are_problems_on_every_paged_list(
    app: FastAPI,
    client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
) -> None:
    lists = paged_lists(app)
    assert len(lists) >= 13  # users, api clients, audit logs, queue, feed, timeline, ...
    values = await path_values(database, staff, api_client, settings.data_dir / "attachments")
    failures = []
    for op, parameter in lists:
        url = op.url(values)
        reader = None
        for who in (staff["omb"], staff["admin"]):
            if (await client.get(url, headers=who.headers)).status_code == 200:
                reader = who
                break
        assert reader, f"{op.operation_id}: neither an OMB officer nor an admin may list it"
        for name, cursor in GARBAGE.items():
            r = await client.get(url, headers=reader.headers, params={parameter: cursor})
            if r.status_code >= 500:
                failures.append(f"{op.operation_id} {name}: {r.status_code}")
                continue
            if r.status_code == 200:
                assert isinstance(r.json()["items"], list)
                continue
            body = r.json()
            assert r.status_code == 422, (op.operation_id, name, r.text)
            assert r.headers["content-type"] == "application/problem+json"
            assert body["code"] in ("cursor.invalid", "request.invalid"), body
            assert body["errors"][0]["loc"][-1] in (parameter, "cursor"), body
    assert failures == []


@pytest.mark.parametrize(
    "cursor",
    [_encode(["9999-12-31T23:59:59-12:00", SOME_ID]), _encode(["\u0000", SOME_ID])],
    ids=["edge-time", "nul"],
)
async def test_a_cursor_problem_names_the_cursor(
    client: httpx.AsyncClient, staff: dict[str, Staff], cursor: str
) -> None:
    r = await client.get(
        "/api/v1/complaints",
        headers={**staff["omb"].headers, "Accept-Language": "th"},
        params={"cursor": cursor},
    )

    assert r.status_code == 422, r.text
    body = r.json()
    assert body["code"] == "cursor.invalid"
    assert body["errors"] == [
        {"loc": ["query", "cursor"], "msg": "invalid cursor", "type": "cursor_invalid"}
    ] or body["errors"][0]["loc"] == ["query", "cursor"]
    assert body["detail"] == "cursor นี้ไม่ได้มาจากรายการนี้"


def test_a_real_cursor_still_decodes() -> None:
    from domain.shared.paging import decode_cursor, encode_cursor, key_time, key_uuid

    at = "2026-03-01T09:30:00+00:00"
    key = decode_cursor(encode_cursor((at, SOME_ID)), arity=2)
    assert key_time(key[0]).isoformat() == at
    assert key_uuid(key[1]) == uuid.UUID(SOME_ID)
    zwsp_name = "สมชาย\u200bใจดี"  # Thai text may hold zero-width spaces: still a keyset
    assert decode_cursor(encode_cursor((zwsp_name, SOME_ID)), arity=2)[0] == zwsp_name
