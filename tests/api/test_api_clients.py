"""API clients over HTTP: admin management, the secret shown once, soft delete, audit, CLI."""

from __future__ import annotations

import argparse
import asyncio
import base64
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlmodel import col

from api import cli
from api.app import create_app
from infra.db import migrate
from infra.db.engine import Database, build_engine, build_sessionmaker
from infra.db.tables import ApiClientRow, AuditLogRow
from infra.mail.adapters import InMemoryMailer
from infra.seed import seed_reference_data
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor, make_api_client, session_key_ring
from tests.support.databases import fresh_database
from tests.support.identity import Staff

BASE = "/api/v1/api-clients"


async def _create(
    client: httpx.AsyncClient, admin: Staff, agency_id: object, scopes: list[str], name: str = "X"
) -> httpx.Response:
    return await client.post(
        BASE,
        headers=admin.headers,
        json={"name": name, "agency_id": str(agency_id), "scopes": scopes},
    )


async def test_create_shows_the_secret_once_and_stores_a_hash(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    admin = staff["admin"]
    r = await _create(
        client,
        admin,
        staff["coord_dindaeng"].agency_id,
        ["complaints:read", "complaints:create", "complaints:read"],
        name="ระบบเรื่องร้องเรียนเขตดินแดง",
    )
    assert r.status_code == 201, r.text
    assert r.headers["cache-control"] == "no-store"
    body = r.json()
    secret, client_id = body["client_secret"], body["client_id"]
    assert client_id == body["id"] and secret.startswith("ftcs_") and len(secret) > 40
    assert body["scopes"] == ["complaints:create", "complaints:read"]
    assert body["is_active"] is True and body["deleted_at"] is None

    again = await client.get(f"{BASE}/{client_id}", headers=admin.headers)
    assert again.status_code == 200
    assert "client_secret" not in again.json() and secret not in again.text
    listed = await client.get(BASE, headers=admin.headers)
    assert secret not in listed.text

    async with database.sessions() as s:
        row = (
            await s.execute(
                select(ApiClientRow).where(col(ApiClientRow.id) == uuid.UUID(client_id))
            )
        ).scalar_one()
        entries = (
            (await s.execute(select(AuditLogRow).where(AuditLogRow.entity_id == client_id)))
            .scalars()
            .all()
        )
    assert row.secret_hash.startswith("$argon2") and secret not in row.secret_hash
    assert [e.action for e in entries] == ["api_client.create"]
    assert entries[0].actor_id == admin.id
    assert entries[0].after == {
        "name": "ระบบเรื่องร้องเรียนเขตดินแดง",
        "agency_id": str(staff["coord_dindaeng"].agency_id),
        "scopes": ["complaints:create", "complaints:read"],
        "is_active": True,
        "deleted": False,
    }
    assert secret not in str(entries[0].after)


@pytest.mark.parametrize(
    "body,field",
    [
        ({"scopes": ["complaints:delete"]}, "scopes"),
        ({"scopes": []}, "scopes"),
        ({"name": ""}, "name"),
        ({"agency_id": "00000000-0000-0000-0000-000000000001"}, "agency_id"),
        ({"secret": "mine"}, "secret"),
    ],
)
async def test_create_validates(
    client: httpx.AsyncClient, staff: dict[str, Staff], body: dict[str, object], field: str
) -> None:
    payload = {
        "name": "Partner",
        "agency_id": str(staff["coord_dindaeng"].agency_id),
        "scopes": ["stats:read"],
        **body,
    }
    r = await client.post(BASE, headers=staff["admin"].headers, json=payload)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["errors"][0]["loc"][:2] == ["body", field]


async def test_update_disable_enable_delete_are_audited(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    admin = staff["admin"].headers
    created = (
        await _create(client, staff["admin"], staff["coord_dds"].agency_id, ["stats:read"])
    ).json()
    url = f"{BASE}/{created['id']}"

    r = await client.patch(
        url,
        headers={**admin, "If-Match": '"1"'},
        json={"name": "DDS flood sensors", "scopes": ["stats:read", "activities:write"]},
    )
    assert r.status_code == 200, r.text
    assert r.json()["scopes"] == ["activities:write", "stats:read"] and r.json()["version"] == 2
    assert (
        await client.patch(
            url, headers={**admin, "If-Match": '"2"'}, json={"agency_id": created["agency_id"]}
        )
    ).status_code == 422
    assert (await client.post(f"{url}/disable", headers=admin)).json()["is_active"] is False
    assert (await client.post(f"{url}/enable", headers=admin)).json()["is_active"] is True
    assert (await client.delete(url, headers=admin)).status_code == 204
    assert (await client.delete(url, headers=admin)).status_code == 204  # idempotent

    r = await client.get(url, headers=admin)
    assert r.status_code == 200 and r.json()["deleted_at"] is not None
    assert r.json()["is_active"] is False
    for attempt in (
        client.patch(url, headers={**admin, "If-Match": '"5"'}, json={"name": "Back"}),
        client.post(f"{url}/enable", headers=admin),
    ):
        r = await attempt
        assert r.status_code == 409 and r.json()["code"] == "api_client.deleted"

    log = await client.get(
        "/api/v1/audit-log",
        headers=admin,
        params={"entity_type": "api_client", "entity_id": created["id"]},
    )
    actions = [e["action"] for e in reversed(log.json()["items"])]
    assert actions == [
        "api_client.create",
        "api_client.update",
        "api_client.disable",
        "api_client.enable",
        "api_client.delete",
    ]
    update = log.json()["items"][-2]
    assert update["before"]["scopes"] == ["stats:read"]
    assert update["after"]["name"] == "DDS flood sensors"
    async with database.sessions() as s:
        row = (
            await s.execute(
                select(ApiClientRow).where(col(ApiClientRow.id) == uuid.UUID(created["id"]))
            )
        ).scalar_one()
    assert row.secret_hash == "!"  # the secret is destroyed with the client


async def test_list_hides_deleted_clients_unless_asked(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"]
    agency = staff["coord_suanluang"].agency_id
    ids = []
    for name in ("Alpha", "Bravo", "Charlie"):
        ids.append((await _create(client, admin, agency, ["stats:read"], name=name)).json()["id"])
    await client.delete(f"{BASE}/{ids[1]}", headers=admin.headers)
    await client.post(f"{BASE}/{ids[2]}/disable", headers=admin.headers)

    async def names(**params: str | int) -> list[str]:
        seen, cursor = [], None
        while True:
            query = {"agency_id": str(agency), "limit": 1, **params}
            if cursor:
                query["cursor"] = cursor
            r = await client.get(BASE, headers=admin.headers, params=query)
            assert r.status_code == 200, r.text
            seen += [c["name"] for c in r.json()["items"]]
            cursor = r.json()["next_cursor"]
            if not cursor:
                return seen

    assert await names() == ["Alpha", "Charlie"]
    assert await names(include_deleted=True) == ["Alpha", "Bravo", "Charlie"]
    assert await names(is_active=True) == ["Alpha"]


async def test_a_client_reads_its_own_record_and_no_other(
    client: httpx.AsyncClient, staff: dict[str, Staff], api_client: ApiClientActor
) -> None:
    other = (
        await _create(client, staff["admin"], staff["coord_suanluang"].agency_id, ["stats:read"])
    ).json()
    same_agency = (
        await _create(client, staff["admin"], api_client.agency_id, ["stats:read"])
    ).json()
    me = await client.get(f"{BASE}/me", headers=api_client.headers)
    assert me.status_code == 200 and me.json()["id"] == str(api_client.id)
    own = await client.get(f"{BASE}/{api_client.id}", headers=api_client.headers)
    assert own.status_code == 200 and own.json()["agency_id"] == str(api_client.agency_id)
    for foreign in (other["id"], same_agency["id"]):
        r = await client.get(f"{BASE}/{foreign}", headers=api_client.headers)
        assert r.status_code == 404 and r.json()["code"] == "api_client.not_found"
    r = await client.get(f"{BASE}/me", headers=staff["coord_dindaeng"].headers)
    assert r.status_code == 403 and r.json()["code"] == "auth.client_only"


async def test_create_client_command(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fasttrack create-client` prints working credentials (on a database of its own)."""
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        engine = build_engine(url)
        await seed_reference_data(build_sessionmaker(engine))
        await engine.dispose()
        settings = Settings(
            _env_file=None,
            data_dir=tmp_path / "data",
            database_url=url,
            password_hash_profile="fast",
        )
        args = argparse.Namespace(name="ThaiHealth campaigns", agency="1026", scope=["stats:read"])
        assert await _run(cli.cmd_create_client, settings, args) == 0
        out = capsys.readouterr().out
        client_id = out.split("client_id:")[1].split()[0]
        secret = out.split("client_secret:")[1].split()[0]
        bad = argparse.Namespace(name="X", agency="NOPE", scope=["stats:read"])
        assert await _run(cli.cmd_create_client, settings, bad) == 1

        database = Database.from_url(url)
        try:
            app = create_app(settings, database=database, mailer=InMemoryMailer())
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
                r = await c.post(
                    "/api/v1/auth/token",
                    data={"grant_type": "client_credentials"},
                    headers={"Authorization": f"Basic {basic}"},
                )
                assert r.status_code == 200, r.text
                assert r.json()["scope"] == "stats:read"
        finally:
            await database.dispose()


async def _run(command, settings: Settings, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    # The commands call asyncio.run(): run them off this test's event loop.
    return int(await asyncio.to_thread(command, settings, args))


async def test_support_helper_builds_working_clients(
    database: Database, jwt_keys_dir: Path, client: httpx.AsyncClient
) -> None:
    """The support helper builds clients like the API does (the matrix relies on it)."""
    ring = session_key_ring(jwt_keys_dir)
    extra = await make_api_client(
        database.sessions, ring, "helper_check", "DDS", frozenset({"stats:read"})
    )
    r = await client.get(f"{BASE}/me", headers=extra.headers)
    assert r.status_code == 200 and r.json()["scopes"] == ["stats:read"]
