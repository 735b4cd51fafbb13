"""Smart intake over HTTP on both databases: who may ask, what comes back, the public
variant's limit, sub-districts and suggestion outcomes on cases, keyword rules, retraining,
and what training may read."""

from __future__ import annotations

import json
import zlib
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from api.app import create_app
from domain.complaint.lifecycle import ComplaintStatus
from domain.intake.service import IntakeConfig
from domain.maintenance import MaintenanceService
from domain.shared.clock import SystemClock
from infra.db.engine import Database
from infra.db.tables import IntakeModelRow
from infra.db.uow import SqlUnitOfWork
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor, make_api_client, session_key_ring
from tests.support.complaints import service as complaint_service
from tests.support.identity import Staff
from tests.support.intake import (
    CaseSeed,
    category_ids,
    district_points,
    insert_cases,
    intake_service,
)

URL = "/api/v1/intake/suggestions"
PUBLIC_URL = "/api/v1/public/intake/suggestions"
DRAIN = "ฝาท่อหายปากซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง 10310"


async def test_staff_get_place_category_and_agency_with_evidence(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    r = await client.post(URL, json={"text": DRAIN}, headers=staff["coord_dindaeng"].headers)
    assert r.status_code == 200, r.text
    body = r.json()
    top = body["places"][0]
    assert (top["district_code"], top["subdistrict_code"]) == ("1045", "104502")
    assert top["district_name_th"] == "วังทองหลาง" and top["subdistrict_name_en"] == "Saphan Song"
    assert body["place_source"] == "text"
    matched = {(e["kind"], e["text"]) for e in top["evidence"]}
    assert {("subdistrict_name", "สะพานสอง"), ("district_name", "วังทองหลาง")} <= matched
    assert ("postal_code", "10310") in matched
    # 10310 is also Huai Khwang's: it narrows, it does not decide
    assert [p["district_code"] for p in body["places"]][:2] == ["1045", "1017"]
    assert top["confidence"] > body["places"][1]["confidence"]
    # cold start: no model yet, the admins' keyword rules
    assert body["category_source"] == "keywords" and body["model_version"] is None
    cat = body["categories"][0]
    assert cat["service_code"] == "drainage_and_flooding.missing_drain_cover"
    assert {e["text"] for e in cat["evidence"]} == {"ฝาท่อ"}
    # drainage goes to the Drainage and Sewerage Department by the routing rules
    assert body["agency"]["code"] == "DDS"
    assert body["agency"]["category_id"] == cat["category_id"]


async def test_english_abbreviations_and_misspellings(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    cases = {
        "Street light out near the market, Khlong Toei Nuea, Watthana": "1039",
        "ไฟทางดับ ถ.พญาไท ข.ราชเทวี": "1037",
        "ขยะล้น หน้าตลาด เขตจัตุจักร": "1030",
        "noise from a bar in Sathorn district every night": "1028",
        "น้ำท่วมขัง ซ.สุขุมวิท 101 ข บางจาก ข พระโขนง": "1009",
    }
    for text, district in cases.items():
        r = await client.post(URL, json={"text": text}, headers=omb)
        assert r.status_code == 200, r.text
        assert r.json()["places"][0]["district_code"] == district, text
    r = await client.post(URL, json={"text": "ไฟทางดับ ถ.พญาไท ข.ราชเทวี"}, headers=omb)
    categories = [c["service_code"] for c in r.json()["categories"]]
    assert categories[0] == "lighting.street_light_out"
    # agency from the top category and the top district: the district office by default
    assert r.json()["agency"]["code"] == "1037"


async def test_a_point_or_a_chosen_district_is_never_overridden(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    lat, lon = district_points()["1026"]
    omb = staff["omb"].headers
    r = await client.post(
        URL, json={"text": DRAIN, "location": {"lat": lat, "lon": lon}}, headers=omb
    )
    body = r.json()
    assert body["place_source"] == "point"
    assert [p["district_code"] for p in body["places"]] == ["1026"]
    assert body["places"][0]["confidence"] == 1.0
    assert any("1045" in w for w in body["warnings"])
    r = await client.post(URL, json={"text": DRAIN, "district_code": "1034"}, headers=omb)
    assert r.json()["place_source"] == "chosen"
    assert [p["district_code"] for p in r.json()["places"]] == ["1034"]
    # the text still picks the sub-district inside the chosen district
    r = await client.post(URL, json={"text": DRAIN, "district_code": "1045"}, headers=omb)
    assert r.json()["places"][0]["subdistrict_code"] == "104502"
    # outside Bangkok: the text decides, with a warning
    r = await client.post(
        URL, json={"text": DRAIN, "location": {"lat": 13.69, "lon": 100.7501}}, headers=omb
    )
    assert r.json()["places"][0]["district_code"] == "1045"
    assert r.json()["warnings"]


async def test_who_may_ask_and_bad_input(
    client: httpx.AsyncClient,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
) -> None:
    assert (await client.post(URL, json={"text": DRAIN})).status_code == 401
    r = await client.post(URL, json={"text": DRAIN}, headers=staff["admin"].headers)
    assert r.status_code == 403 and r.json()["code"] == "intake.forbidden"
    r = await client.post(URL, json={"text": DRAIN}, headers=api_client.headers)
    assert r.status_code == 200
    for body, field in (
        ({"text": ""}, "text"),
        ({"text": "x" * 5001}, "text"),
        ({"text": DRAIN, "district_code": "99"}, "district_code"),
        ({"text": DRAIN, "limit": 9}, "limit"),
        ({"text": DRAIN, "extra": 1}, "extra"),
    ):
        r = await client.post(URL, json=body, headers=staff["omb"].headers)
        assert r.status_code == 422, body
        assert r.headers["content-type"].startswith("application/problem+json")
        assert field in json.dumps(r.json()["errors"])
    r = await client.post(
        URL, json={"text": DRAIN, "district_code": "1099"}, headers=staff["omb"].headers
    )
    assert r.status_code == 422 and r.json()["code"] == "district.not_found"


async def test_a_client_without_the_create_scope_is_refused(
    client: httpx.AsyncClient, database: Database, jwt_keys_dir: Path
) -> None:
    ring = session_key_ring(jwt_keys_dir)
    reader = await make_api_client(
        database.sessions, ring, "intake_reader", "1026", frozenset({"complaints:read"})
    )
    r = await client.post(URL, json={"text": DRAIN}, headers=reader.headers)
    assert r.status_code == 403


@pytest.fixture
def strict_app(settings: Settings, database: Database) -> FastAPI:
    settings = settings.model_copy(update={"public_suggestions_per_minute": 2})
    return create_app(settings, database=database, mailer=InMemoryMailer())


async def test_public_variant_needs_no_account_and_is_rate_limited(strict_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=strict_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        r = await c.post(PUBLIC_URL, json={"text": DRAIN})
        assert r.status_code == 200
        assert r.headers["cache-control"] == "no-store"
        assert r.json()["places"][0]["district_code"] == "1045"
        assert (await c.post(PUBLIC_URL, json={"text": DRAIN})).status_code == 200
        r = await c.post(PUBLIC_URL, json={"text": DRAIN})
        assert r.status_code == 429
        assert r.json()["code"] == "intake.rate_limited"
        assert int(r.headers["retry-after"]) > 0


async def test_cases_keep_the_subdistrict_and_the_suggestion_outcome(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    omb = staff["omb"].headers
    cats = await category_ids(database)
    shown = {
        "district_code": "1045",
        "subdistrict_code": "104502",
        "category_id": str(cats["drainage_and_flooding.missing_drain_cover"]),
    }
    base = {"title": "ฝาท่อหาย", "description": DRAIN, "channel": "hotline_1676"}
    r = await client.post(
        "/api/v1/complaints",
        json={
            **base,
            "district_code": "1045",
            "subdistrict_code": "104502",
            "category_id": str(cats["drainage_and_flooding.blocked_drain"]),
            "suggestion": shown,
        },
        headers=omb,
    )
    assert r.status_code == 201, r.text
    case = r.json()
    assert case["subdistrict_code"] == "104502"
    outcome = case["intake_suggestion"]
    assert outcome["district"] == "accepted" and outcome["subdistrict"] == "accepted"
    assert outcome["category"] == "overridden"
    assert outcome["suggested"]["category_id"] == shown["category_id"]
    # a sub-district alone places the case in its district
    r = await client.post(
        "/api/v1/complaints", json={**base, "subdistrict_code": "104503"}, headers=omb
    )
    assert r.status_code == 201 and r.json()["district_code"] == "1045"
    assert r.json()["intake_suggestion"] is None
    # filters and statistics by sub-district
    r = await client.get("/api/v1/complaints", params={"subdistrict_code": "104502"}, headers=omb)
    assert [c["id"] for c in r.json()["items"]] == [case["id"]]
    r = await client.get(
        "/api/v1/stats/complaints", params={"subdistrict_code": "104502"}, headers=omb
    )
    assert r.status_code == 200 and r.json()["total"] == 1
    # a sub-district must exist and lie in the chosen district (never overridden)
    for extra, code in (
        ({"district_code": "1026", "subdistrict_code": "104502"}, "subdistrict.district_mismatch"),
        ({"subdistrict_code": "109999"}, "subdistrict.not_found"),
        ({"subdistrict_code": "1045"}, None),
    ):
        r = await client.post("/api/v1/complaints", json={**base, **extra}, headers=omb)
        assert r.status_code == 422, extra
        if code:
            assert r.json()["code"] == code
    lat, lon = district_points()["1026"]
    r = await client.post(
        "/api/v1/complaints",
        json={**base, "location": {"lat": lat, "lon": lon}, "subdistrict_code": "104502"},
        headers=omb,
    )
    assert r.status_code == 422 and r.json()["code"] == "subdistrict.district_mismatch"


async def test_public_complaints_take_the_subdistrict_too(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/api/v1/public/complaints",
        json={
            "title": "ไฟทางดับ",
            "description": "ไฟทางดับทั้งซอย แขวงสะพานสอง",
            "subdistrict_code": "104502",
            "suggestion": {"district_code": "1045", "subdistrict_code": "104502"},
            "consent": {"notice_version": "2026-01"},
        },
    )
    assert r.status_code == 201, r.text


async def test_admins_edit_keyword_rules(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    cats = await category_ids(database)
    other = cats["other"]
    admin = staff["admin"].headers
    path = f"/api/v1/intake/keyword-rules/{other}"
    # the app's snapshot of the rules is loaded here, and an edit through it renews it
    r = await client.post(URL, json={"text": "มีปลาวาฬเกยตื้นในคลอง"}, headers=staff["omb"].headers)
    assert r.json()["categories"] == []
    r = await client.put(path, json={"keywords": ["ปลาวาฬ", " ปลาวาฬ ", "whale"]}, headers=admin)
    assert r.status_code == 200 and r.json()["keywords"] == ["ปลาวาฬ", "whale"]
    r = await client.post(URL, json={"text": "มีปลาวาฬเกยตื้นในคลอง"}, headers=staff["omb"].headers)
    assert r.json()["categories"][0]["category_id"] == str(other)
    listed = await client.get("/api/v1/intake/keyword-rules", headers=staff["omb"].headers)
    assert any(i["category_id"] == str(other) for i in listed.json()["items"])
    audit = await client.get(
        "/api/v1/audit-log", params={"entity_type": "intake_keyword_rule"}, headers=admin
    )
    assert audit.json()["items"][0]["after"] == {"keywords": ["ปลาวาฬ", "whale"]}
    r = await client.put(path, json={"keywords": []}, headers=admin)
    assert r.status_code == 200 and r.json()["keywords"] == []
    listed = await client.get("/api/v1/intake/keyword-rules", headers=admin)
    assert all(i["category_id"] != str(other) for i in listed.json()["items"])
    r = await client.put(path, json={"keywords": ["x"]}, headers=staff["coord_dindaeng"].headers)
    assert r.status_code == 403
    r = await client.put(
        "/api/v1/intake/keyword-rules/00000000-0000-0000-0000-000000000000",
        json={"keywords": ["x"]},
        headers=admin,
    )
    assert r.status_code == 404 and r.json()["code"] == "category.not_found"


LAMP = "ไฟทางดับทั้งซอย มืดมาก"
DRAINS = "ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็น"
SECRET_WORD = "zqxjvw"  # only in a confidential case
PHONE = "0819998877"
EMAIL = "secret.person@example.com"
NAME = "Wqyzkp Complainant"


def _training_seeds() -> list[CaseSeed]:
    seeds = []
    for n in range(6):
        seeds.append(
            CaseSeed(
                f"{LAMP} ซอยลาดพร้าว 71 หลังที่ {n} โทร {PHONE} {EMAIL}",
                "lighting.street_light_out",
                "1045",
                located=True,
                complainant_name=NAME,
                complainant_phone=PHONE,
            )
        )
        seeds.append(CaseSeed(f"{DRAINS} ครั้งที่ {n}", "drainage_and_flooding.blocked_drain", "1026"))
    seeds.append(
        CaseSeed(f"{LAMP} {SECRET_WORD}", "lighting.street_light_out", "1026", confidential=True)
    )
    seeds.append(
        CaseSeed(
            f"{DRAINS} qqwithdrawnqq",
            "drainage_and_flooding.blocked_drain",
            "1026",
            status=ComplaintStatus.WITHDRAWN,
        )
    )
    return seeds


async def test_maintenance_trains_a_model_from_what_policy_allows_only(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    await insert_cases(database, _training_seeds())
    intake = intake_service(database, IntakeConfig(min_cases=10, retrain_after=5))
    report = await MaintenanceService(
        lambda: SqlUnitOfWork(database.sessions),
        SystemClock(),
        complaint_service(database),
        timedelta(hours=8),
        intake,
    ).run()
    assert report.intake is not None and report.intake.trained
    assert report.intake.training_cases >= 12
    async with database.sessions() as s:
        rows = (await s.execute(select(IntakeModelRow))).scalars().all()
    model = next(r for r in rows if r.kind == "category")
    stored = zlib.decompress(model.payload).decode()
    params = json.loads(stored)
    vocabulary = params["vocabulary"]
    # no personal data: contact fields are never read, contact details in the text are
    # replaced before featurising, confidential and withdrawn cases are left out
    for secret in ("9998", "8877", "secr", "exam", "wqyz", "zqxj", "qqwi"):
        assert not any(secret in g for g in vocabulary), secret
    assert "<pho" in vocabulary or "phon" in vocabulary
    # the app picks the new version up at the next request
    r = await client.post(URL, json={"text": LAMP}, headers=staff["omb"].headers)
    body = r.json()
    assert body["category_source"] == "model"
    assert body["model_version"] == model.version
    assert body["categories"][0]["service_code"] == "lighting.street_light_out"
    assert body["categories"][0]["evidence"]
    # the road index learnt ซอยลาดพร้าว 71 from located cases in Wang Thonglang
    r = await client.post(URL, json={"text": "ไฟดับ ปากซอยลาดพร้าว 71"}, headers=staff["omb"].headers)
    top = r.json()["places"][0]
    assert top["district_code"] == "1045"
    assert any(e["kind"] == "road" and e["text"] == "ลาดพร้าว 71" for e in top["evidence"])
    # too few new cases since: no retraining, the road index is rebuilt all the same
    again = await intake.retrain()
    assert not again.trained and again.model_version == model.version
    assert again.roads_version is not None and model.version is not None
    assert again.roads_version > model.version


async def test_intake_fills_in_the_subdistrict_the_text_names_inside_the_known_district(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    base = {"title": "ไฟทางดับ", "channel": "hotline_1676"}

    async def filed(**extra: object) -> dict[str, object]:
        r = await client.post("/api/v1/complaints", json={**base, **extra}, headers=omb)
        assert r.status_code == 201, r.text
        body: dict[str, object] = r.json()
        return body

    case = await filed(description="ไฟดับทั้งซอย แขวงสะพานสอง", district_code="1045")
    assert (case["district_code"], case["subdistrict_code"]) == ("1045", "104502")
    # the district stays the person's: a sub-district of another district is not taken
    case = await filed(description="ไฟดับทั้งซอย แขวงสะพานสอง", district_code="1026")
    assert (case["district_code"], case["subdistrict_code"]) == ("1026", None)
    # a postal code alone only hints: no sub-district
    case = await filed(description="ไฟดับทั้งซอย กรุงเทพ 10310", district_code="1045")
    assert case["subdistrict_code"] is None
    # no district known: nothing is filled in (the suggestions are for the person to take)
    case = await filed(description="ไฟดับทั้งซอย แขวงสะพานสอง เขตวังทองหลาง")
    assert (case["district_code"], case["subdistrict_code"]) == (None, None)


async def test_moving_a_case_to_another_district_drops_its_subdistrict(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    points = district_points()
    lat, lon = points["1045"]
    r = await client.post(
        "/api/v1/complaints",
        json={
            "title": "ไฟทางดับ",
            "description": "ไฟดับทั้งซอย แขวงสะพานสอง",
            "channel": "line",
            "location": {"lat": lat, "lon": lon},
        },
        headers=omb,
    )
    case = r.json()
    assert (case["district_code"], case["subdistrict_code"]) == ("1045", "104502")
    lat, lon = points["1026"]
    r = await client.patch(
        f"/api/v1/complaints/{case['id']}",
        json={"location": {"lat": lat, "lon": lon}},
        headers={**omb, "If-Match": r.headers["etag"]},
    )
    assert r.status_code == 200, r.text
    assert (r.json()["district_code"], r.json()["subdistrict_code"]) == ("1026", None)
