"""The citizens' side on both databases: public intake and tracking, personal data, files."""

from __future__ import annotations

import io
import logging
import re

import httpx
import pytest
from fastapi import FastAPI
from PIL import ExifTags, Image

from api.app import create_app
from infra.db.engine import Database
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff

NAME, PHONE = "มานี มีนา", "0891112233"
CITIZEN = {
    "title": "ถนนเป็นหลุมหน้าตลาดดินแดง",
    "description": "หลุมลึก รถจักรยานยนต์ล้มบ่อย",
    "district_code": "1026",
    "contact": {"name": NAME, "phone": PHONE, "email": "manee@example.com"},
    "consent": {"notice_version": "2026-01"},
}


def gps_jpeg() -> bytes:
    img = Image.new("RGB", (32, 24), (90, 140, 200))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "TestCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (13.0, 45.0, 54.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (100.0, 33.0, 18.0)
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    return out.getvalue()


async def test_citizen_files_with_photo_and_tracks_without_personal_data(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    photo = gps_jpeg()
    with Image.open(io.BytesIO(photo)) as original:
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the fixture has GPS
    r = await client.post("/api/v1/public/complaints", json=CITIZEN)
    assert r.status_code == 201, r.text
    filed = r.json()
    code = filed["tracking_code"]
    assert re.fullmatch(r"[0-9A-Z]{5}-[0-9A-Z]{5}", code)
    assert code not in filed["case_number"] and filed["status"] == "received"
    r = await client.post(
        f"/api/v1/public/complaints/{code}/attachments",
        files={"file": ("IMG_0001.jpg", photo, "image/jpeg")},
    )
    assert r.status_code == 201, r.text

    r = await client.get(f"/api/v1/public/complaints/{code.lower().replace('-', ' ')}")
    assert r.status_code == 200
    tracked = r.json()
    assert tracked["status_label"] == {"th": "รับเรื่องแล้ว", "en": "Received"}
    assert tracked["timeline"][0]["status_to"] == "received"
    for secret in (NAME, "มานี", PHONE, "manee@example.com"):
        assert secret not in r.text
    assert len(tracked["attachments"]) == 1
    got = await client.get(tracked["attachments"][0]["url"])
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert got.headers["cache-control"] == "no-store"
    with Image.open(io.BytesIO(got.content)) as cleaned:
        exif = cleaned.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in exif
        assert cleaned.size == (32, 24)


async def test_consent_is_required(client: httpx.AsyncClient) -> None:
    body = {k: v for k, v in CITIZEN.items() if k != "consent"}
    r = await client.post("/api/v1/public/complaints", json=body)
    assert r.status_code == 422
    assert r.json()["code"] == "privacy.consent_required"
    assert r.json()["errors"][0]["loc"] == ["body", "consent"]
    r = await client.post(
        "/api/v1/public/complaints", json={**CITIZEN, "consent": {"notice_version": "1999-99"}}
    )
    assert r.status_code == 422 and "1999-99" in r.json()["detail"]
    assert r.json()["current_version"] == "2026-01"


async def test_consent_to_a_superseded_notice_is_refused(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    """Once a new notice is published, consent to the old one no longer files a case; the
    problem names the version in force so the portal can show it and ask again."""
    published = await client.post(
        "/api/v1/privacy-notices",
        headers=staff["admin"].headers,
        json={"version": "2026-07", "text_th": "ประกาศฉบับใหม่", "text_en": "The new notice"},
    )
    assert published.status_code == 201, published.text
    r = await client.post("/api/v1/public/complaints", json=CITIZEN)  # consents to 2026-01
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["code"] == "privacy.consent_outdated"
    assert problem["current_version"] == "2026-07"
    assert "2026-07" in problem["detail"] and "2026-01" in problem["detail"]
    assert problem["errors"][0]["loc"] == ["body", "consent", "notice_version"]
    thai = await client.post(
        "/api/v1/public/complaints", json=CITIZEN, headers={"Accept-Language": "th"}
    )
    assert "2026-07" in thai.json()["detail"]
    again = await client.post(
        "/api/v1/public/complaints", json={**CITIZEN, "consent": {"notice_version": "2026-07"}}
    )
    assert again.status_code == 201, again.text


async def test_unknown_tracking_code_is_404(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/public/complaints/ZZZZZ-ZZZZZ")
    assert r.status_code == 404
    assert r.json()["code"] == "complaint.tracking_code_not_found"


async def test_masking_and_the_access_log(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    body = {
        "title": CITIZEN["title"],
        "description": CITIZEN["description"],
        "channel": "line",
        "district_code": "1026",
        "complainant": {"name": NAME, "phone": PHONE, "email": "manee@example.com"},
    }
    case = (await client.post("/api/v1/complaints", headers=omb.headers, json=body)).json()
    for action in ("triage", "assign"):
        r = await client.post(
            f"/api/v1/complaints/{case['id']}/transitions",
            headers={**omb.headers, "If-Match": f'"{case["version"]}"'},
            json={"action": action},
        )
        case = r.json()
    member = await client.get(
        f"/api/v1/complaints/{case['id']}", headers=staff["staff_dindaeng"].headers
    )
    assert member.json()["complainant"]["phone"] == "08x-xxx-2233"
    r = await client.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
    assert r.json()["complainant"]["phone"] == PHONE
    log = await client.get(
        "/api/v1/audit-log/personal-data", headers=omb.headers, params={"complaint_id": case["id"]}
    )
    entries = log.json()["items"]
    newest = entries[0]
    assert newest["actor_id"] == str(omb.id)
    assert set(newest["fields"]) == {"name", "phone", "email"}
    assert newest["request_id"] == r.headers["x-request-id"]
    # The masked read by agency staff left no entry of theirs.
    assert all(e["actor_id"] != str(staff["staff_dindaeng"].id) for e in entries)
    by_member = await client.get(
        "/api/v1/audit-log/personal-data",
        headers=omb.headers,
        params={"actor_id": str(staff["staff_dindaeng"].id)},
    )
    assert by_member.json()["items"] == []


@pytest.fixture
def strict_app(settings: Settings, database: Database) -> FastAPI:
    settings = settings.model_copy(
        update={"public_intake_per_hour": 2, "max_body_bytes": 2048, "max_upload_bytes": 4096}
    )
    return create_app(settings, database=database, mailer=InMemoryMailer())


async def test_limits_answer_as_problems(strict_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=strict_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        first = await c.post("/api/v1/public/complaints", json=CITIZEN)
        assert first.status_code == 201
        code = first.json()["tracking_code"]
        # 415: bytes that are not an image, whatever the declared type says
        r = await c.post(
            f"/api/v1/public/complaints/{code}/attachments",
            files={"file": ("x.jpg", b"%PDF-1.4 not a photo", "image/jpeg")},
        )
        assert r.status_code == 415 and r.json()["code"] == "request.unsupported_media_type"
        # 413: a body over the cap
        r = await c.post("/api/v1/public/complaints", json={**CITIZEN, "description": "ก" * 5000})
        assert r.status_code == 413 and r.json()["code"] == "request.too_large"
        r = await c.post(
            f"/api/v1/public/complaints/{code}/attachments",
            files={"file": ("big.jpg", b"\xff\xd8" + b"0" * 200_000, "image/jpeg")},
        )
        assert r.status_code == 413
        # 429 with Retry-After once the address has used its intake quota
        statuses = [
            (await c.post("/api/v1/public/complaints", json=CITIZEN)).status_code for _ in range(3)
        ]
        assert 429 in statuses
        r = await c.post("/api/v1/public/complaints", json=CITIZEN)
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert r.headers["content-type"] == "application/problem+json"


async def test_privacy_notice_publish_and_read(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    r = await client.get("/api/v1/public/privacy-notice")
    assert r.status_code == 200 and r.json()["version"] == "2026-01"
    assert "ข้อมูลส่วนบุคคล" in r.json()["text_th"]
    r = await client.post(
        "/api/v1/privacy-notices",
        headers=staff["admin"].headers,
        json={"version": "2027-01", "text_th": "ฉบับใหม่", "text_en": "New"},
    )
    assert r.status_code == 201
    assert (await client.get("/api/v1/public/privacy-notice")).json()["version"] == "2027-01"
    r = await client.post(
        "/api/v1/privacy-notices",
        headers=staff["admin"].headers,
        json={"version": "2027-01", "text_th": "x", "text_en": "y"},
    )
    assert r.status_code == 409
    audit = await client.get(
        "/api/v1/audit-log",
        headers=staff["admin"].headers,
        params={"entity_type": "privacy_notice"},
    )
    assert audit.json()["items"][0]["entity_id"] == "2027-01"


async def test_no_personal_data_in_logs_or_problem_bodies(
    client: httpx.AsyncClient, staff: dict[str, Staff], caplog: pytest.LogCaptureFixture
) -> None:
    omb = staff["omb"]
    secret_name, secret_phone = "ประยุทธ์ทดสอบ ลับมาก", "0987654321"
    bodies: list[str] = []
    with caplog.at_level(logging.DEBUG):
        good = {
            "title": "เรื่องทดสอบ",
            "description": "ข้อมูลส่วนบุคคลต้องไม่รั่ว",
            "channel": "phone",
            "district_code": "1026",
            "complainant": {"name": secret_name, "phone": secret_phone},
        }
        r = await client.post("/api/v1/complaints", headers=omb.headers, json=good)
        assert r.status_code == 201
        for bad in (
            {**good, "channel": "pigeon"},
            {**good, "complainant": {"name": secret_name, "phone": secret_phone + "x"}},
            {**good, "district_code": "9999"},
            {**good, "unexpected": secret_name},
        ):
            r = await client.post("/api/v1/complaints", headers=omb.headers, json=bad)
            assert r.status_code == 422
            bodies.append(r.text)
        r = await client.post(
            "/api/v1/public/complaints",
            json={
                **CITIZEN,
                "contact": {"name": secret_name, "phone": secret_phone},
                "consent": None,
            },
        )
        assert r.status_code == 422
        bodies.append(r.text)
    logged = "\n".join(rec.getMessage() + str(rec.__dict__) for rec in caplog.records)
    for secret in (secret_name, secret_phone):
        assert secret not in logged
        for body in bodies:
            assert secret not in body


async def test_merging_leaves_a_trace_on_both_cases_and_the_public_view_points_on(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    filed = await client.post("/api/v1/public/complaints", json=CITIZEN)
    assert filed.status_code == 201, filed.text
    code = filed.json()["tracking_code"]
    survivor_phone, survivor_name = "0865554433", "ประเสริฐ ทองดี"
    r = await client.post(
        "/api/v1/complaints",
        headers=omb.headers,
        json={
            "title": "ถนนเป็นหลุมหน้าตลาดดินแดง หลายจุด",
            "description": "หลุมบนถนนหน้าตลาด",
            "channel": "hotline_1676",
            "district_code": "1026",
            "complainant": {"name": survivor_name, "phone": survivor_phone},
        },
    )
    assert r.status_code == 201, r.text
    survivor = r.json()
    listed = await client.get(
        "/api/v1/complaints", headers=omb.headers, params={"q": "หลุมลึก", "limit": 200}
    )
    merged = next(c for c in listed.json()["items"] if c["tracking_code"] == code)
    r = await client.post(
        f"/api/v1/complaints/{merged['id']}/transitions",
        headers={**omb.headers, "If-Match": f'"{merged["version"]}"'},
        json={"action": "merge", "target_case_id": survivor["id"], "reason": "เรื่องเดียวกัน"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "merged"

    # The surviving case's timeline says which case was merged into it, and the merged
    # case's timeline names the survivor.
    theirs = await client.get(f"/api/v1/complaints/{survivor['id']}/timeline", headers=omb.headers)
    trace = [e for e in theirs.json()["items"] if "merged_from" in e["data"]]
    assert len(trace) == 1
    assert trace[0]["data"]["merged_from"] == {
        "id": merged["id"],
        "case_number": merged["case_number"],
    }
    assert trace[0]["visibility"] == "internal"
    ours = await client.get(f"/api/v1/complaints/{merged['id']}/timeline", headers=omb.headers)
    merge_event = next(e for e in ours.json()["items"] if e["data"].get("action") == "merge")
    assert merge_event["data"]["target_case_id"] == survivor["id"]
    assert merge_event["data"]["target_case_number"] == survivor["case_number"]

    # Public tracking of the merged case points to the surviving case: its number and
    # status, never its tracking code or its complainant's data.
    tracked = await client.get(f"/api/v1/public/complaints/{code}")
    assert tracked.status_code == 200, tracked.text
    body = tracked.json()
    assert body["status"] == "merged"
    assert body["merged_into"]["case_number"] == survivor["case_number"]
    assert body["merged_into"]["status"] == "received"
    assert body["merged_into"]["status_label"]["th"] == "รับเรื่องแล้ว"
    for secret in (survivor["tracking_code"], survivor_name, survivor_phone, survivor["id"]):
        assert secret not in tracked.text
    # An ordinary case has no such link.
    plain = await client.get(f"/api/v1/public/complaints/{survivor['tracking_code']}")
    assert plain.json()["merged_into"] is None


async def test_the_portal_says_which_language_to_write_to_the_citizen_in(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    """Filed from the portal in English: staff see `language: en` beside the contact details
    (and e-mails go out in English, tests/events/test_notifications.py); Thai is the default;
    a language the platform does not speak is a 422."""
    omb = staff["omb"].headers
    languages = {}
    for language in ("en", None):
        body = {**CITIZEN, "title": f"Pothole near the market ({language})"}
        if language:
            body["language"] = language
        r = await client.post("/api/v1/public/complaints", json=body)
        assert r.status_code == 201, r.text
        number = r.json()["case_number"]
        found = await client.get(
            "/api/v1/complaints", params={"sort": "created", "limit": 50}, headers=omb
        )
        (item,) = [i for i in found.json()["items"] if i["case_number"] == number]
        full = (await client.get(f"/api/v1/complaints/{item['id']}", headers=omb)).json()
        languages[language] = full["complainant"]["language"]
    assert languages == {"en": "en", None: "th"}
    r = await client.post("/api/v1/public/complaints", json={**CITIZEN, "language": "fr"})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"][-1] == "language"
