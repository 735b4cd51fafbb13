"""Data-subject requests (PDPA): find a person by any form of their phone, e-mail, national id,
LINE id or name; export their data and nobody else's; rectify; erase (the case and its
statistics stay); restrict (legal hold). Every call is audited, never with the identifiers."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from infra.db.chain import verify
from infra.db.engine import Database
from tests.support.activities import din_daeng_activity
from tests.support.identity import Staff

pytestmark = pytest.mark.db

SEARCH = "/api/v1/privacy/data-subjects/search"
EXPORT = "/api/v1/privacy/data-subjects/export"
HOLDS = "/api/v1/privacy/legal-holds"

SUBJECT_NAME, SUBJECT_PHONE, SUBJECT_EMAIL = "วิภา สุขใจ", "081-234-9876", "Wipa.S@Example.com"
# Somebody else: in the subject's case and a case of their own; never in the subject's export.
NEIGHBOUR_NAME, NEIGHBOUR_PHONE = "ประยุทธ บ้านข้าง", "0877771234"
NEIGHBOUR_EMAIL = "neighbour@example.org"
OTHER_PHONE = "0866665432"


def national_id(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


SUBJECT_ID = national_id("110170020345")
WRONG_CHECK_DIGIT = SUBJECT_ID[:12] + str((int(SUBJECT_ID[12]) + 1) % 10)


async def _file(
    client: httpx.AsyncClient,
    omb: Staff,
    contact: dict[str, Any],
    description: str = "หลุมลึกหน้าตลาดดินแดง รถจักรยานยนต์ล้มบ่อย",
) -> dict[str, Any]:
    r = await client.post(
        "/api/v1/complaints",
        headers=omb.headers,
        json={
            "title": "ถนนเป็นหลุมหน้าตลาดดินแดง",
            "description": description,
            "channel": "hotline_1676",
            "district_code": "1026",
            "complainant": contact,
        },
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def _entry(
    client: httpx.AsyncClient, who: Staff, case_id: str, text: str, visibility: str = "internal"
) -> dict[str, Any]:
    r = await client.post(
        f"/api/v1/complaints/{case_id}/timeline",
        headers=who.headers,
        json={
            "kind": "response" if visibility == "public" else "note",
            "visibility": visibility,
            "text": text,
        },
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def _audit(client: httpx.AsyncClient, omb: Staff, action: str) -> list[dict[str, Any]]:
    r = await client.get(
        "/api/v1/audit-log", headers=omb.headers, params={"action": action, "limit": "100"}
    )
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()["items"]
    return items


async def _subject_world(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The subject's case (with notes naming a neighbour and the subject's national id) and
    the neighbour's own case, whose note names the subject's phone in another form."""
    omb = staff["omb"]
    mine = await _file(
        client,
        omb,
        {"name": SUBJECT_NAME, "phone": SUBJECT_PHONE, "email": SUBJECT_EMAIL},
        description=f"หลุมลึกหน้าบ้าน ติดต่อเพื่อนบ้าน {NEIGHBOUR_EMAIL} ได้",
    )
    await _entry(client, omb, mine["id"], f"โทรคุยกับ {NEIGHBOUR_NAME} โทร {NEIGHBOUR_PHONE} แล้ว")
    await _entry(client, omb, mine["id"], f"ผู้ร้องแจ้งเลขประจำตัว {SUBJECT_ID}")
    await _entry(
        client, omb, mine["id"], f"เขตรับเรื่องแล้ว สอบถามโทร {OTHER_PHONE}", visibility="public"
    )
    theirs = await _file(client, omb, {"name": NEIGHBOUR_NAME, "phone": NEIGHBOUR_PHONE})
    await _entry(client, omb, theirs["id"], "ผู้ร้องอ้างถึงคุณวิภา โทร +66 81 234 9876")
    return mine, theirs


async def test_find_by_any_form_of_the_identifiers(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    mine, theirs = await _subject_world(client, staff)

    for query in (
        {"phone": "+66812349876"},
        {"phone": "0066 81 234 9876"},
        {"phone": "0812349876"},
        {"email": "wipa.s@EXAMPLE.COM"},
        {"name": "  วิภา   สุขใจ "},
    ):
        r = await client.post(SEARCH, headers=omb.headers, json=query)
        assert r.status_code == 200, (query, r.text)
        found = r.json()
        assert [c["complaint_id"] for c in found["cases"]] == [mine["id"]], query
        case = found["cases"][0]
        assert case["complainant"]["phone"] == SUBJECT_PHONE  # in full: officers see it
        assert case["legal_hold"] is None
    by_phone = (await client.post(SEARCH, headers=omb.headers, json={"phone": "0812349876"})).json()
    assert case["matched_on"] == ["name"]
    assert by_phone["cases"][0]["matched_on"] == ["phone"]
    # The neighbour's note naming the subject's phone is a mention, not the subject's case.
    assert [m["complaint_id"] for m in by_phone["mentions"]] == [theirs["id"]]
    assert by_phone["mentions"][0]["matched_on"] == ["phone"]

    by_id = await client.post(SEARCH, headers=omb.headers, json={"national_id": SUBJECT_ID})
    assert by_id.status_code == 200, by_id.text
    assert by_id.json()["cases"] == []  # no record has a national-id field
    assert [e["complaint_id"] for e in by_id.json()["mentions"]] == [mine["id"]]

    # Bad identifiers are RFC 9457 problems naming the field.
    for body, loc in (
        ({}, ["body"]),
        ({"phone": "12"}, ["body", "phone"]),
        ({"email": "not-an-address"}, ["body", "email"]),
        ({"national_id": WRONG_CHECK_DIGIT}, ["body", "national_id"]),
        ({"phone": "0812349876", "extra": 1}, ["body", "extra"]),
    ):
        r = await client.post(SEARCH, headers=omb.headers, json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        assert loc in [e["loc"] for e in r.json()["errors"]], (body, r.json())

    # Audited under a pseudonym; the access to the case's personal data is logged.
    audited = await _audit(client, omb, "data_subject.find")
    assert audited and all(a["entity_id"].startswith("ds_") for a in audited)
    assert audited[0]["after"]["identifiers"] == ["national_id"]
    text = json.dumps(audited, ensure_ascii=False)
    for secret in ("0812349876", "wipa", SUBJECT_ID, "วิภา"):
        assert secret not in text.lower(), secret
    log = await client.get(
        "/api/v1/audit-log/personal-data",
        headers=omb.headers,
        params={"complaint_id": mine["id"]},
    )
    assert "data_subject_find" in {e["purpose"] for e in log.json()["items"]}


async def test_agencies_may_not_ask(client: httpx.AsyncClient, staff: dict[str, Staff]) -> None:
    for key in ("coord_dindaeng", "staff_dindaeng"):
        r = await client.post(SEARCH, headers=staff[key].headers, json={"phone": "0812349876"})
        assert r.status_code == 403
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == "data_subject.forbidden"
    assert (await client.post(SEARCH, json={"phone": "0812349876"})).status_code == 401


async def test_export_holds_the_subjects_data_and_nobody_elses(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    mine, theirs = await _subject_world(client, staff)

    r = await client.post(EXPORT, headers=omb.headers, json={"phone": "0812349876"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["content-disposition"].startswith('attachment; filename="data-subject-')
    assert r.headers["cache-control"] == "no-store"
    exported = r.json()
    assert exported["format"] == "fasttrack.data-subject-export/1"
    assert [c["case_number"] for c in exported["cases"]] == [mine["case_number"]]
    assert exported["cases"][0]["complainant"]["email"].lower() == SUBJECT_EMAIL.lower()
    assert [m["complaint_id"] for m in exported["mentions"]] == [theirs["id"]]
    assert exported["mentions"][0]["data"] == {}
    # The public answer to the subject is there, with the other number replaced.
    answers = [e for e in exported["entries"] if e["kind"] == "response"]
    assert answers and "[โทรศัพท์]" in answers[0]["data"]["text"]

    html = await client.post(
        EXPORT, headers=omb.headers, params={"format": "html"}, json={"phone": "0812349876"}
    )
    assert html.status_code == 200, html.text
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert "ข้อมูลส่วนบุคคลของท่าน" in html.text and mine["case_number"] in html.text
    assert SUBJECT_NAME in html.text and " 25" in html.text  # a Buddhist-era year

    for body in (r.text, html.text):
        for other in (
            NEIGHBOUR_NAME,
            NEIGHBOUR_PHONE,
            NEIGHBOUR_EMAIL,
            OTHER_PHONE,
            theirs["case_number"],
            str(omb.id),
        ):
            assert other not in body, other
    audited = await _audit(client, omb, "data_subject.export")
    assert len(audited) == 2 and audited[0]["after"]["cases"] == 1


async def test_rectify_corrects_every_case_and_audits_before_and_after(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    first = await _file(client, omb, {"name": SUBJECT_NAME, "phone": SUBJECT_PHONE})
    second = await _file(client, omb, {"name": SUBJECT_NAME, "phone": "+66 81 234 9876"})
    other = await _file(client, omb, {"name": NEIGHBOUR_NAME, "phone": NEIGHBOUR_PHONE})

    r = await client.post(
        "/api/v1/privacy/data-subjects/rectifications",
        headers=omb.headers,
        json={
            "subject": {"phone": "0812349876"},
            "changes": {"phone": "0819990000", "email": "wipa.new@example.com"},
            "reason": "ผู้ร้องแจ้งเปลี่ยนหมายเลขโทรศัพท์",
        },
    )
    assert r.status_code == 200, r.text
    changed = r.json()["cases"]
    assert {c["complaint_id"] for c in changed} == {first["id"], second["id"]}
    assert all(c["fields"] == ["phone", "email"] for c in changed)

    for case in (first, second):
        got = (await client.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)).json()
        assert got["complainant"]["phone"] == "0819990000"
        assert got["complainant"]["email"] == "wipa.new@example.com"
        assert got["complainant"]["name"] == SUBJECT_NAME
        assert got["version"] == case["version"] + 1
        timeline = await client.get(
            f"/api/v1/complaints/{case['id']}/timeline", headers=omb.headers
        )
        updates = [e for e in timeline.json()["items"] if e["kind"] == "updated"]
        assert updates[-1]["data"]["fields"] == ["complainant.phone", "complainant.email"]
    untouched = await client.get(f"/api/v1/complaints/{other['id']}", headers=omb.headers)
    assert untouched.json()["complainant"]["phone"] == NEIGHBOUR_PHONE

    audited = await _audit(client, omb, "data_subject.rectify")
    assert {a["entity_id"] for a in audited} == {first["id"], second["id"]}
    entry = next(a for a in audited if a["entity_id"] == first["id"])
    assert entry["before"] == {"phone": "08x-xxx-9876", "email": None}
    assert entry["after"]["phone"] == "08x-xxx-0000"
    assert entry["after"]["reason"] == "ผู้ร้องแจ้งเปลี่ยนหมายเลขโทรศัพท์"
    assert "0819990000" not in json.dumps(audited)  # masked: the log is never erased

    bad = await client.post(
        "/api/v1/privacy/data-subjects/rectifications",
        headers=omb.headers,
        json={"subject": {"phone": "0819990000"}, "changes": {"phone": "x"}, "reason": "r"},
    )
    assert bad.status_code == 422
    assert ["body", "changes", "phone"] in [e["loc"] for e in bad.json()["errors"]]


async def _stats(client: httpx.AsyncClient, omb: Staff) -> Any:
    r = await client.get("/api/v1/stats/complaints", headers=omb.headers)
    assert r.status_code == 200, r.text
    return {k: v for k, v in r.json().items() if k not in ("as_of", "generated_at")}


async def test_erasure_anonymises_and_keeps_the_case_and_statistics(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    filed = await client.post(
        "/api/v1/public/complaints",
        json={
            "title": "ไฟทางดับทั้งซอย",
            "description": f"ซอยมืดมาก ติดต่อกลับ {SUBJECT_PHONE}",
            "district_code": "1026",
            "contact": {"name": SUBJECT_NAME, "phone": SUBJECT_PHONE, "email": SUBJECT_EMAIL},
            "consent": {"notice_version": "2026-01"},
        },
    )
    assert filed.status_code == 201, filed.text
    code, number = filed.json()["tracking_code"], filed.json()["case_number"]
    photo = await client.post(
        f"/api/v1/public/complaints/{code}/attachments",
        files={"file": ("IMG_0001.png", _png(), "image/png")},
    )
    assert photo.status_code == 201, photo.text
    found = await client.post(SEARCH, headers=omb.headers, json={"email": SUBJECT_EMAIL})
    case_id = found.json()["cases"][0]["complaint_id"]
    assert [a["by_subject"] for a in found.json()["attachments"]] == [True]
    note = await _entry(client, omb, case_id, f"โทรหาคุณวิภาที่ {SUBJECT_PHONE} ไม่ติด")
    other = await _entry(client, omb, case_id, "ส่งเรื่องให้ฝ่ายโยธาแล้ว")
    stats_before = await _stats(client, omb)

    r = await client.post(
        "/api/v1/privacy/data-subjects/erasures",
        headers=omb.headers,
        json={"subject": {"phone": "0812349876"}, "reason": "เจ้าของข้อมูลขอให้ลบ"},
    )

    assert r.status_code == 200, r.text
    [change] = r.json()["cases"]
    assert change["case_number"] == number
    assert change["fields"] == ["name", "phone", "email", "description"]
    assert change["redacted_entries"] == 1 and change["deleted_attachments"] == 1
    case = (await client.get(f"/api/v1/complaints/{case_id}", headers=omb.headers)).json()
    assert case["case_number"] == number and case["status"] == "received"
    assert case["complainant"]["name"] is None and case["complainant"]["phone"] is None
    assert case["complainant"]["email"] is None
    assert case["description"] == "ซอยมืดมาก ติดต่อกลับ [ลบแล้ว]"
    timeline = await client.get(f"/api/v1/complaints/{case_id}/timeline", headers=omb.headers)
    items = {e["id"]: e for e in timeline.json()["items"]}
    assert items[note["id"]]["data"]["text"] is None
    assert items[note["id"]]["redaction"]["reason"].startswith("PDPA erasure request")
    assert items[other["id"]]["data"]["text"] == "ส่งเรื่องให้ฝ่ายโยธาแล้ว"
    assert SUBJECT_NAME not in timeline.text and "234-9876" not in timeline.text
    attachments = await client.get(f"/api/v1/complaints/{case_id}/attachments", headers=omb.headers)
    assert attachments.json()["items"] == []
    assert await _stats(client, omb) == stats_before  # the case still counts
    again = await client.post(SEARCH, headers=omb.headers, json={"phone": "0812349876"})
    assert again.json()["cases"] == []

    audited = await _audit(client, omb, "data_subject.erase")
    assert [a["entity_id"] for a in audited] == [case_id]
    assert audited[0]["before"] == {"fields": ["name", "phone", "email", "description"]}
    assert "9876" not in json.dumps(audited)
    async with database.sessions() as s:
        report = await verify(s)
    assert report.ok, report.broken


def _png() -> bytes:
    from tests.support.complaints import tiny_png

    return tiny_png()


async def test_legal_hold_restricts_processing(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb, admin = staff["omb"], staff["admin"]
    case = await _file(client, omb, {"name": SUBJECT_NAME, "line_user_id": "U1234abcd"})
    subject = {"line_user_id": "U1234abcd"}

    r = await client.post(
        "/api/v1/privacy/data-subjects/restrictions",
        headers=omb.headers,
        json={"subject": subject, "reason": "คดีอยู่ระหว่างพิจารณาของศาล"},
    )
    assert r.status_code == 200, r.text
    assert [h["complaint_id"] for h in r.json()["items"]] == [case["id"]]
    listed = (await client.get(HOLDS, headers=admin.headers)).json()["items"]
    assert case["id"] in [h["complaint_id"] for h in listed]
    found = (await client.post(SEARCH, headers=omb.headers, json=subject)).json()
    assert found["cases"][0]["legal_hold"]["reason"] == "คดีอยู่ระหว่างพิจารณาของศาล"

    erase = {"subject": subject, "reason": "ขอให้ลบ"}
    refused = await client.post(
        "/api/v1/privacy/data-subjects/erasures", headers=omb.headers, json=erase
    )
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "data_subject.legal_hold"
    assert refused.json()["case_numbers"] == [case["case_number"]]
    got = (await client.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)).json()
    assert got["complainant"]["line_user_id"] == "U1234abcd"  # nothing erased

    twice = await client.post(
        HOLDS, headers=omb.headers, json={"complaint_id": case["id"], "reason": "ซ้ำ"}
    )
    assert twice.status_code == 409 and twice.json()["code"] == "legal_hold.exists"
    released = await client.delete(f"{HOLDS}/{case['id']}", headers=omb.headers)
    assert released.status_code == 204
    gone = await client.delete(f"{HOLDS}/{case['id']}", headers=omb.headers)
    assert gone.status_code == 404 and gone.json()["code"] == "legal_hold.not_found"
    done = await client.post(
        "/api/v1/privacy/data-subjects/erasures", headers=omb.headers, json=erase
    )
    assert done.status_code == 200, done.text
    assert [a["entity_id"] for a in await _audit(client, omb, "legal_hold.place")] == [case["id"]]
    released_log = await _audit(client, omb, "legal_hold.release")
    assert released_log[0]["before"]["reason"] == "คดีอยู่ระหว่างพิจารณาของศาล"


async def test_activity_participants_are_found_exported_and_erased_alone(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    view = await din_daeng_activity(database, omb, held=True)
    consent = {"version": "pdpa-2022-08", "given_at": "2022-09-10T09:05:00+07:00"}
    r = await client.put(
        f"/api/v1/activities/{view.activity.id}/outcome",
        headers={**omb.headers, "If-Match": f'"{view.activity.version}"'},
        json={
            "participants_by_role": {"community_chair": 1, "youth": 1},
            "named_participants": [
                {"name": SUBJECT_NAME, "role": "community_chair", "consent": consent},
                {"name": NEIGHBOUR_NAME, "role": "youth", "consent": consent},
            ],
        },
    )
    assert r.status_code == 200, r.text

    found = (await client.post(SEARCH, headers=omb.headers, json={"name": SUBJECT_NAME})).json()
    assert [p["name"] for p in found["participations"]] == [SUBJECT_NAME]
    assert found["participations"][0]["activity_id"] == str(view.activity.id)
    exported = await client.post(EXPORT, headers=omb.headers, json={"name": SUBJECT_NAME})
    assert SUBJECT_NAME in exported.text and NEIGHBOUR_NAME not in exported.text

    erased = await client.post(
        "/api/v1/privacy/data-subjects/erasures",
        headers=omb.headers,
        json={"subject": {"name": SUBJECT_NAME}, "reason": "ขอให้ลบ"},
    )
    assert erased.status_code == 200 and erased.json()["participations"] == 1
    activity = await client.get(f"/api/v1/activities/{view.activity.id}", headers=omb.headers)
    names = [p["name"] for p in activity.json()["outcome"]["named_participants"]]
    assert SUBJECT_NAME not in names and NEIGHBOUR_NAME in names and len(names) == 2
