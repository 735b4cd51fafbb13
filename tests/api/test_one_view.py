"""One view of a case per principal (`domain/complaint/view.py: view_of`): the single read, the
queue, the change feed and the CSV and GeoJSON exports show a coordinator the same masked
complainant, and the same masking the domain's one masking function gives; the events that
webhooks deliver carry none of it (`Representation.event`)."""

from __future__ import annotations

import csv
import io
import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from domain.privacy.masking import ContactDetails, mask_complainant
from infra.db.engine import Database
from infra.db.tables import OutboxEventRow, table_of
from tests.support.identity import Staff

pytestmark = pytest.mark.db

URL = "/api/v1/complaints"
NAME, PHONE, EMAIL = "สมชาย ใจดี", "0812345678", "somchai@example.com"


async def _co_handled_case(client: httpx.AsyncClient, staff: dict[str, Staff], tag: str) -> str:
    """A case led by Din Daeng that Suan Luang co-handles."""
    omb = staff["omb"]
    r = await client.post(
        URL,
        headers=omb.headers,
        json={
            "title": f"ท่อระบายน้ำอุดตัน {tag}",
            "description": f"น้ำท่วมขังหน้าซอย {tag}",
            "channel": "phone",
            "district_code": "1026",
            "location": {"lat": 13.7650, "lon": 100.5560, "address": f"ซอยประชาสงเคราะห์ {tag}"},
            "complainant": {"name": NAME, "phone": PHONE, "email": EMAIL},
            "consent": {"version": "2026-01", "given_at": "2026-11-28T09:15:00+07:00"},
        },
    )
    assert r.status_code == 201, r.text
    case = r.json()
    for action in ("triage", "assign"):
        r = await client.post(
            f"{URL}/{case['id']}/transitions",
            headers={**omb.headers, "If-Match": f'"{case["version"]}"'},
            json={"action": action},
        )
        assert r.status_code == 200, r.text
        case = r.json()
    suan_luang = staff["coord_suanluang"].agency_id
    r = await client.post(
        f"{URL}/{case['id']}/co-handlers",
        headers=omb.headers,
        json={"agency_id": str(suan_luang), "reason": "ท่อร่วมคาบเกี่ยวสองเขต"},
    )
    assert r.status_code == 200, r.text
    return str(case["id"])


def _person(item: dict[str, Any]) -> tuple[Any, ...]:
    p = item["complainant"]
    return (p["name"], p["phone"], p["email"])


async def _every_representation(
    client: httpx.AsyncClient, who: Staff, case_id: str, tag: str
) -> dict[str, tuple[Any, ...]]:
    seen: dict[str, tuple[Any, ...]] = {}
    r = await client.get(f"{URL}/{case_id}", headers=who.headers)
    assert r.status_code == 200, r.text
    seen["read"] = _person(r.json())
    seen["read_access"] = (r.json()["complainant"]["personal_data"],)
    r = await client.get(URL, headers=who.headers, params={"q": tag})
    assert r.status_code == 200, r.text
    seen["list"] = next(_person(i) for i in r.json()["items"] if i["id"] == case_id)
    feed: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 200}
    while True:
        r = await client.get(f"{URL}/changes", headers=who.headers, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        if not page["items"]:
            break
        feed += [i["complaint"] for i in page["items"]]
        params = {"limit": 200, "after": page["next_cursor"]}
    seen["feed"] = next(_person(i) for i in reversed(feed) if i["id"] == case_id)
    r = await client.get(f"{URL}/export", headers=who.headers, params={"format": "csv", "q": tag})
    assert r.status_code == 200
    [row] = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    seen["csv"] = (row["complainant_name"], row["complainant_phone"], row["complainant_email"])
    r = await client.get(
        f"{URL}/export", headers=who.headers, params={"format": "geojson", "q": tag}
    )
    assert r.status_code == 200
    [feature] = json.loads(r.content)["features"]
    props = feature["properties"]
    seen["geojson"] = (
        props["complainant_name"],
        props["complainant_phone"],
        props["complainant_email"],
    )
    return seen


async def test_a_coordinator_sees_the_same_masking_everywhere(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    tag = uuid.uuid4().hex[:8]
    case_id = await _co_handled_case(client, staff, tag)
    masked = mask_complainant(ContactDetails(name=NAME, phone=PHONE, email=EMAIL))
    expected = (masked.name, masked.phone, masked.email)
    assert expected != (NAME, PHONE, EMAIL) and None not in expected

    # The co-handling agency's coordinator: masked in every representation, the same way.
    seen = await _every_representation(client, staff["coord_suanluang"], case_id, tag)
    assert seen.pop("read_access") == ("masked",)
    assert set(seen.values()) == {expected}, seen
    assert set(seen) == {"read", "list", "feed", "csv", "geojson"}

    # The lead agency's coordinator: in full where the case is worked, masked in the files
    # that leave the system (the export rule of the same policy), never anything else.
    seen = await _every_representation(client, staff["coord_dindaeng"], case_id, tag)
    assert seen.pop("read_access") == ("full",)
    assert seen["read"] == seen["list"] == seen["feed"] == (NAME, PHONE, EMAIL)
    assert seen["csv"] == seen["geojson"] == expected

    # The events webhooks are made of (created, assigned, co-handler invited): no complainant.
    outbox: Any = table_of(OutboxEventRow).c
    async with database.sessions() as s:
        payloads = (
            await s.execute(select(outbox.data).where(outbox.subject_id == uuid.UUID(case_id)))
        ).scalars()
        text = json.dumps(list(payloads), ensure_ascii=False)
    assert text.count(case_id) >= 3
    for value in (NAME, PHONE, EMAIL, *map(str, expected), "สมชาย", "somchai"):
        assert value not in text, value
