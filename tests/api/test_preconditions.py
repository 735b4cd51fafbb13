"""One precondition convention for every versioned resource (api/preconditions.py): ETag on
reads and writes, 428 without If-Match, 412 with the current version when it is stale or
malformed, 304 for a read whose If-None-Match is current."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.support.identity import Staff

COMPLAINT = {"title": "ไฟทางดับ", "description": "ซอย 5 ดับทั้งซอย", "channel": "phone"}


async def _created(client: httpx.AsyncClient, path: str, staff: Staff, body: Any) -> str:
    r = await client.post(path, headers=staff.headers, json=body)
    assert r.status_code == 201, r.text
    assert r.headers["etag"] == f'"{r.json()["version"]}"'
    assert r.headers["location"].startswith("/api/v1/")
    return f"{path}/{r.json()['id']}"


async def _resources(client: httpx.AsyncClient, staff: dict[str, Staff]) -> dict[str, Any]:
    admin, omb = staff["admin"], staff["omb"]
    suffix = uuid.uuid4().hex[:6]
    return {
        "complaint": (
            await _created(client, "/api/v1/complaints", omb, COMPLAINT),
            omb,
            {"urgency": "low"},
        ),
        "agency": (
            await _created(
                client,
                "/api/v1/agencies",
                admin,
                {
                    "code": f"T{suffix}",
                    "name_th": "หน่วยทดสอบ",
                    "name_en": "Test unit",
                    "kind": "external_partner",
                },
            ),
            admin,
            {"fax": "021234567"},
        ),
        "user": (
            await _created(
                client,
                "/api/v1/users",
                admin,
                {
                    "email": f"p{suffix}@example.com",
                    "full_name": "ทดสอบ เงื่อนไข",
                    "role": "omb_officer",
                    "agency_id": str(omb.agency_id),
                },
            ),
            admin,
            {"full_name": "ทดสอบ แก้ไข"},
        ),
        "api client": (
            await _created(
                client,
                "/api/v1/api-clients",
                admin,
                {
                    "name": f"CRM {suffix}",
                    "agency_id": str(omb.agency_id),
                    "scopes": ["complaints:read"],
                },
            ),
            admin,
            {"name": f"CRM {suffix} renamed"},
        ),
    }


@pytest.mark.db
async def test_every_versioned_resource_keeps_one_convention(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    for kind, (url, who, change) in (await _resources(client, staff)).items():
        read = await client.get(url, headers=who.headers)
        assert read.status_code == 200, (kind, read.text)
        etag = read.headers["etag"]
        assert etag == f'"{read.json()["version"]}"', kind

        same = await client.get(url, headers={**who.headers, "If-None-Match": etag})
        assert same.status_code == 304 and same.content == b"", kind
        assert same.headers["etag"] == etag, kind
        weak = await client.get(url, headers={**who.headers, "If-None-Match": f"W/{etag}"})
        assert weak.status_code == 304, kind
        other = await client.get(url, headers={**who.headers, "If-None-Match": '"999"'})
        assert other.status_code == 200 and other.json()["version"] == read.json()["version"]

        missing = await client.patch(url, headers=who.headers, json=change)
        assert missing.status_code == 428, (kind, missing.text)
        assert missing.json()["code"] == "precondition.required", kind
        assert missing.headers["content-type"] == "application/problem+json"

        for bad in ('"999"', "garbage", "*", 'W/"x"'):
            stale = await client.patch(url, headers={**who.headers, "If-Match": bad}, json=change)
            assert stale.status_code == 412, (kind, bad, stale.text)
            problem = stale.json()
            assert problem["code"] == "precondition.failed", kind
            assert problem["current_version"] == read.json()["version"], (kind, bad)

        ok = await client.patch(url, headers={**who.headers, "If-Match": etag}, json=change)
        assert ok.status_code == 200, (kind, ok.text)
        assert ok.headers["etag"] == f'"{ok.json()["version"]}"' != etag, kind
        # The old ETag no longer matches: the read is sent again.
        again = await client.get(url, headers={**who.headers, "If-None-Match": etag})
        assert again.status_code == 200 and again.headers["etag"] == ok.headers["etag"], kind
