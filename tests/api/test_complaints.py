"""Complaint cases over HTTP on both databases: the FAST TRACK scenario and its rules."""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from domain.complaint.model import Channel, EventKind, TimelineEntry, Visibility
from domain.complaint.service import Idempotency, IdempotencyInProgress, NewComplaint
from domain.shared.principal import Role
from infra.db import migrate
from infra.db.engine import Database, build_sessionmaker
from infra.db.uow import SqlUnitOfWork
from infra.seed import seed_reference_data
from tests.support.api_clients import make_api_client, session_key_ring
from tests.support.complaints import principal, service
from tests.support.databases import fresh_database
from tests.support.identity import Staff, make_staff

ZEBRA: dict[str, Any] = {
    "title": "ทางม้าลายหน้าโรงเรียนสีซีดจาง",
    "description": "ขอให้ทาสีทางม้าลายหน้าโรงเรียนใหม่ รถไม่หยุดให้เด็กข้าม",
    "channel": "hotline_1676",
    "channel_ref": "CALL-2569-11-28-0042",
    "district_code": "1026",
    "fast_track": True,
    "urgency": "high",
    "complainant": {"name": "สมชาย ใจดี", "phone": "0812345678", "email": "somchai@example.com"},
    "consent": {"version": "2026-01", "given_at": "2026-11-28T09:15:00+07:00"},
}


def _h(s: Staff, **extra: str) -> dict[str, str]:
    return {**s.headers, **extra}


async def _transition(client: httpx.AsyncClient, who: Staff, case: dict, **body: object) -> dict:  # type: ignore[type-arg]
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers=_h(who, **{"If-Match": f'"{case["version"]}"'}),
        json=body,
    )
    assert r.status_code == 200, r.text
    assert r.headers["etag"] == f'"{r.json()["version"]}"'
    return r.json()  # type: ignore[no-any-return]


async def test_fast_track_scenario(client: httpx.AsyncClient, staff: dict[str, Staff]) -> None:
    omb, coord, admin = staff["omb"], staff["coord_dindaeng"], staff["admin"]
    # Din Daeng's assistant district director for administration is its primary coordinator.
    r = await client.post(
        "/api/v1/coordinators",
        headers=admin.headers,
        json={
            "agency_id": str(coord.agency_id),
            "name": "สมหญิง ประสานดี",
            "title_th": "ผู้ช่วยผู้อำนวยการเขตสั่งราชการฝ่ายปกครอง",
            "is_primary": True,
            "user_id": str(coord.id),
        },
    )
    assert r.status_code == 201, r.text
    coordinator_id = r.json()["id"]
    zebra_category = (
        await client.get("/api/v1/categories", headers=omb.headers, params={"q": "ทางม้าลาย"})
    ).json()["items"][0]
    assert zebra_category["mou_area_id"] == 5
    body = {**ZEBRA, "category_id": zebra_category["id"]}
    # A citizen calls 1676; an OMB officer records the case.
    r = await client.post(
        "/api/v1/complaints", headers=_h(omb, **{"Idempotency-Key": "k-1"}), json=body
    )
    assert r.status_code == 201, r.text
    case = r.json()
    assert re.fullmatch(r"FT-25\d\d-\d{6}", case["case_number"])
    assert case["channel"] == "hotline_1676" and case["status"] == "received"
    assert case["title"] == ZEBRA["title"]  # Thai stored exactly
    assert case["complainant"]["phone"] == "0812345678"  # OMB sees personal data
    assert r.headers["cache-control"] == "no-store"

    # An idempotent retry creates no second case.
    again = await client.post(
        "/api/v1/complaints", headers=_h(omb, **{"Idempotency-Key": "k-1"}), json=body
    )
    assert again.status_code == 201 and again.json()["id"] == case["id"]
    assert again.headers["idempotent-replayed"] == "true"
    other = await client.post(
        "/api/v1/complaints",
        headers=_h(omb, **{"Idempotency-Key": "k-1"}),
        json={**ZEBRA, "title": "อื่น"},
    )
    assert other.status_code == 422 and other.json()["code"] == "idempotency.key_reused"

    # Triage routes it to the Din Daeng district office; the officer accepts.
    case = await _transition(client, omb, case, action="triage")
    assert case["proposed_agency_id"] == str(coord.agency_id)
    assert case["proposed_coordinator_id"] == coordinator_id
    assert case["mou_area_id"] == 5  # traffic discipline and zebra crossings
    case = await _transition(client, omb, case, action="assign")
    assert case["coordinator_id"] == coordinator_id
    assert case["status"] == "assigned" and case["lead_agency_id"] == str(coord.agency_id)

    # The coordinator logs a LINE coordination message and a field visit.
    for entry in (
        {
            "kind": "coordination_message",
            "channel": "line_group",
            "counterpart": "ฝ่ายโยธา เขตดินแดง",
            "text": "แจ้งให้ทาสีทางม้าลายภายในสัปดาห์นี้",
        },
        {
            "kind": "field_visit",
            "planned_date": "2026-11-30",
            "done_date": "2026-11-30",
            "outcome": "ทาสีใหม่เรียบร้อย",
        },
    ):
        r = await client.post(
            f"/api/v1/complaints/{case['id']}/timeline", headers=coord.headers, json=entry
        )
        assert r.status_code == 201, r.text
    r = await client.get(f"/api/v1/complaints/{case['id']}", headers=coord.headers)
    case = r.json()
    case = await _transition(client, coord, case, action="start")
    case = await _transition(client, coord, case, action="resolve", resolution="ทาสีทางม้าลายใหม่แล้ว")
    assert case["status"] == "resolved" and case["is_open"] is False
    assert case["first_response_at"] is not None

    timeline = (
        await client.get(f"/api/v1/complaints/{case['id']}/timeline", headers=coord.headers)
    ).json()["items"]
    kinds = [e["kind"] for e in timeline]
    assert kinds[0] == "created"
    assert "coordination_message" in kinds and "field_visit" in kinds and "assigned" in kinds
    message = next(e for e in timeline if e["kind"] == "coordination_message")
    assert message["data"]["channel"] == "line_group"
    assert message["actor_id"] == str(coord.id)

    # A coordinator of Suan Luang cannot see it at all.
    r = await client.get(
        f"/api/v1/complaints/{case['id']}", headers=staff["coord_suanluang"].headers
    )
    assert r.status_code == 404 and r.json()["code"] == "complaint.not_found"

    # A stale If-Match is refused.
    r = await client.patch(
        f"/api/v1/complaints/{case['id']}",
        headers=_h(coord, **{"If-Match": '"1"'}),
        json={"urgency": "low"},
    )
    assert r.status_code == 412 and r.json()["code"] == "precondition.failed"


async def test_if_match_is_required_and_illegal_actions_list_allowed_ones(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    case = (await client.post("/api/v1/complaints", headers=omb.headers, json=ZEBRA)).json()
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers=omb.headers,
        json={"action": "triage"},
    )
    assert r.status_code == 428 and r.json()["code"] == "precondition.required"
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers=_h(omb, **{"If-Match": f'"{case["version"]}"'}),
        json={"action": "resolve", "resolution": "x"},
    )
    assert r.status_code == 409
    body = r.json()
    assert body["code"] == "complaint.illegal_transition"
    assert set(body["allowed_actions"]) == {"triage", "reject", "withdraw", "merge"}
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers=_h(omb, **{"If-Match": f'"{case["version"]}"'}),
        json={"action": "reject"},
    )
    assert r.status_code == 422
    assert {tuple(e["loc"]) for e in r.json()["errors"]} == {
        ("body", "reason"),
        ("body", "referred_to"),
    }


async def test_location_resolves_district_and_outside_bangkok_is_kept(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    body = {**ZEBRA, "district_code": None, "location": {"lat": 13.7649, "lon": 100.5383}}
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=body)
    assert r.json()["district_code"] == "1037"  # Victory Monument, Ratchathewi
    assert r.json()["needs_triage"] is False
    body["location"] = {"lat": 13.6900, "lon": 100.7501, "address": "สนามบินสุวรรณภูมิ"}
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=body)
    assert r.status_code == 201
    case = r.json()
    assert case["district_code"] is None
    assert case["needs_triage"] is True and case["flagged_for_omb"] is True
    assert case["location"]["address"] == "สนามบินสุวรรณภูมิ"


async def test_personal_data_by_role_and_the_same_etag(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    case = (await client.post("/api/v1/complaints", headers=omb.headers, json=ZEBRA)).json()
    case = await _transition(client, omb, case, action="triage")
    case = await _transition(client, omb, case, action="assign")
    full = await client.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
    coord = await client.get(
        f"/api/v1/complaints/{case['id']}", headers=staff["coord_dindaeng"].headers
    )
    member = await client.get(
        f"/api/v1/complaints/{case['id']}", headers=staff["staff_dindaeng"].headers
    )
    admin = await client.get(f"/api/v1/complaints/{case['id']}", headers=staff["admin"].headers)
    assert full.json()["complainant"]["phone"] == "0812345678"
    assert coord.json()["complainant"]["phone"] == "0812345678"  # lead coordinator
    assert member.json()["complainant"]["phone"] == "08x-xxx-5678"  # staff not assigned
    assert member.json()["complainant"]["name"] == "ส***"
    assert admin.json()["complainant"]["email"] == "s***@example.com"
    assert admin.json()["complainant"]["personal_data"] == "masked"
    assert len({full.headers["etag"], coord.headers["etag"], member.headers["etag"]}) == 1

    secret = {**ZEBRA, "complainant": {**ZEBRA["complainant"], "confidential": True}}
    case = (await client.post("/api/v1/complaints", headers=omb.headers, json=secret)).json()
    case = await _transition(client, omb, case, action="triage")
    case = await _transition(client, omb, case, action="assign")
    r = await client.get(
        f"/api/v1/complaints/{case['id']}", headers=staff["coord_dindaeng"].headers
    )
    complainant = r.json()["complainant"]
    assert complainant["personal_data"] == "hidden"
    assert complainant["phone"] is None and complainant["name"] is None
    assert "0812345678" not in r.text and "สมชาย" not in r.text


async def test_assignment_override_transfer_flag_and_co_handling(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb, dds, suan = staff["omb"], staff["coord_dds"], staff["coord_suanluang"]
    case = (await client.post("/api/v1/complaints", headers=omb.headers, json=ZEBRA)).json()
    case = await _transition(client, omb, case, action="triage")
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers=_h(omb, **{"If-Match": f'"{case["version"]}"'}),
        json={"action": "assign", "agency_id": str(dds.agency_id)},
    )
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "reason"]
    case = await _transition(
        client, omb, case, action="assign", agency_id=str(dds.agency_id), reason="เป็นเรื่องท่อระบายน้ำ"
    )
    assert case["lead_agency_id"] == str(dds.agency_id)
    # The lead coordinator invites Suan Luang to co-handle.
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/co-handlers",
        headers=dds.headers,
        json={"agency_id": str(suan.agency_id), "reason": "พื้นที่คาบเกี่ยว"},
    )
    assert r.status_code == 200
    case = r.json()
    r = await client.get(f"/api/v1/complaints/{case['id']}", headers=suan.headers)
    assert r.status_code == 200 and r.json()["allowed_actions"] == []
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/timeline",
        headers=suan.headers,
        json={"kind": "note", "text": "รับทราบ"},
    )
    assert r.status_code == 201
    r = await client.post(
        f"/api/v1/complaints/{case['id']}/transitions",
        headers=_h(suan, **{"If-Match": f'"{case["version"]}"'}),
        json={"action": "start"},
    )
    assert r.status_code == 403
    # Transfers beyond the threshold flag the case for OMB officers.
    targets = [staff["coord_dindaeng"].agency_id, dds.agency_id, staff["coord_dindaeng"].agency_id]
    for target in targets:
        case = await _transition(
            client, omb, case, action="transfer", agency_id=str(target), reason="ส่งต่อ"
        )
    assert case["transfer_count"] == 3 and case["flagged_for_omb"] is True


async def test_timeline_cannot_be_edited(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    case = (await client.post("/api/v1/complaints", headers=omb.headers, json=ZEBRA)).json()
    url = f"/api/v1/complaints/{case['id']}/timeline"
    for method in ("PUT", "PATCH", "DELETE"):
        assert (await client.request(method, url, headers=omb.headers)).status_code == 405
    assert (
        await client.delete(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
    ).status_code == 405


async def test_concurrent_intake_gets_distinct_case_numbers(backend: str, tmp_path: Path) -> None:
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            svc = service(db)
            actor = principal(omb)

            async def intake(i: int) -> str:
                view = await svc.create(
                    actor,
                    NewComplaint(
                        title=f"เรื่องที่ {i}",
                        description="ทดสอบพร้อมกัน",
                        channel=Channel.line,
                        district_code="1026",
                    ),
                )
                return view.complaint.case_number

            numbers = await asyncio.gather(*(intake(i) for i in range(20)))
        finally:
            await db.dispose()
    assert len(set(numbers)) == 20
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert serials == list(range(1, 21))


async def test_idempotency_in_progress_is_409_on_postgresql(backend: str, tmp_path: Path) -> None:
    """While the first request holds its key, a retry is refused (IdempotencyInProgress,
    a Conflict: 409). SQLite serialises writers instead: a retry waits and then replays."""
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers; a concurrent retry waits and then replays")
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            actor = principal(omb)
            holder = SqlUnitOfWork(build_sessionmaker(db.engine))
            async with holder as uow:
                assert await uow.idempotency.acquire(f"user:{omb.id}", "busy-key")
                with pytest.raises(IdempotencyInProgress):
                    await service(db).create(
                        actor,
                        NewComplaint(title="t", description="d", channel=Channel.web),
                        Idempotency("busy-key", "h" * 64),
                    )
        finally:
            await db.dispose()


async def test_possible_duplicates_are_flagged_at_intake(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    school = {"lat": 13.7699, "lon": 100.5605}
    first = (
        await client.post(
            "/api/v1/complaints", headers=omb.headers, json={**ZEBRA, "location": school}
        )
    ).json()
    # The same faded crossing reported again, about 50 m away, through LINE.
    nearby = {"lat": 13.7703, "lon": 100.5607}
    second = (
        await client.post(
            "/api/v1/complaints",
            headers=omb.headers,
            json={**ZEBRA, "channel": "line", "location": nearby},
        )
    ).json()
    unrelated = (
        await client.post(
            "/api/v1/complaints",
            headers=omb.headers,
            json={
                **ZEBRA,
                "title": "ขยะล้นถังหน้าตลาด",
                "description": "ไม่มีรถมาเก็บขยะสามวันแล้ว",
                "location": nearby,
            },
        )
    ).json()

    async def flags(case: dict) -> list[dict]:  # type: ignore[type-arg]
        r = await client.get(f"/api/v1/complaints/{case['id']}/timeline", headers=omb.headers)
        return [e for e in r.json()["items"] if e["kind"] == "flagged"]

    flagged = await flags(second)
    assert len(flagged) == 1 and flagged[0]["visibility"] == "internal"
    top = flagged[0]["data"]["candidates"][0]
    assert top["id"] == first["id"] and top["case_number"] == first["case_number"]
    assert "nearby" in top["reasons"] and "similar_text" in top["reasons"]
    assert await flags(first) == []
    assert all(
        c["id"] != second["id"] for f in await flags(unrelated) for c in f["data"]["candidates"]
    )


SUAN_LUANG_POINT = {"lat": 13.73, "lon": 100.63}  # district 1034
CHIANG_MAI_POINT = {"lat": 18.79, "lon": 98.98}  # outside Bangkok


async def test_a_district_contradicting_the_location_is_refused(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    wrong = {**ZEBRA, "location": SUAN_LUANG_POINT}  # says Din Daeng (1026)
    for url, body, headers in (
        ("/api/v1/complaints", wrong, omb.headers),
        (
            "/api/v1/public/complaints",
            {
                "title": ZEBRA["title"],
                "description": ZEBRA["description"],
                "district_code": "1026",
                "location": SUAN_LUANG_POINT,
                "consent": {"notice_version": "2026-01"},
            },
            {},
        ),
    ):
        r = await client.post(url, headers=headers, json=body)
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["code"] == "complaint.district_mismatch"
        assert problem["district_code"] == "1026"
        assert problem["location_district_code"] == "1034"
        assert "1026" in problem["detail"] and "1034" in problem["detail"]
        assert problem["errors"][0]["loc"] == ["body", "district_code"]

    # The caller says the point is only approximate: the given district is kept.
    r = await client.post(
        "/api/v1/complaints",
        headers=omb.headers,
        json={**ZEBRA, "location": {**SUAN_LUANG_POINT, "approximate": True}},
    )
    assert r.status_code == 201, r.text
    case = r.json()
    assert case["district_code"] == "1026" and not case["flagged_for_omb"]
    timeline = await client.get(f"/api/v1/complaints/{case['id']}/timeline", headers=omb.headers)
    created = next(e for e in timeline.json()["items"] if e["kind"] == "created")
    assert created["data"]["location_approximate"] is True

    # A point that agrees is fine; a point outside Bangkok is kept and flagged, as before.
    agrees = {**ZEBRA, "location": {"lat": 13.77, "lon": 100.553}}
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=agrees)
    assert r.status_code == 201 and r.json()["district_code"] == "1026"
    outside = {**ZEBRA, "location": CHIANG_MAI_POINT}
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=outside)
    assert r.status_code == 201, r.text
    assert r.json()["district_code"] == "1026"
    assert r.json()["flagged_for_omb"] and r.json()["needs_triage"]

    # Editing the location: an approximate point keeps the case's district.
    edited = await client.patch(
        f"/api/v1/complaints/{case['id']}",
        headers=_h(omb, **{"If-Match": f'"{case["version"]}"'}),
        json={"location": {"lat": 13.72, "lon": 100.65, "approximate": True}},
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["district_code"] == "1026"


async def test_timeline_replay_answers_the_original_entry_by_its_key(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    """A replayed Idempotency-Key on a timeline entry answers the original entry with
    `Idempotent-Replayed: true`, found by its key however long the timeline is."""
    omb = staff["omb"]
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=ZEBRA)
    case = r.json()
    # A busy case: more than the 200 entries a scan of its timeline would look at.
    async with SqlUnitOfWork(database.sessions) as uow:
        c = await uow.complaints.get(uuid.UUID(case["id"]))
        assert c is not None
        for n in range(205):
            await uow.complaints.append_event(
                TimelineEntry(
                    id=uuid.uuid4(),
                    complaint_id=c.id,
                    at=c.created_at + timedelta(seconds=n + 1),
                    kind=EventKind.note,
                    visibility=Visibility.internal,
                    actor_kind="user",
                    actor_id=omb.id,
                    request_id=None,
                    data={"text": f"บันทึก {n}"},
                )
            )
        await uow.commit()
    url = f"/api/v1/complaints/{case['id']}/timeline"
    body = {"kind": "note", "text": "โทรแจ้งเขตแล้ว"}
    first = await client.post(url, headers=_h(omb, **{"Idempotency-Key": "note-1"}), json=body)
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    again = await client.post(url, headers=_h(omb, **{"Idempotency-Key": "note-1"}), json=body)
    assert again.status_code == 201, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    notes = []
    params: dict[str, Any] = {"limit": 200}
    while True:
        page = await client.get(url, headers=omb.headers, params=params)
        notes += [e for e in page.json()["items"] if e["data"].get("text") == body["text"]]
        if not page.json()["next_cursor"]:
            break
        params["cursor"] = page.json()["next_cursor"]
    assert [e["id"] for e in notes] == [first.json()["id"]]


async def test_a_create_only_partner_gets_its_original_201_on_replay(
    client: httpx.AsyncClient, database: Database, jwt_keys_dir: Path
) -> None:
    partner = await make_api_client(
        database.sessions,
        session_key_ring(jwt_keys_dir),
        "create_only",
        "1026",
        frozenset({"complaints:create"}),
    )
    body = {k: v for k, v in ZEBRA.items() if k != "channel"} | {"channel": "partner_api"}
    headers = {**partner.headers, "Idempotency-Key": "ticket-77"}
    first = await client.post("/api/v1/complaints", headers=headers, json=body)
    assert first.status_code == 201, first.text
    again = await client.post("/api/v1/complaints", headers=headers, json=body)
    assert again.status_code == 201, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["case_number"] == first.json()["case_number"]
    # Still no reading of cases without complaints:read.
    read = await client.get(f"/api/v1/complaints/{first.json()['id']}", headers=partner.headers)
    assert read.status_code in (403, 404)
