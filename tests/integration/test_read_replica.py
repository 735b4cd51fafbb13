"""The read replica: read-only routes read it, writes stay on the primary, a client reads its
own writes, and an unreachable replica falls back to the primary.

No streaming replication here: the "replica" is a second database copied from the primary
(CREATE DATABASE … TEMPLATE) before the test writes, so it stays a stale copy and shows
where each request read. It is not in recovery, so it has no replay position."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy import event, text

from api.app import create_app
from api.deps import read_only
from api.middleware import WAL_COOKIE
from domain.shared.principal import Role
from infra.db import migrate
from infra.db.engine import Database, build_engine, build_sessionmaker, parse_wal_position
from infra.seed import seed_reference_data
from infra.settings import Settings
from tests.support.databases import fresh_database, require_postgres
from tests.support.identity import Staff, make_staff

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/none"


@dataclass
class Site:
    primary: str
    replica: str
    admin: Staff


def _libpq(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


@pytest.fixture(scope="module")
async def site(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Site]:
    """Each test writes its own category codes, so the module shares one pair."""
    async with fresh_database("postgresql", tmp_path_factory.mktemp("replica")) as primary:
        await migrate.upgrade(primary)
        engine = build_engine(primary)
        try:
            sessions = build_sessionmaker(engine)
            await seed_reference_data(sessions)
            admin = await make_staff(sessions, "admin", Role.admin, None)
        finally:
            await engine.dispose()
        server = await require_postgres()
        base = server.rpartition("/")[0]
        name = f"fasttrack_test_{uuid.uuid4().hex[:12]}"
        conn = await asyncpg.connect(server)
        try:
            await conn.execute(f"CREATE DATABASE {name} TEMPLATE {primary.rpartition('/')[2]}")
        finally:
            await conn.close()
        try:
            yield Site(primary, f"{base}/{name}", admin)
        finally:
            conn = await asyncpg.connect(server)
            try:
                await conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            finally:
                await conn.close()


def _settings(settings: Settings, site: Site, replica: str | None, **more: Any) -> Settings:
    return settings.model_copy(
        update={"database_url": site.primary, "database_replica_url": replica, **more}
    )


async def _served(settings: Settings) -> AsyncIterator[tuple[FastAPI, Database]]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        yield app, app.state.database


@pytest.fixture
async def served(settings: Settings, site: Site) -> AsyncIterator[tuple[FastAPI, Database]]:
    async for pair in _served(_settings(settings, site, site.replica)):
        yield pair


def _replica_checkouts(database: Database) -> list[object]:
    """The replica pool's checkouts from now on, as they happen."""
    assert database.replica is not None
    seen: list[object] = []
    event.listen(
        database.replica.engine.sync_engine.pool, "checkout", lambda conn, *_: seen.append(conn)
    )
    return seen


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def _category_codes(client: httpx.AsyncClient, admin: Staff) -> set[str]:
    found = await client.get(
        "/api/v1/categories", params={"q": "replica", "limit": 200}, headers=admin.headers
    )
    assert found.status_code == 200, found.text
    return {c["service_code"] for c in found.json()["items"]}


async def _count_on(url: str, code: str) -> int:
    conn = await asyncpg.connect(_libpq(url))
    try:
        count: int = await conn.fetchval(
            "SELECT count(*) FROM categories WHERE service_code = $1", code
        )
        return count
    finally:
        await conn.close()


async def _create_category(client: httpx.AsyncClient, admin: Staff, code: str) -> httpx.Response:
    return await client.post(
        "/api/v1/categories",
        json={
            "service_code": code,
            "name_th": "ทดสอบสำเนา",
            "name_en": "Replica test",
            "sla_class": "standard",
        },
        headers=admin.headers,
    )


async def test_reads_go_to_the_replica_and_a_writer_reads_its_own_write(
    served: tuple[FastAPI, Database], site: Site
) -> None:
    app, database = served
    assert database.replica is not None
    replica_checkouts = _replica_checkouts(database)
    code = f"replica.c{uuid.uuid4().hex[:8]}"
    async with _client(app) as writer, _client(app) as other:
        created = await _create_category(writer, site.admin, code)
        assert created.status_code == 201, created.text
        # the write is on the primary only, and its WAL position is in the cookie
        assert await _count_on(site.primary, code) == 1
        assert await _count_on(site.replica, code) == 0
        position = writer.cookies.get(WAL_COOKIE)
        assert parse_wal_position(position) is not None
        assert "HttpOnly" in created.headers["set-cookie"]

        # the writer's next reads see its write: the stale replica has no replay position
        # (asked once, on a replica connection handed back at once), so they read the primary
        assert code in await _category_codes(writer, site.admin)
        assert code in await _category_codes(writer, site.admin)
        assert len(replica_checkouts) == 1  # the second one used the cached answer

        # another client (no cookie) reads the stale replica
        assert code not in await _category_codes(other, site.admin)
        assert len(replica_checkouts) == 2

        # a client without the cookie (it expired) reads the replica again
        writer.cookies.clear()
        assert code not in await _category_codes(writer, site.admin)


async def test_who_is_asking_is_read_from_the_primary_even_on_a_read_only_route(
    served: tuple[FastAPI, Database], site: Site
) -> None:
    """A token the lagging replica still holds but the primary no longer has (signed out,
    or its account deactivated since) is refused at once; the route's data still comes
    from the replica."""
    app, database = served
    assert database.replica is not None
    engine = build_engine(site.replica.replace("postgresql://", "postgresql+asyncpg://", 1))
    try:
        only_there = await make_staff(build_sessionmaker(engine), "gone", Role.admin, None)
    finally:
        await engine.dispose()
    replica_checkouts = _replica_checkouts(database)
    async with _client(app) as client:
        refused = await client.get("/api/v1/categories", headers=only_there.headers)
        assert refused.status_code == 401, refused.text
        # a valid token: authenticated on the primary, the categories read on the replica
        answered = await client.get("/api/v1/categories", headers=site.admin.headers)
        assert answered.status_code == 200, answered.text
        assert len(replica_checkouts) == 1


async def test_routes_not_declared_read_only_never_read_the_replica(
    served: tuple[FastAPI, Database], site: Site
) -> None:
    app, database = served
    assert database.replica is not None
    replica_checkouts = _replica_checkouts(database)
    code = f"replica.c{uuid.uuid4().hex[:8]}"
    async with _client(app) as client:
        created = await _create_category(client, site.admin, code)
        assert created.status_code == 201, created.text
        client.cookies.clear()
        # the category's own page is read-only, so it reads the stale replica (404)…
        category_id = created.json()["id"]
        stale = await client.get(f"/api/v1/categories/{category_id}", headers=site.admin.headers)
        assert stale.status_code == 404
        assert len(replica_checkouts) == 1
        # …while the case queue (a route that may write the access log) reads the primary
        queue = await client.get("/api/v1/complaints", headers=site.admin.headers)
        assert queue.status_code == 200, queue.text
        assert len(replica_checkouts) == 1


async def test_a_standalone_replica_may_count_as_caught_up(settings: Settings, site: Site) -> None:
    code = f"replica.c{uuid.uuid4().hex[:8]}"
    update = {"database_replica_standalone_is_current": True}
    async for app, _database in _served(_settings(settings, site, site.replica, **update)):
        async with _client(app) as writer:
            created = await _create_category(writer, site.admin, code)
            assert created.status_code == 201, created.text
            assert writer.cookies.get(WAL_COOKIE)
            # told that a server out of recovery is current: the writer reads the replica
            assert code not in await _category_codes(writer, site.admin)


async def test_an_unreachable_replica_falls_back_to_the_primary(
    settings: Settings, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    code = f"replica.c{uuid.uuid4().hex[:8]}"
    async for app, database in _served(_settings(settings, site, UNREACHABLE)):
        assert database.replica is not None
        async with _client(app) as client:
            created = await _create_category(client, site.admin, code)
            assert created.status_code == 201, created.text
            client.cookies.clear()
            with caplog.at_level(logging.WARNING, logger="fasttrack.db"):
                assert code in await _category_codes(client, site.admin)
                public = await client.get("/api/v1/public/categories")
                assert public.status_code == 200
            warned = [r for r in caplog.records if "replica unreachable" in r.getMessage()]
            # logged once, then left alone for a while (no connection attempt per request)
            assert len(warned) == 1


async def test_the_replica_refuses_writes(served: tuple[FastAPI, Database]) -> None:
    """The replica's transactions are read-only: a route wrongly declared read-only fails
    its write there instead of writing to the copy."""
    _app, database = served
    assert database.replica is not None
    async with database.replica.engine.connect() as conn:
        shown = (await conn.execute(text("SHOW default_transaction_read_only"))).scalar_one()
    assert shown == "on"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/districts",
        "/api/v1/districts/1026",
        "/api/v1/mou-areas",
        "/api/v1/mou-areas/1",
        "/api/v1/mou-areas/2/coverage",
        "/api/v1/mou-areas/2/summary",
        "/api/v1/agencies",
        "/api/v1/agencies/{agency}",
        "/api/v1/categories",
        "/api/v1/categories/{category}",
        "/api/v1/stats/complaints",
        "/api/v1/stats/complaints?live=true",
        "/api/v1/public/categories",
        "/api/v1/public/district-stats",
        "/api/v1/public/activities",
    ],
)
async def test_every_read_only_route_answers_from_the_read_only_replica(
    served: tuple[FastAPI, Database], site: Site, path: str
) -> None:
    app, database = served
    assert database.replica is not None
    replica_checkouts = _replica_checkouts(database)
    async with _client(app) as client:
        if "{" in path:
            listed = await client.get(path.rsplit("/", 1)[0], headers=site.admin.headers)
            first = listed.json()["items"][0]["id"]
            replica_checkouts.clear()
            path = path.rsplit("/", 1)[0] + f"/{first}"
        answer = await client.get(path, headers=site.admin.headers)
    assert answer.status_code == 200, answer.text
    assert len(replica_checkouts) == 1


def test_the_read_only_routes_are_the_documented_ones() -> None:
    """The README lists the routes that read the replica; this keeps the list true."""
    app = create_app(Settings(_env_file=None))
    marked = sorted(
        f"{' '.join(sorted(context.original_route.methods or ()))} "
        + re.sub(r":\w+}", "}", context.path or "")
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        and any(d.call is read_only for d in context.original_route.dependant.dependencies)
    )
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Read replica\n", 1)[1].split("\n#", 1)[0]
    listed = sorted(re.findall(r"`(GET /[^`]+)`", section))
    assert listed == marked
    assert all(entry.startswith("GET ") for entry in marked)
    assert len(marked) == 14


def test_wal_positions_compare_as_numbers() -> None:
    assert parse_wal_position("0/16B3748") == 0x16B3748
    assert parse_wal_position("1/0") == 1 << 32
    assert (parse_wal_position("1/0") or 0) > (parse_wal_position("0/FFFFFFFF") or 0)
    assert parse_wal_position("nonsense") is None
    assert parse_wal_position("") is None
    assert parse_wal_position(None) is None
