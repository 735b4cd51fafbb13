"""Open311 GeoReport v2: services from the categories, requests filed with an API client's
credential (form-encoded), lists and single requests with public facts only, and the
specification's error list."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from infra.db.engine import Database
from infra.db.tables import ComplaintRow, table_of
from tests.support.api_clients import ApiClientActor
from tests.support.directory import category_row

pytestmark = pytest.mark.db
BASE = "/api/v1/open311"
C: Any = table_of(ComplaintRow).c
NAME, EMAIL, PHONE = "ปรีชา", "preecha@example.com", "0899990000"
DESCRIPTION = "หลุมใหญ่กลางถนน ตรงข้ามร้านข้าวมันไก่ของคุณปรีชา"


async def _categories(database: Database) -> None:
    async with database.sessions() as s:
        roads = category_row("o311")
        s.add(roads)
        await s.flush()
        s.add(category_row("o311.pothole", parent_id=roads.id))
        await s.commit()


def _key(client: ApiClientActor) -> str:
    return f"{client.id}:{client.secret}"


async def _submit(
    client: httpx.AsyncClient, api_client: ApiClientActor, **form: str
) -> httpx.Response:
    data = {
        "api_key": _key(api_client),
        "service_code": "o311.pothole",
        "lat": "13.7655",
        "long": "100.5514",
        "description": DESCRIPTION,
        "first_name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "device_id": "ignored",
        "attribute[WHISPER]": "ignored",
    }
    return await client.post(f"{BASE}/requests.json", data={**data, **form})


async def test_services_are_the_categories(client: httpx.AsyncClient, database: Database) -> None:
    await _categories(database)
    r = await client.get(f"{BASE}/services.json")
    assert r.status_code == 200, r.text
    services = {s["service_code"]: s for s in r.json()}
    assert services["o311.pothole"] == {
        "service_code": "o311.pothole",
        "service_name": "Test o311.pothole",
        "description": "ทดสอบ o311.pothole / Test o311.pothole",
        "metadata": False,
        "type": "realtime",
        "keywords": "",
        "group": "Test o311",
    }
    r = await client.get(f"{BASE}/services.json", headers={"Accept-Language": "th"})
    assert {s["service_code"]: s for s in r.json()}["o311.pothole"]["group"] == "ทดสอบ o311"


async def test_a_request_is_filed_and_read_without_personal_data(
    client: httpx.AsyncClient, database: Database, api_client: ApiClientActor
) -> None:
    await _categories(database)
    r = await _submit(client, api_client)
    assert r.status_code == 201, r.text
    (receipt,) = r.json()
    number = receipt["service_request_id"]
    assert r.headers["location"] == f"{BASE}/requests/{number}.json"
    assert number.startswith("FT-") and receipt["account_id"] is None
    async with database.sessions() as s:
        row = (await s.execute(select(table_of(ComplaintRow)).where(C.case_number == number))).one()
    assert row.channel == "partner_api" and row.district_code == "1026"
    assert row.complainant_name == NAME and row.complainant_email == EMAIL
    assert row.description == DESCRIPTION

    r = await client.get(f"{BASE}/requests/{number}.json")
    assert r.status_code == 200, r.text
    (request,) = r.json()
    assert request["service_request_id"] == number
    assert request["status"] == "open" and request["status_notes"] == "Received"
    assert request["service_code"] == "o311.pothole"
    assert request["address"] == "Din Daeng district, Bangkok"
    assert request["expected_datetime"] is not None
    for secret in (NAME, EMAIL, PHONE, "ข้าวมันไก่", "13.7655"):
        assert secret not in r.text

    listed = await client.get(f"{BASE}/requests.json")
    assert [x["service_request_id"] for x in listed.json()] == [number]
    for secret in (NAME, EMAIL, PHONE, "ข้าวมันไก่"):
        assert secret not in listed.text
    for params, found in (
        ({"service_code": "o311.pothole"}, [number]),
        ({"service_code": "o311"}, []),
        ({"status": "closed"}, []),
        ({"status": "open"}, [number]),
        ({"service_request_id": f"{number},FT-2500-000001", "status": "closed"}, [number]),
        ({"start_date": "2000-01-01T00:00:00Z", "end_date": "2000-02-01T00:00:00Z"}, []),
    ):
        got = await client.get(f"{BASE}/requests.json", params=params)
        assert got.status_code == 200, got.text
        assert [x["service_request_id"] for x in got.json()] == found, params
    th = await client.get(f"{BASE}/requests/{number}.json", headers={"Accept-Language": "th"})
    assert th.json()[0]["status_notes"] == "รับเรื่องแล้ว"
    assert th.json()[0]["address"] == "เขตดินแดง กรุงเทพมหานคร"


async def test_errors_are_the_specifications_list(
    client: httpx.AsyncClient, database: Database, api_client: ApiClientActor
) -> None:
    await _categories(database)
    for form, status in (
        ({"api_key": ""}, 403),
        ({"api_key": f"{api_client.id}:wrong-secret"}, 403),
        ({"api_key": "not-a-key"}, 403),
        ({"service_code": "nowhere.unknown"}, 400),
        ({"lat": "", "long": "", "address_string": ""}, 400),
        ({"lat": "95"}, 400),
        ({"lat": "north"}, 400),
    ):
        r = await _submit(client, api_client, **form)
        assert r.status_code == status, (form, r.text)
        assert r.headers["content-type"] == "application/json"
        (error,) = r.json()
        assert error["code"] == status and error["description"], form
        assert api_client.secret not in r.text
    r = await client.post(f"{BASE}/requests.json", json={"service_code": "o311.pothole"})
    assert r.status_code == 400 and r.json()[0]["code"] == 400
    r = await client.get(f"{BASE}/requests/FT-2500-999999.json")
    assert r.status_code == 404
    assert r.json() == [{"code": 404, "description": "No service request FT-2500-999999."}]
    r = await client.get(f"{BASE}/requests.json", params={"status": "pending"})
    assert r.status_code == 400 and r.json()[0]["code"] == 400
    async with database.sessions() as s:
        filed = (await s.execute(select(C.id).where(C.channel == "partner_api"))).all()
    assert filed == []


async def test_guessing_api_keys_is_throttled(
    client: httpx.AsyncClient, database: Database, api_client: ApiClientActor
) -> None:
    await _categories(database)
    statuses = []
    for _ in range(12):
        r = await _submit(client, api_client, api_key=f"{api_client.id}:guess")
        statuses.append(r.status_code)
        if r.status_code == 429:
            break
    assert statuses[0] == 403 and statuses[-1] == 429, statuses
    assert r.json()[0]["code"] == 429 and int(r.headers["retry-after"]) > 0
