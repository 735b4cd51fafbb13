"""Open311 GeoReport v2 in both formats: discovery, services and their definitions, requests
(filed form-encoded, read, filtered), tokens, `media_url` for public photos, the error list
and the reads' rate limit, each in `.json` and in `.xml` (parsed, element names of the
specification, Thai intact)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

import httpx
import pytest
from sqlalchemy import select

from api.app import create_app
from infra.db.engine import Database
from infra.db.tables import ComplaintRow, table_of
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor
from tests.support.complaints import attach_photo, tiny_png
from tests.support.directory import category_row
from tests.support.identity import Staff

pytestmark = pytest.mark.db
BASE = "/api/v1/open311"
C: Any = table_of(ComplaintRow).c
XML_TYPE = "application/xml; charset=utf-8"
NAME, EMAIL, PHONE = "ปรีชา", "preecha@example.com", "0899990000"
DESCRIPTION = "หลุมใหญ่กลางถนน ตรงข้ามร้านข้าวมันไก่ของคุณปรีชา"
PERSONAL = (NAME, EMAIL, PHONE, "ข้าวมันไก่", "13.7655", "100.5514")
CHANGED = datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)


async def _categories(database: Database) -> None:
    async with database.sessions() as s:
        roads = category_row("o311")
        roads.updated_at = CHANGED  # the latest change of any service: discovery's changeset
        s.add(roads)
        await s.flush()
        s.add(category_row("o311.pothole", parent_id=roads.id))
        await s.commit()


def _xml(r: httpx.Response, root: str) -> ET.Element:
    assert r.headers["content-type"] == XML_TYPE, r.text
    assert r.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>"), r.content[:60]
    element = ET.fromstring(r.content)
    assert element.tag == root, r.text
    return element


def _items(root: ET.Element, item: str) -> list[dict[str, str | None]]:
    """Each `<item>` as {child tag: text}; only leaf children are expected here."""
    assert all(child.tag == item for child in root), [c.tag for c in root]
    return [{field.tag: field.text for field in child} for child in root]


def _errors(r: httpx.Response, status: int) -> str:
    """The specification's error list in the format the path asked for; its description."""
    assert r.status_code == status, r.text
    if r.request.url.path.endswith(".xml"):
        (error,) = _items(_xml(r, "errors"), "error")
        assert set(error) == {"code", "description"}
        assert error["code"] == str(status) and error["description"], r.text
        return error["description"]
    assert r.headers["content-type"] == "application/json", r.text
    (body,) = r.json()
    assert set(body) == {"code", "description"} and body["code"] == status, r.text
    return str(body["description"])


async def _submit(
    client: httpx.AsyncClient, api_client: ApiClientActor, fmt: str = "json", **form: str
) -> httpx.Response:
    data = {
        "api_key": f"{api_client.id}:{api_client.secret}",
        "service_code": "o311.pothole",
        "lat": "13.7655",
        "long": "100.5514",
        "description": DESCRIPTION,
        "first_name": NAME,
        "email": EMAIL,
        "phone": PHONE,
    }
    return await client.post(f"{BASE}/requests.{fmt}", data={**data, **form})


async def test_discovery_names_the_endpoint_its_formats_and_the_changeset(
    client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    await _categories(database)
    r = await client.get(f"{BASE}/discovery.json")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["changeset"] == "2031-01-02T03:04:05Z"
    assert body["contact"] == settings.open311_contact
    assert body["key_service"] == settings.open311_key_service
    assert body["endpoints"] == [
        {
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": f"{settings.effective_public_base_url}{BASE}",
            "changeset": "2031-01-02T03:04:05Z",
            "type": "production",
            "formats": ["application/json", "application/xml"],
        }
    ]
    root = _xml(await client.get(f"{BASE}/discovery.xml"), "discovery")
    assert [e.tag for e in root] == ["changeset", "contact", "key_service", "endpoints"]
    assert root.findtext("changeset") == "2031-01-02T03:04:05Z"
    assert root.findtext("key_service") == settings.open311_key_service
    endpoints = root.find("endpoints")
    assert endpoints is not None
    (endpoint,) = list(endpoints)
    assert endpoint.tag == "endpoint"
    assert endpoint.findtext("specification") == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint.findtext("url") == f"{settings.effective_public_base_url}{BASE}"
    assert endpoint.findtext("type") == "production"
    assert [f.text for f in endpoint.findall("formats/format")] == body["endpoints"][0]["formats"]


async def test_services_and_their_definitions_in_both_formats(
    client: httpx.AsyncClient, database: Database
) -> None:
    await _categories(database)
    th = {"Accept-Language": "th"}
    r = await client.get(f"{BASE}/services.xml", headers=th)
    assert r.status_code == 200
    services = {s["service_code"]: s for s in _items(_xml(r, "services"), "service")}
    assert services["o311.pothole"] == {
        "service_code": "o311.pothole",
        "service_name": "ทดสอบ o311.pothole",
        "description": "ทดสอบ o311.pothole / Test o311.pothole",
        "metadata": "false",
        "type": "realtime",
        "keywords": None,
        "group": "ทดสอบ o311",
    }
    assert services["o311"]["group"] is None
    assert "ทดสอบ o311.pothole".encode() in r.content  # UTF-8 as is, no character references
    as_json = (await client.get(f"{BASE}/services.json", headers=th)).json()
    assert {s["service_code"] for s in as_json} == set(services)

    r = await client.get(f"{BASE}/services/o311.pothole.json")
    assert r.status_code == 200 and r.json() == {"service_code": "o311.pothole", "attributes": []}
    root = _xml(await client.get(f"{BASE}/services/o311.pothole.xml"), "service_definition")
    assert [e.tag for e in root] == ["service_code", "attributes"]
    assert root.findtext("service_code") == "o311.pothole"
    attributes = root.find("attributes")
    assert attributes is not None and list(attributes) == []
    for fmt in ("json", "xml"):
        r = await client.get(f"{BASE}/services/nowhere.unknown.{fmt}")
        assert "nowhere.unknown" in _errors(r, 404)


async def test_requests_filed_read_and_filtered_in_xml(
    client: httpx.AsyncClient, database: Database, api_client: ApiClientActor
) -> None:
    await _categories(database)
    r = await _submit(client, api_client, "xml")
    assert r.status_code == 201, r.text
    (receipt,) = _items(_xml(r, "service_requests"), "request")
    number = receipt["service_request_id"]
    assert number is not None and number.startswith("FT-")
    assert receipt["service_notice"] and receipt["account_id"] is None
    assert r.headers["location"] == f"{BASE}/requests/{number}.xml"
    async with database.sessions() as s:
        row = (await s.execute(select(C.channel, C.complainant_email))).all()
    assert ("partner_api", EMAIL) in row

    r = await client.get(f"{BASE}/requests/{number}.xml", headers={"Accept-Language": "th"})
    (request,) = _items(_xml(r, "service_requests"), "request")
    assert request["service_request_id"] == number
    assert request["status"] == "open" and request["status_notes"] == "รับเรื่องแล้ว"
    assert request["service_code"] == "o311.pothole"
    assert request["service_name"] == "ทดสอบ o311.pothole"
    assert request["address"] == "เขตดินแดง กรุงเทพมหานคร"
    assert request["expected_datetime"] and request["requested_datetime"]
    assert request["media_url"] is None and "agency_responsible" in request
    as_json = (await client.get(f"{BASE}/requests/{number}.json")).json()[0]
    assert set(request) == set(as_json)
    assert as_json["expected_datetime"] == request["expected_datetime"]
    for text in (r.text, (await client.get(f"{BASE}/requests.xml")).text):
        for secret in PERSONAL:
            assert secret not in text

    for params, found in (
        ({}, [number]),
        ({"service_code": "o311.pothole"}, [number]),
        ({"service_code": "o311"}, []),
        ({"status": "closed"}, []),
        ({"status": "open"}, [number]),
        ({"service_request_id": f"{number},FT-2500-000001", "status": "closed"}, [number]),
        ({"start_date": "2000-01-01T00:00:00Z", "end_date": "2000-02-01T00:00:00Z"}, []),
        ({"start_date": "2000-01-01T00:00:00+07:00"}, [number]),
    ):
        for fmt in ("json", "xml"):
            got = await client.get(f"{BASE}/requests.{fmt}", params=params)
            assert got.status_code == 200, got.text
            ids = (
                [x["service_request_id"] for x in got.json()]
                if fmt == "json"
                else [
                    x["service_request_id"]
                    for x in _items(_xml(got, "service_requests"), "request")
                ]
            )
            assert ids == found, (fmt, params)

    # A resolved case is closed, with its status in words and no expected time any more.
    async with database.sessions() as s:
        await s.execute(
            table_of(ComplaintRow).update().where(C.case_number == number).values(status="resolved")
        )
        await s.commit()
    r = await client.get(f"{BASE}/requests/{number}.xml", headers={"Accept-Language": "th"})
    (request,) = _items(_xml(r, "service_requests"), "request")
    assert request["status"] == "closed" and request["status_notes"] == "ดำเนินการแก้ไขแล้ว"
    assert request["expected_datetime"] is None
    for fmt in ("json", "xml"):
        got = await client.get(f"{BASE}/requests.{fmt}", params={"status": "closed"})
        assert number in got.text and got.status_code == 200, fmt
    (as_json,) = (await client.get(f"{BASE}/requests/{number}.json")).json()
    assert as_json["status"] == "closed" and as_json["status_notes"] == "Resolved"

    r = await client.get(f"{BASE}/tokens/{number}.json")
    assert r.status_code == 200 and r.json() == [{"service_request_id": number, "token": number}]
    r = await client.get(f"{BASE}/tokens/{number}.xml")
    assert _items(_xml(r, "service_requests"), "request") == [
        {"service_request_id": number, "token": number}
    ]
    for fmt in ("json", "xml"):
        _errors(await client.get(f"{BASE}/tokens/FT-2500-999999.{fmt}"), 404)


async def test_media_url_is_a_public_photo_of_public_tracking(
    client: httpx.AsyncClient,
    database: Database,
    api_client: ApiClientActor,
    staff: dict[str, Staff],
    settings: Settings,
) -> None:
    await _categories(database)
    number = (await _submit(client, api_client)).json()[0]["service_request_id"]
    async with database.sessions() as s:
        case_id, code = (
            await s.execute(select(C.id, C.tracking_code).where(C.case_number == number))
        ).one()
    # A staff photo is internal: public tracking does not show it, nor does Open311.
    internal = await attach_photo(
        database, staff["omb"], str(case_id), settings.data_dir / "attachments"
    )
    (request,) = (await client.get(f"{BASE}/requests/{number}.json")).json()
    assert request["media_url"] is None
    _errors(await client.get(f"{BASE}/media/{internal}"), 404)

    # The complainant's photo, added on the tracking page, is public.
    r = await client.post(
        f"/api/v1/public/complaints/{code}/attachments",
        files={"file": ("pothole.png", tiny_png(), "image/png")},
    )
    assert r.status_code == 201, r.text
    photo = uuid.UUID(r.json()["id"])
    url = f"{settings.effective_public_base_url}{BASE}/media/{photo}"
    (request,) = (await client.get(f"{BASE}/requests/{number}.json")).json()
    assert request["media_url"] == url
    (request,) = _items(
        _xml(await client.get(f"{BASE}/requests.xml"), "service_requests"), "request"
    )
    assert request["media_url"] == url and code not in url
    r = await client.get(f"{BASE}/media/{photo}")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    assert r.content.startswith(b"\x89PNG")
    _errors(await client.get(f"{BASE}/media/{uuid.uuid4()}"), 404)


async def test_errors_are_the_specifications_list_in_both_formats(
    client: httpx.AsyncClient, database: Database, api_client: ApiClientActor
) -> None:
    await _categories(database)
    for fmt in ("json", "xml"):
        _errors(await _submit(client, api_client, fmt, api_key=f"{api_client.id}:wrong"), 403)
        _errors(await _submit(client, api_client, fmt, service_code="nowhere.unknown"), 400)
        _errors(await _submit(client, api_client, fmt, lat="north"), 400)
        _errors(await client.get(f"{BASE}/requests.{fmt}", params={"status": "pending"}), 400)
        _errors(await client.get(f"{BASE}/requests.{fmt}", params={"start_date": "yesterday"}), 400)
        _errors(await client.get(f"{BASE}/requests.{fmt}", params={"status": "o\x00pen"}), 400)
        described = _errors(await client.get(f"{BASE}/requests/FT-2500-999999.{fmt}"), 404)
        assert described == "No service request FT-2500-999999."
        _errors(await client.get(f"{BASE}/nothing/here.{fmt}"), 404)
    # An unknown format extension, and a resource without one.
    assert "'csv'" in _errors(await client.get(f"{BASE}/services.csv"), 400)
    _errors(await client.get(f"{BASE}/requests/FT-2500-000001.html"), 400)
    _errors(await client.post(f"{BASE}/requests.yaml"), 400)
    _errors(await client.get(f"{BASE}/services"), 404)
    # A method the resource does not allow, with the methods it does.
    r = await client.post(f"{BASE}/services.xml")
    assert "POST" in _errors(r, 405) and r.headers["allow"] == "GET"
    r = await client.delete(f"{BASE}/requests.json")
    assert _errors(r, 405) and r.headers["allow"] == "GET, POST"
    async with database.sessions() as s:
        filed = (await s.execute(select(C.id).where(C.channel == "partner_api"))).all()
    assert filed == []


@asynccontextmanager
async def _limited(settings: Settings, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(
        settings.model_copy(update={"open311_per_minute": 3}),
        database=database,
        mailer=InMemoryMailer(),
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("10.9.8.7", 1))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def test_the_public_reads_are_rate_limited_per_address(
    settings: Settings, database: Database
) -> None:
    async with _limited(settings, database) as c:
        assert (await c.get(f"{BASE}/services.json")).status_code == 200
        assert (await c.get(f"{BASE}/discovery.xml")).status_code == 200
        assert (await c.get(f"{BASE}/requests.json")).status_code == 200
        for path in ("services.json", "requests.xml", "discovery.json", "tokens/FT-1.xml"):
            r = await c.get(f"{BASE}/{path}")
            _errors(r, 429)
            assert int(r.headers["retry-after"]) > 0


async def test_the_specifications_path_serves_the_same_facade(
    client: httpx.AsyncClient, database: Database, api_client: ApiClientActor
) -> None:
    """GeoReport v2 clients are configured with a base URL ending in /open311/v2: the same
    operations answer there (described once in the OpenAPI document, under /api/v1/open311)."""
    await _categories(database)
    for path in ("services.json", "services.xml", "discovery.json", "services/o311.json"):
        spec, api = await client.get(f"/open311/v2/{path}"), await client.get(f"{BASE}/{path}")
        assert spec.status_code == api.status_code == 200, spec.text
        assert spec.headers["content-type"] == api.headers["content-type"]
        assert spec.content == api.content
    filed = await client.post(
        "/open311/v2/requests.json",
        data={
            "api_key": f"{api_client.id}:{api_client.secret}",
            "service_code": "o311.pothole",
            "lat": "13.7655",
            "long": "100.5514",
            "description": DESCRIPTION,
        },
    )
    assert filed.status_code == 201, filed.text
    (receipt,) = filed.json()
    r = await client.get(f"/open311/v2/requests/{receipt['service_request_id']}.xml")
    (request,) = _items(_xml(r, "service_requests"), "request")
    assert request["service_request_id"] == receipt["service_request_id"]
    assert "nowhere" in _errors(await client.get("/open311/v2/services/nowhere.xml"), 404)
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert f"{BASE}/services.json" in paths
    assert not [p for p in paths if p.startswith("/open311/")]
