"""Redacting a timeline entry: a `redacted` entry is appended (who, when, why) and every view
reads the entry without its words; the stored entry is never changed."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import sqlalchemy as sa

from infra.db.chain import verify
from infra.db.engine import Database
from tests.support.complaints import din_daeng_case
from tests.support.identity import Staff

# Personal data typed into entries by mistake: found nowhere once redacted.
SLIP_PHONE = "0869998877"
SLIP_NAME = "นางสาวมาลัย ทองดี"
POTHOLE = {
    "title": "ถนนเป็นหลุมหน้าตลาดดินแดง",
    "description": "หลุมลึก รถจักรยานยนต์ล้มบ่อย",
    "channel": "hotline_1676",
    "district_code": "1026",
    "complainant": {"name": "มานี มีนา", "phone": "0891112233"},
}
REASON = "บันทึกมีเบอร์โทรศัพท์ส่วนตัวของเจ้าหน้าที่ (personal phone number written by mistake)"


async def _filed(client: httpx.AsyncClient, omb: Staff) -> tuple[str, str, dict[str, Any]]:
    """A hotline case with a public response that names a person by mistake."""
    filed = await client.post("/api/v1/complaints", headers=omb.headers, json=POTHOLE)
    assert filed.status_code == 201, filed.text
    case_id, code = filed.json()["id"], filed.json()["tracking_code"]
    url = f"/api/v1/complaints/{case_id}/timeline"
    response = await client.post(
        url,
        headers=omb.headers,
        json={
            "kind": "response",
            "visibility": "public",
            "text": f"ติดต่อ {SLIP_NAME} โทร {SLIP_PHONE} ได้เลยครับ",
        },
    )
    assert response.status_code == 201, response.text
    return case_id, code, response.json()


def _db_id(dialect: str, value: str) -> object:
    return uuid.UUID(value) if dialect == "postgresql" else uuid.UUID(value).hex


async def _redact(
    client: httpx.AsyncClient, who: Staff, case_id: str, entry_id: str, body: Any = None
) -> httpx.Response:
    return await client.post(
        f"/api/v1/complaints/{case_id}/timeline/{entry_id}/redactions",
        headers=who.headers,
        json={"reason": REASON} if body is None else body,
    )


async def test_redaction_hides_the_words_in_every_view(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    case_id, code, entry = await _filed(client, omb)
    public_before = (await client.get(f"/api/v1/public/complaints/{code}")).text
    assert SLIP_PHONE in public_before

    r = await _redact(client, omb, case_id, entry["id"])

    assert r.status_code == 201, r.text
    assert r.headers["location"] == f"/api/v1/complaints/{case_id}/timeline"
    redaction = r.json()
    assert redaction["kind"] == "redacted" and redaction["visibility"] == "internal"
    assert redaction["data"] == {"entry_id": entry["id"], "reason": REASON}
    assert redaction["actor_id"] == str(omb.id)

    timeline = await client.get(f"/api/v1/complaints/{case_id}/timeline", headers=omb.headers)
    items = {e["id"]: e for e in timeline.json()["items"]}
    hidden = items[entry["id"]]
    assert hidden["kind"] == "response" and hidden["data"]["text"] is None
    assert hidden["redaction"] == {
        "id": redaction["id"],
        "at": redaction["at"],
        "actor_kind": "user",
        "actor_id": str(omb.id),
        "reason": REASON,
    }
    assert items[redaction["id"]]["kind"] == "redacted"
    assert all(e["redaction"] is None for i, e in items.items() if i != entry["id"])

    views = {
        "timeline": timeline,
        "public": await client.get(f"/api/v1/public/complaints/{code}"),
        "case": await client.get(f"/api/v1/complaints/{case_id}", headers=omb.headers),
        "list": await client.get("/api/v1/complaints", headers=omb.headers),
        "export": await client.get("/api/v1/complaints/export", headers=omb.headers),
        "changes": await client.get("/api/v1/complaints/changes", headers=omb.headers),
        "coordinator": await client.get(
            f"/api/v1/complaints/{case_id}/timeline", headers=staff["coord_dindaeng"].headers
        ),
    }
    for name, view in views.items():
        assert view.status_code in (200, 404), (name, view.text)
        assert SLIP_PHONE not in view.text and SLIP_NAME not in view.text, name
    public = views["public"].json()["timeline"]
    shown = [e for e in public if e["kind"] == "response"]
    assert shown == [{**shown[0], "text": None, "hidden": True}]
    assert REASON not in views["public"].text  # who and why are for staff

    # The stored entry is unchanged, and the chain still holds.
    async with database.sessions() as s:
        stored = (
            await s.execute(
                sa.text("SELECT data FROM complaint_events WHERE id = :id"),
                {"id": _db_id(s.bind.dialect.name, entry["id"])},
            )
        ).scalar_one()
        report = await verify(s)
    stored = stored if isinstance(stored, dict) else json.loads(stored)
    assert SLIP_PHONE in stored["text"]
    assert report.ok, report.broken


async def test_a_redaction_counts_once_and_is_not_itself_redacted(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb, admin = staff["omb"], staff["admin"]
    case_id, _, entry = await _filed(client, omb)
    first = await _redact(client, admin, case_id, entry["id"])
    assert first.status_code == 201, first.text
    assert first.json()["actor_id"] == str(admin.id)

    again = await _redact(client, omb, case_id, entry["id"])
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert again.json()["code"] == "complaint.entry_not_redactable"
    assert again.json()["entry_id"] == entry["id"]

    itself = await _redact(client, omb, case_id, first.json()["id"])
    assert itself.status_code == 409
    assert itself.json()["code"] == "complaint.entry_not_redactable"


async def test_only_omb_officers_and_admins_redact(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    # A Din Daeng case: its staff read it but may not redact; Suan Luang do not see it.
    omb = staff["omb"]
    case_id, _ = await din_daeng_case(database, omb, assign_to=staff["coord_dindaeng"])
    timeline = await client.get(f"/api/v1/complaints/{case_id}/timeline", headers=omb.headers)
    entry = timeline.json()["items"][0]
    for key in ("coord_dindaeng", "staff_dindaeng"):
        r = await _redact(client, staff[key], case_id, entry["id"])
        assert r.status_code == 403, (key, r.text)
        assert r.json()["code"] == "complaint.redact_forbidden"
    for key in ("coord_suanluang", "staff_suanluang"):
        r = await _redact(client, staff[key], case_id, entry["id"])
        assert r.status_code == 404, (key, r.text)
        assert r.json()["code"] == "complaint.not_found"
    r = await client.post(
        f"/api/v1/complaints/{case_id}/timeline/{entry['id']}/redactions", json={"reason": "x"}
    )
    assert r.status_code == 401


async def test_bad_redactions_are_problems(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    case_id, _, entry = await _filed(client, omb)
    other_case, _, other_entry = await _filed(client, omb)

    for body, loc in (
        ({}, ["body", "reason"]),
        ({"reason": ""}, ["body", "reason"]),
        ({"reason": "   "}, ["body", "reason"]),
        ({"reason": "x" * 2001}, ["body", "reason"]),
        ({"reason": "ok", "text": "replace"}, ["body", "text"]),
    ):
        r = await _redact(client, omb, case_id, entry["id"], body)
        assert r.status_code == 422, (body, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        assert loc in [e["loc"] for e in r.json()["errors"]], (body, r.json())

    for path_case, path_entry, code in (
        (case_id, str(uuid.uuid4()), "complaint.timeline_entry_not_found"),
        (case_id, other_entry["id"], "complaint.timeline_entry_not_found"),  # another case's
        (str(uuid.uuid4()), entry["id"], "complaint.not_found"),
    ):
        r = await _redact(client, omb, path_case, path_entry)
        assert r.status_code == 404, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == code
    r = await _redact(client, omb, case_id, "not-a-uuid")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
    assert other_case != case_id
