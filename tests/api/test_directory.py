"""The directory over HTTP on both databases: agencies, coordinators, categories, routing rules
and the routing preview, with the issue's "done when" checks."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from api.app import create_app
from domain.shared.principal import Role
from infra.db.engine import Database
from infra.db.tables import OutboxEventRow, table_of
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff, make_staff

API = "/api/v1"


@pytest.fixture
def admin(staff: dict[str, Staff]) -> dict[str, str]:
    return staff["admin"].headers


@pytest.fixture
def reader(staff: dict[str, Staff]) -> dict[str, str]:
    return staff["staff_suanluang"].headers


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


async def _agency(client: httpx.AsyncClient, headers: dict[str, str], code: str) -> Any:
    page = await _ok(await client.get(f"{API}/agencies", params={"q": code}, headers=headers))
    return next(a for a in page["items"] if a["code"] == code)


async def _category(client: httpx.AsyncClient, headers: dict[str, str], code: str) -> Any:
    r = await client.get(f"{API}/categories", params={"q": code, "limit": 200}, headers=headers)
    return next(c for c in (await _ok(r))["items"] if c["service_code"] == code)


async def _preview(
    client: httpx.AsyncClient, headers: dict[str, str], **body: Any
) -> httpx.Response:
    return await client.post(f"{API}/routing/preview", json=body, headers=headers)


async def _audit(
    client: httpx.AsyncClient, admin: dict[str, str], entity_type: str, entity_id: str
) -> list[Any]:
    r = await client.get(
        f"{API}/audit-log",
        params={"entity_type": entity_type, "entity_id": entity_id},
        headers=admin,
    )
    return list((await _ok(r))["items"])


async def _coordinator(
    client: httpx.AsyncClient, admin: dict[str, str], agency_id: str, name: str, **extra: Any
) -> httpx.Response:
    return await client.post(
        f"{API}/coordinators", json={"agency_id": agency_id, "name": name, **extra}, headers=admin
    )


def _problem(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = r.json()
    assert body["code"] == code, body
    return body


# --- routing: the scenarios ----------------------------------------------------------


async def test_drainage_in_din_daeng_goes_to_dds_then_to_the_district_office(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    drainage = await _category(client, reader, "drainage_and_flooding")
    blocked = await _category(client, reader, "drainage_and_flooding.blocked_drain")
    for category in (drainage, blocked):
        r = await _preview(client, reader, category_id=category["id"], district_code="1026")
        decision = await _ok(r)
        assert decision["agency"]["code"] == "DDS"
        assert decision["agency"]["name_en"] == "Drainage and Sewerage Department"
        assert decision["district_code"] == "1026"

    rules = await _ok(
        await client.get(
            f"{API}/routing-rules", params={"category_id": drainage["id"]}, headers=reader
        )
    )
    (seeded,) = rules["items"]
    assert seeded["target_kind"] == "agency"
    assert decision["rule_id"] == seeded["id"]

    await _ok(await client.delete(f"{API}/routing-rules/{seeded['id']}", headers=admin), 204)

    decision = await _ok(
        await _preview(client, reader, category_id=drainage["id"], district_code="1026")
    )
    assert decision["agency"]["code"] == "1026"
    assert decision["agency"]["name_en"] == "Din Daeng District Office"
    assert decision["rule_id"] != seeded["id"]
    assert decision["coordinator"] is None
    assert decision["warning"] == "The agency has no available coordinator"

    gone = await client.get(f"{API}/routing-rules/{seeded['id']}", headers=reader)
    _problem(gone, 404, "routing_rule.not_found")
    (entry,) = await _audit(client, admin, "routing_rule", seeded["id"])
    assert entry["action"] == "routing_rule.delete"
    assert entry["before"]["target_agency_id"] == seeded["target_agency_id"]


async def test_a_primary_on_leave_hands_over_to_the_first_backup(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    office = await _agency(client, reader, "1026")
    primary = await _ok(
        await _coordinator(client, admin, office["id"], "ผอ.ฝ่ายปกครอง", is_primary=True), 201
    )
    await _ok(await _coordinator(client, admin, office["id"], "สำรองสอง", backup_rank=2), 201)
    first = await _ok(
        await _coordinator(client, admin, office["id"], "สำรองหนึ่ง", backup_rank=1), 201
    )
    misconduct = await _category(client, reader, "misconduct")

    decision = await _ok(
        await _preview(client, reader, category_id=misconduct["id"], district_code="1026")
    )
    assert decision["coordinator"]["id"] == primary["id"]
    assert decision["warning"] is None

    r = await client.patch(
        f"{API}/coordinators/{primary['id']}",
        json={"status": "on_leave"},
        headers=admin | {"If-Match": '"1"'},
    )
    assert (await _ok(r))["status"] == "on_leave"
    assert r.headers["etag"] == '"2"'

    decision = await _ok(
        await _preview(client, reader, category_id=misconduct["id"], district_code="1026")
    )
    assert decision["agency"]["code"] == "1026"
    assert decision["coordinator"]["id"] == first["id"]
    assert decision["coordinator"]["backup_rank"] == 1


async def test_a_second_primary_is_a_conflict_but_the_swap_succeeds(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    dds = await _agency(client, reader, "DDS")
    old = await _ok(
        await _coordinator(client, admin, dds["id"], "เลขานุการสำนัก", is_primary=True), 201
    )
    assert old["level"] == "bureau"  # defaulted from the agency's kind

    second = await _coordinator(client, admin, dds["id"], "รองเลขานุการ", is_primary=True)
    _problem(second, 409, "coordinator.primary_exists")

    new = await _ok(await _coordinator(client, admin, dds["id"], "รองเลขานุการ"), 201)
    r = await client.patch(
        f"{API}/coordinators/{new['id']}",
        json={"is_primary": True},
        headers=admin | {"If-Match": '"1"'},
    )
    _problem(r, 409, "coordinator.primary_exists")

    r = await client.put(
        f"{API}/agencies/{dds['id']}/primary-coordinator",
        json={"coordinator_id": new["id"]},
        headers=admin,
    )
    swapped = await _ok(r)
    assert swapped["id"] == new["id"] and swapped["is_primary"] is True
    demoted = await _ok(await client.get(f"{API}/coordinators/{old['id']}", headers=reader))
    assert demoted["is_primary"] is False
    page = await _ok(
        await client.get(f"{API}/coordinators", params={"agency_id": dds["id"]}, headers=reader)
    )
    assert [c["id"] for c in page["items"] if c["is_primary"]] == [new["id"]]

    (entry,) = [
        e
        for e in await _audit(client, admin, "agency", dds["id"])
        if e["action"] == "agency.set_primary_coordinator"
    ]
    assert entry["before"] == {"primary_coordinator_id": old["id"]}
    assert entry["after"] == {"primary_coordinator_id": new["id"]}

    # Swapping back works the same way; a coordinator of another agency cannot be named.
    r = await client.put(
        f"{API}/agencies/{dds['id']}/primary-coordinator",
        json={"coordinator_id": old["id"]},
        headers=admin,
    )
    assert (await _ok(r))["is_primary"] is True
    office = await _agency(client, reader, "1026")
    stranger = await _ok(await _coordinator(client, admin, office["id"], "คนเขต"), 201)
    r = await client.put(
        f"{API}/agencies/{dds['id']}/primary-coordinator",
        json={"coordinator_id": stranger["id"]},
        headers=admin,
    )
    _problem(r, 422, "coordinator.agency_mismatch")


async def test_a_bureau_level_coordinator_on_a_district_office_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    office = await _agency(client, reader, "1026")
    r = await _coordinator(client, admin, office["id"], "ผิดระดับ", level="bureau")
    body = _problem(r, 422, "coordinator.level_mismatch")
    assert body["expected_level"] == "district"
    assert body["errors"][0]["loc"] == ["body", "level"]

    ok = await _ok(await _coordinator(client, admin, office["id"], "ถูกระดับ"), 201)
    r = await client.patch(
        f"{API}/coordinators/{ok['id']}",
        json={"level": "bureau"},
        headers=admin | {"If-Match": '"1"'},
    )
    _problem(r, 422, "coordinator.level_mismatch")


@pytest.mark.parametrize(
    ("lat", "lon", "district"),
    [(13.7649, 100.5383, "1037"), (13.7567, 100.5018, "1001")],
    ids=["victory-monument-ratchathewi", "democracy-monument-phra-nakhon"],
)
async def test_preview_by_location_finds_the_district(
    client: httpx.AsyncClient, reader: dict[str, str], lat: float, lon: float, district: str
) -> None:
    misconduct = await _category(client, reader, "misconduct")
    r = await _preview(
        client, reader, category_id=misconduct["id"], location={"lat": lat, "lon": lon}
    )
    decision = await _ok(r)
    assert decision["district_code"] == district
    assert decision["agency"]["code"] == district
    assert decision["agency"]["kind"] == "district_office"


async def test_preview_outside_bangkok_is_a_problem(
    client: httpx.AsyncClient, reader: dict[str, str]
) -> None:
    misconduct = await _category(client, reader, "misconduct")
    r = await _preview(
        client,
        reader,
        category_id=misconduct["id"],
        location={"lat": 13.6900, "lon": 100.7501},  # Suvarnabhumi Airport
    )
    body = _problem(r, 422, "routing.outside_bangkok")
    assert body["errors"][0]["loc"] == ["body", "location"]

    r = await client.post(
        f"{API}/routing/preview",
        json={"category_id": misconduct["id"], "location": {"lat": 13.69, "lon": 100.75}},
        headers=reader | {"Accept-Language": "th"},
    )
    assert r.json()["detail"] == "ตำแหน่งที่ระบุไม่อยู่ในเขตใดของกรุงเทพมหานคร"


async def test_preview_problems(
    client: httpx.AsyncClient, reader: dict[str, str], staff: dict[str, Staff]
) -> None:
    misconduct = await _category(client, reader, "misconduct")
    both = await _preview(
        client,
        reader,
        category_id=misconduct["id"],
        district_code="1026",
        location={"lat": 13.7649, "lon": 100.5383},
    )
    _problem(both, 422, "routing.district_and_location")
    unknown = await _preview(client, reader, category_id=misconduct["id"], district_code="1099")
    _problem(unknown, 422, "routing.unknown_district")
    nowhere = await _preview(client, reader, category_id=misconduct["id"])
    _problem(nowhere, 422, "routing.no_district")
    no_category = await _preview(
        client, reader, category_id=staff["admin"].id.hex, district_code="1026"
    )
    _problem(no_category, 422, "routing.unknown_category")
    # An agency target needs no district.
    drainage = await _category(client, reader, "drainage_and_flooding")
    assert (await _ok(await _preview(client, reader, category_id=drainage["id"])))["agency"][
        "code"
    ] == "DDS"


async def test_a_deactivated_agency_gets_no_new_cases(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    dds = await _agency(client, reader, "DDS")
    deactivated = await _ok(
        await client.post(f"{API}/agencies/{dds['id']}/deactivate", headers=admin)
    )
    assert deactivated["is_active"] is False
    assert deactivated["version"] == 2

    drainage = await _category(client, reader, "drainage_and_flooding")
    decision = await _ok(
        await _preview(client, reader, category_id=drainage["id"], district_code="1026")
    )
    # The DDS rule is passed over: the default rule sends the case to the district office.
    assert decision["agency"]["code"] == "1026"
    assert len(decision["skipped_rule_ids"]) == 1
    assert "DDS is deactivated" in decision["warning"]

    # Without a district nothing else applies: the most specific rule's problem is reported.
    r = await _preview(client, reader, category_id=drainage["id"])
    _problem(r, 409, "routing.agency_inactive")

    # It keeps its history: still listed and readable, just inactive.
    inactive = await _ok(
        await client.get(f"{API}/agencies", params={"is_active": False}, headers=reader)
    )
    assert "DDS" in [a["code"] for a in inactive["items"]]
    actions = [e["action"] for e in await _audit(client, admin, "agency", dds["id"])]
    assert actions == ["agency.deactivate"]


# --- agencies ------------------------------------------------------------------------------


async def test_thai_search_on_agency_names(
    client: httpx.AsyncClient, reader: dict[str, str]
) -> None:
    page = await _ok(await client.get(f"{API}/agencies", params={"q": "ดินแดง"}, headers=reader))
    assert [a["code"] for a in page["items"]] == ["1026"]
    assert page["items"][0]["name_th"] == "สำนักงานเขตดินแดง"

    page = await _ok(await client.get(f"{API}/agencies", params={"q": "drainage"}, headers=reader))
    assert [a["code"] for a in page["items"]] == ["DDS"]
    page = await _ok(
        await client.get(f"{API}/agencies", params={"q": "100%", "limit": 5}, headers=reader)
    )
    assert page["items"] == []  # LIKE wildcards in q are plain characters


async def test_agency_list_pages_and_filters(
    client: httpx.AsyncClient, reader: dict[str, str]
) -> None:
    codes: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 30, "kind": "district_office"}
        if cursor:
            params["cursor"] = cursor
        page = await _ok(await client.get(f"{API}/agencies", params=params, headers=reader))
        codes += [a["code"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(codes) == 50 and codes == sorted(codes)
    bureaus = await _ok(
        await client.get(f"{API}/agencies", params={"kind": "bureau"}, headers=reader)
    )
    assert len(bureaus["items"]) == 19


async def test_admins_create_and_edit_agencies_with_if_match(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    r = await client.post(
        f"{API}/agencies",
        json={
            "code": "PARTNER_X",
            "kind": "external_partner",
            "name_th": "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)",
            "name_en": "ThaiHealth Promotion Foundation",
            "phone": "02-343-1500",
            "email": "contact@thaihealth.or.th",
            "line_id": "@thaihealth",
        },
        headers=admin,
    )
    created = await _ok(r, 201)
    assert r.headers["etag"] == '"1"'
    assert created["line_id"] == "@thaihealth" and created["fax"] is None

    url = f"{API}/agencies/{created['id']}"
    _problem(
        await client.patch(url, json={"fax": "023431501"}, headers=admin),
        428,
        "precondition.required",
    )
    stale = await client.patch(url, json={"fax": "023431501"}, headers=admin | {"If-Match": '"7"'})
    _problem(stale, 412, "precondition.failed")
    r = await client.patch(
        url, json={"fax": "023431501", "phone": None}, headers=admin | {"If-Match": '"1"'}
    )
    updated = await _ok(r)
    assert updated["fax"] == "023431501" and updated["phone"] is None
    assert updated["version"] == 2 and r.headers["etag"] == '"2"'
    got = await client.get(url, headers=reader)
    assert got.headers["etag"] == '"2"'

    null_name = await client.patch(url, json={"name_th": None}, headers=admin | {"If-Match": '"2"'})
    _problem(null_name, 422, "request.invalid")
    fixed = await client.patch(url, json={"code": "X"}, headers=admin | {"If-Match": '"2"'})
    _problem(fixed, 422, "request.invalid")

    duplicate = await client.post(
        f"{API}/agencies",
        json={"code": "DDS", "kind": "bureau", "name_th": "ซ้ำ", "name_en": "Duplicate"},
        headers=admin,
    )
    _problem(duplicate, 409, "agency.code_taken")
    second_office = await client.post(
        f"{API}/agencies",
        json={
            "code": "DINDAENG2",
            "kind": "district_office",
            "name_th": "สำนักงานเขตดินแดงแห่งที่สอง",
            "name_en": "Second Din Daeng District Office",
            "district_code": "1026",
        },
        headers=admin,
    )
    _problem(second_office, 409, "agency.district_office_exists")
    no_district = await client.post(
        f"{API}/agencies",
        json={"code": "NOWHERE", "kind": "district_office", "name_th": "ก", "name_en": "A"},
        headers=admin,
    )
    _problem(no_district, 422, "agency.district_required")

    actions = [e["action"] for e in await _audit(client, admin, "agency", created["id"])]
    assert actions == ["agency.update", "agency.create"]


# --- coordinators --------------------------------------------------------------------------


async def test_a_linked_user_must_be_a_coordinator_of_the_same_agency(
    client: httpx.AsyncClient, admin: dict[str, str], staff: dict[str, Staff]
) -> None:
    office = str(staff["coord_dindaeng"].agency_id)
    for key in ("staff_dindaeng", "coord_suanluang"):
        r = await _coordinator(client, admin, office, "ผิดบัญชี", user_id=str(staff[key].id))
        body = _problem(r, 422, "coordinator.user_mismatch")
        assert body["errors"][0]["loc"] == ["body", "user_id"]
    linked = await _ok(
        await _coordinator(
            client,
            admin,
            office,
            "ผู้ประสานงานดินแดง",
            user_id=str(staff["coord_dindaeng"].id),
            line_user_id="U" + "0" * 32,
        ),
        201,
    )
    assert linked["user_id"] == str(staff["coord_dindaeng"].id)
    again = await _coordinator(client, admin, office, "ซ้ำ", user_id=str(staff["coord_dindaeng"].id))
    _problem(again, 409, "coordinator.user_taken")

    (entry,) = await _audit(client, admin, "coordinator", linked["id"])
    assert entry["action"] == "coordinator.create"
    assert entry["after"]["name"] == "ผู้ประสานงานดินแดง"
    assert entry["after"]["line_user_id"] == "U" + "0" * 32


async def test_a_user_who_no_longer_fits_is_unlinked_from_the_coordinator_record(
    client: httpx.AsyncClient, admin: dict[str, str], staff: dict[str, Staff], database: Database
) -> None:
    office = str(staff["coord_dindaeng"].agency_id)
    for change in (
        {"agency_id": str(staff["coord_suanluang"].agency_id)},
        {"role": "agency_staff"},
        {"is_active": False},
    ):
        user = await make_staff(database.sessions, "moved", Role.coordinator, "1026")
        linked = await _ok(
            await _coordinator(client, admin, office, "ผู้ประสานงาน", user_id=str(user.id)), 201
        )
        etag = (await client.get(f"{API}/users/{user.id}", headers=admin)).headers["etag"]
        r = await client.patch(
            f"{API}/users/{user.id}", headers={**admin, "If-Match": etag}, json=change
        )
        assert r.status_code == 200, r.text
        after = await _ok(await client.get(f"{API}/coordinators/{linked['id']}", headers=admin))
        assert after["user_id"] is None, change
        entries = await _audit(client, admin, "coordinator", linked["id"])
        assert entries[0]["action"] == "coordinator.unlink_user"
        assert entries[0]["before"] == {"user_id": str(user.id)}
        update = (await _audit(client, admin, "user", str(user.id)))[0]  # newest first
        assert update["action"] == "user.update"
        assert update["after"]["coordinators_unlinked"] == [linked["id"]]
    # A change that keeps the fit (the name) leaves the link alone.
    user = await make_staff(database.sessions, "kept", Role.coordinator, "1026")
    linked = await _ok(
        await _coordinator(client, admin, office, "ผู้ประสานงาน", user_id=str(user.id)), 201
    )
    etag = (await client.get(f"{API}/users/{user.id}", headers=admin)).headers["etag"]
    r = await client.patch(
        f"{API}/users/{user.id}", headers={**admin, "If-Match": etag}, json={"full_name": "ชื่อใหม่"}
    )
    assert r.status_code == 200
    after = await _ok(await client.get(f"{API}/coordinators/{linked['id']}", headers=admin))
    assert after["user_id"] == str(user.id)


async def test_coordinator_search_and_paging(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    office = await _agency(client, reader, "1034")
    for name in ("กนกพร", "ขวัญใจ", "คมสัน"):
        await _ok(await _coordinator(client, admin, office["id"], name, title_th="หัวหน้าฝ่าย"), 201)
    page = await _ok(
        await client.get(
            f"{API}/coordinators", params={"agency_id": office["id"], "limit": 2}, headers=reader
        )
    )
    assert [c["name"] for c in page["items"]] == ["กนกพร", "ขวัญใจ"]
    rest = await _ok(
        await client.get(
            f"{API}/coordinators",
            params={"agency_id": office["id"], "limit": 2, "cursor": page["next_cursor"]},
            headers=reader,
        )
    )
    assert [c["name"] for c in rest["items"]] == ["คมสัน"] and rest["next_cursor"] is None
    found = await _ok(await client.get(f"{API}/coordinators", params={"q": "ขวัญ"}, headers=reader))
    assert [c["name"] for c in found["items"]] == ["ขวัญใจ"]


# --- categories ----------------------------------------------------------------------------


async def test_categories_are_seeded_as_a_tree(
    client: httpx.AsyncClient, reader: dict[str, str]
) -> None:
    page = await _ok(await client.get(f"{API}/categories", params={"limit": 200}, headers=reader))
    assert len(page["items"]) == 31
    roots = await _ok(
        await client.get(f"{API}/categories", params={"root_only": True}, headers=reader)
    )
    assert len(roots["items"]) == 12
    traffic = next(c for c in roots["items"] if c["service_code"] == "traffic")
    assert traffic["mou_area_id"] == 5 and traffic["parent_id"] is None
    children = await _ok(
        await client.get(f"{API}/categories", params={"parent_id": traffic["id"]}, headers=reader)
    )
    assert {c["parent_id"] for c in children["items"]} == {traffic["id"]}
    assert "traffic.traffic_signals" in [c["service_code"] for c in children["items"]]
    zebra = await _ok(
        await client.get(f"{API}/categories", params={"q": "ทางม้าลาย"}, headers=reader)
    )
    assert [c["service_code"] for c in zebra["items"]] == ["roads.zebra_crossing"]
    assert zebra["items"][0]["mou_area_id"] == 5


async def test_admins_edit_categories(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    roads = await _category(client, reader, "roads")
    r = await client.post(
        f"{API}/categories",
        json={
            "service_code": "roads.sinkhole",
            "parent_id": roads["id"],
            "name_th": "ถนนทรุดตัว",
            "name_en": "Sinkhole",
            "sla_class": "urgent_24x7",
        },
        headers=admin,
    )
    sinkhole = await _ok(r, 201)
    assert sinkhole["parent_id"] == roads["id"] and sinkhole["mou_area_id"] == 1

    taken = await client.post(
        f"{API}/categories",
        json={"service_code": "roads", "name_th": "ก", "name_en": "A", "sla_class": "standard"},
        headers=admin,
    )
    _problem(taken, 409, "category.service_code_taken")

    cycle = await client.patch(
        f"{API}/categories/{roads['id']}",
        json={"parent_id": sinkhole["id"]},
        headers=admin | {"If-Match": f'"{roads["version"]}"'},
    )
    _problem(cycle, 422, "category.cycle")

    moved = await client.patch(
        f"{API}/categories/{sinkhole['id']}",
        json={"parent_id": None, "name_en": "Road sinkhole"},
        headers=admin | {"If-Match": '"1"'},
    )
    assert (await _ok(moved))["parent_id"] is None

    actions = [e["action"] for e in await _audit(client, admin, "category", sinkhole["id"])]
    assert actions == ["category.update", "category.create"]


# --- routing rules -------------------------------------------------------------------------


async def test_admins_manage_routing_rules(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str]
) -> None:
    noise = await _category(client, reader, "noise")
    env = await _agency(client, reader, "ENV")
    r = await client.post(
        f"{API}/routing-rules",
        json={
            "category_id": noise["id"],
            "district_code": "1026",
            "target_kind": "agency",
            "target_agency_id": env["id"],
        },
        headers=admin,
    )
    rule = await _ok(r, 201)
    decision = await _ok(
        await _preview(client, reader, category_id=noise["id"], district_code="1026")
    )
    assert decision["agency"]["code"] == "ENV" and decision["rule_id"] == rule["id"]
    elsewhere = await _ok(
        await _preview(client, reader, category_id=noise["id"], district_code="1034")
    )
    assert elsewhere["agency"]["code"] == "1034"

    duplicate = await client.post(
        f"{API}/routing-rules",
        json={
            "category_id": noise["id"],
            "district_code": "1026",
            "target_kind": "district_office",
        },
        headers=admin,
    )
    _problem(duplicate, 409, "routing_rule.duplicate")
    missing_agency = await client.post(
        f"{API}/routing-rules",
        json={"category_id": noise["id"], "target_kind": "agency"},
        headers=admin,
    )
    _problem(missing_agency, 422, "routing.invalid_target")

    r = await client.patch(
        f"{API}/routing-rules/{rule['id']}",
        json={"target_kind": "district_office"},
        headers=admin | {"If-Match": '"1"'},
    )
    retargeted = await _ok(r)
    assert retargeted["target_agency_id"] is None and retargeted["version"] == 2

    default = next(
        x
        for x in (await _ok(await client.get(f"{API}/routing-rules", headers=reader)))["items"]
        if x["category_id"] is None and x["district_code"] is None
    )
    _problem(
        await client.delete(f"{API}/routing-rules/{default['id']}", headers=admin),
        409,
        "routing_rule.default_required",
    )
    off = await client.patch(
        f"{API}/routing-rules/{default['id']}",
        json={"is_active": False},
        headers=admin | {"If-Match": f'"{default["version"]}"'},
    )
    _problem(off, 409, "routing_rule.default_required")

    # After a delete the scope is free again.
    await _ok(await client.delete(f"{API}/routing-rules/{rule['id']}", headers=admin), 204)
    again = await client.post(
        f"{API}/routing-rules",
        json={
            "category_id": noise["id"],
            "district_code": "1026",
            "target_kind": "district_office",
        },
        headers=admin,
    )
    await _ok(again, 201)

    actions = [e["action"] for e in await _audit(client, admin, "routing_rule", rule["id"])]
    assert actions == ["routing_rule.delete", "routing_rule.update", "routing_rule.create"]


async def test_seeded_rules_for_zebra_crossings_and_traffic_signals(
    client: httpx.AsyncClient, reader: dict[str, str]
) -> None:
    zebra = await _category(client, reader, "roads.zebra_crossing")
    signals = await _category(client, reader, "traffic.traffic_signals")
    assert (
        await _ok(await _preview(client, reader, category_id=zebra["id"], district_code="1026"))
    )["agency"]["code"] == "1026"
    assert (
        await _ok(await _preview(client, reader, category_id=signals["id"], district_code="1026"))
    )["agency"]["code"] == "TTD"


# --- the district locator: a setting, built once per app -------------------------------------


async def test_the_locator_is_built_lazily_once_per_app(
    app: FastAPI, client: httpx.AsyncClient, reader: dict[str, str]
) -> None:
    misconduct = await _category(client, reader, "misconduct")
    container = app.state.container
    assert container is None or container._district_locator is None
    await _ok(await _preview(client, reader, category_id=misconduct["id"], district_code="1026"))
    assert app.state.container._district_locator is None  # no location, no polygons

    point = {"lat": 13.7649, "lon": 100.5383}
    await _ok(await _preview(client, reader, category_id=misconduct["id"], location=point))
    locator = app.state.container._district_locator
    assert locator is not None
    await _ok(await _preview(client, reader, category_id=misconduct["id"], location=point))
    assert app.state.container._district_locator is locator


async def test_the_boundary_file_is_a_setting(
    settings: Settings,
    database: Database,
    mailer: InMemoryMailer,
    reader: dict[str, str],
    tmp_path: Path,
) -> None:
    # A one-square layer that puts "Din Daeng" around Suvarnabhumi Airport.
    square = [[[100.7, 13.6], [100.8, 13.6], [100.8, 13.7], [100.7, 13.7], [100.7, 13.6]]]
    layer = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"code": "1026"},
                "geometry": {"type": "Polygon", "coordinates": square},
            }
        ],
    }
    path = tmp_path / "official.geojson"
    path.write_text(json.dumps(layer), encoding="utf-8")
    app = create_app(
        settings.model_copy(update={"district_boundaries": path}), database=database, mailer=mailer
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        misconduct = await _category(client, reader, "misconduct")
        decision = await _ok(
            await _preview(
                client,
                reader,
                category_id=misconduct["id"],
                location={"lat": 13.6900, "lon": 100.7501},
            )
        )
        assert decision["district_code"] == "1026"
        r = await _preview(
            client, reader, category_id=misconduct["id"], location={"lat": 13.7649, "lon": 100.5383}
        )
        _problem(r, 422, "routing.outside_bangkok")


async def test_assign_at_intake_sends_matching_cases_straight_to_the_agency(
    client: httpx.AsyncClient, staff: dict[str, Staff], admin: dict[str, str], database: Database
) -> None:
    """Flooding is urgent: with `assign_at_intake` on the drainage rule, a new flooding case
    (staff or public intake) is assigned to DDS and its available coordinator at once, the
    rule named on the timeline; a case of another category still waits for OMB triage."""
    omb, dds = staff["omb"], staff["coord_dds"]
    drainage = await _category(client, admin, "drainage_and_flooding")
    flooding = await _category(client, admin, "drainage_and_flooding.flooding")
    rules = await _ok(
        await client.get(
            f"{API}/routing-rules", params={"category_id": drainage["id"]}, headers=admin
        )
    )
    (rule,) = rules["items"]
    assert rule["assign_at_intake"] is False
    r = await client.patch(
        f"{API}/routing-rules/{rule['id']}",
        headers={**admin, "If-Match": f'"{rule["version"]}"'},
        json={"assign_at_intake": True},
    )
    rule = await _ok(r)
    assert rule["assign_at_intake"] is True
    assert (await _ok(await client.get(f"{API}/routing-rules/{rule['id']}", headers=admin)))[
        "assign_at_intake"
    ]
    denied = await client.patch(
        f"{API}/routing-rules/{rule['id']}",
        headers={**omb.headers, "If-Match": f'"{rule["version"]}"'},
        json={"assign_at_intake": False},
    )
    assert denied.status_code == 403
    coordinator = await _ok(
        await client.post(
            f"{API}/coordinators",
            headers=admin,
            json={
                "agency_id": str(dds.agency_id),
                "name": "สมศักดิ์ ระบายดี",
                "is_primary": True,
                "user_id": str(dds.id),
            },
        ),
        201,
    )

    body = {
        "title": "น้ำท่วมขังสูงหน้าตลาด",
        "description": "น้ำท่วมถนนสูงครึ่งล้อ รถเล็กผ่านไม่ได้",
        "channel": "hotline_1676",
        "district_code": "1026",
        "category_id": flooding["id"],
    }
    case = await _ok(await client.post(f"{API}/complaints", headers=omb.headers, json=body), 201)
    public = await _ok(
        await client.post(
            f"{API}/public/complaints",
            json={
                "title": body["title"],
                "description": body["description"],
                "district_code": "1026",
                "category_id": flooding["id"],
                "consent": {"notice_version": "2026-01"},
            },
        ),
        201,
    )
    assert public["status"] == "assigned"
    assert public["agency"]["code"] == "DDS"
    for c in (case,):
        assert c["status"] == "assigned"
        assert c["lead_agency_id"] == str(dds.agency_id)
        assert c["coordinator_id"] == coordinator["id"]
        assert c["needs_triage"] is False
        timeline = await _ok(
            await client.get(f"{API}/complaints/{c['id']}/timeline", headers=omb.headers)
        )
        (assigned,) = [e for e in timeline["items"] if e["kind"] == "assigned"]
        assert assigned["data"]["rule_id"] == rule["id"]
        assert assigned["data"]["assigned_at_intake"] is True
        # ...and the assignment is an event like any other (the coordinator hears of it).
        outbox = table_of(OutboxEventRow).c
        async with database.sessions() as session:
            raised = await session.execute(
                select(outbox.type).where(outbox.subject_id == uuid.UUID(c["id"]))
            )
        assert [t for (t,) in raised] == ["complaint.created", "complaint.assigned"]
        assert assigned["actor_kind"] == "system"
    # DDS's coordinator sees it in their queue at once.
    mine = await _ok(await client.get(f"{API}/complaints/{case['id']}", headers=dds.headers))
    assert mine["status"] == "assigned"

    # Other categories still wait for OMB triage.
    zebra = await _category(client, admin, "roads.zebra_crossing")
    waiting = await _ok(
        await client.post(
            f"{API}/complaints",
            headers=omb.headers,
            json={**body, "title": "ทางม้าลายซีด", "category_id": zebra["id"]},
        ),
        201,
    )
    assert waiting["status"] == "received" and waiting["lead_agency_id"] is None


async def test_an_agency_names_its_head_whom_escalation_rules_can_tell(
    client: httpx.AsyncClient, admin: dict[str, str]
) -> None:
    """The coordinators' supervisor (district director, bureau director) is the agency's head:
    set with If-Match like any other field, audited, Thai kept exactly, and a target that
    escalation rules accept (`agency_head`)."""
    r = await client.post(
        f"{API}/agencies",
        json={"code": "HEAD_TEST", "kind": "bureau", "name_th": "สำนักทดสอบ", "name_en": "Test"},
        headers=admin,
    )
    agency = await _ok(r, 201)
    assert agency["head_name"] is None
    url = f"{API}/agencies/{agency['id']}"
    head = {
        "head_name": "นางสาวสมศรี ใจดี",
        "head_title_th": "ผู้อำนวยการเขตดินแดง",
        "head_email": "director.dindaeng@example.go.th",
    }
    r = await client.patch(url, json=head, headers={**admin, "If-Match": f'"{agency["version"]}"'})
    changed = await _ok(r)
    assert {k: changed[k] for k in head} == head
    assert (await _ok(await client.get(url, headers=admin)))["head_title_th"] == "ผู้อำนวยการเขตดินแดง"
    (entry, *_) = await _audit(client, admin, "agency", agency["id"])
    assert entry["after"]["head_email"] == "director.dindaeng@example.go.th"
    _problem(
        await client.patch(
            url,
            json={"head_email": "not an address"},
            headers={**admin, "If-Match": f'"{changed["version"]}"'},
        ),
        422,
        "request.invalid",
    )
    r = await client.post(
        f"{API}/escalation-rules",
        json={
            "milestone": "resolution_breached",
            "sla_class": "extended",
            "notify": ["agency_head"],
        },
        headers=admin,
    )
    assert (await _ok(r, 201))["notify"] == ["agency_head"]
