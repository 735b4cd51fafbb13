"""One pooled connection per request: authentication, the use case and an access log take
turns on it; a session opened while another holds it gets its own, so transactions never mix."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import event, text

from api.app import create_app
from infra.db.engine import Database, open_session
from infra.db.uow import SqlUnitOfWork
from infra.settings import Settings
from tests.support.identity import Staff


@pytest.fixture
async def pooled(database_url: str) -> AsyncIterator[tuple[Database, list[Any]]]:
    """A Database on its own engine and pool (as served, not the tests' savepoints), and the
    pool's checkouts as they happen."""
    database = Database.from_url(database_url)
    checkouts: list[Any] = []
    event.listen(
        database.engine.sync_engine.pool, "checkout", lambda conn, *_: checkouts.append(conn)
    )
    try:
        yield database, checkouts
    finally:
        await database.dispose()


async def test_an_authenticated_read_checks_out_one_connection(
    pooled: tuple[Database, list[Any]], settings: Settings, staff: dict[str, Staff]
) -> None:
    database, checkouts = pooled
    app = create_app(settings, database=database)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        url = f"/api/v1/complaints/{uuid.uuid4()}"
        # the token's owner is read, then the case is looked for: two sessions, one checkout
        found = await client.get(url, headers=staff["omb"].headers)
        assert found.status_code == 404
        assert len(checkouts) == 1

        refused = await client.get(url, headers={"Authorization": "Bearer not-a-token"})
        assert refused.status_code == 401
        assert len(checkouts) == 2

        # no database work, no checkout
        assert (await client.get("/healthz")).status_code == 200
        assert len(checkouts) == 2


async def test_sessions_take_turns_on_the_request_connection(
    pooled: tuple[Database, list[Any]],
) -> None:
    database, checkouts = pooled

    async with database.request_scope() as request:
        async with await open_session(database.sessions) as first:
            await first.execute(text("SELECT 1"))
            assert first.bind is request.connection
            # Opened while `first` holds the request's connection: one of its own from the
            # pool (not used here: on SQLite it would wait for `first`'s write lock).
            async with database.sessions() as inner:
                assert inner.bind is database.engine
        # one after the other: the same connection, for a unit of work and a plain session
        async with SqlUnitOfWork(database.sessions) as uow:
            assert uow.session.bind is request.connection
            await uow.session.execute(text("SELECT 1"))
        async with database.sessions() as later:
            assert later.bind is request.connection
            await later.execute(text("SELECT 1"))
    assert len(checkouts) == 1

    # outside a request every session checks out its own, as before
    async with database.sessions() as s:
        assert s.bind is database.engine
        await s.execute(text("SELECT 1"))
    async with database.sessions() as s:
        await s.execute(text("SELECT 1"))
    assert len(checkouts) == 3


async def test_a_commit_on_the_request_connection_is_its_session_own(
    pooled: tuple[Database, list[Any]],
) -> None:
    """A session's rollback does not undo what an earlier session of the request committed."""
    database, _ = pooled
    key = f"request-connection-{uuid.uuid4().hex}"
    insert = text(
        "INSERT INTO rate_limits (key, count, window_start) VALUES (:k, 1, CURRENT_TIMESTAMP)"
    )
    async with database.request_scope():
        async with await open_session(database.sessions) as s:
            await s.execute(insert, {"k": key})
            await s.commit()
        async with await open_session(database.sessions) as s:
            await s.execute(insert, {"k": key + "-rolled-back"})
            await s.rollback()
    async with database.sessions() as s:
        keys = set(
            (
                await s.execute(
                    text("SELECT key FROM rate_limits WHERE key LIKE :p"), {"p": key + "%"}
                )
            ).scalars()
        )
        await s.execute(text("DELETE FROM rate_limits WHERE key = :k"), {"k": key})
        await s.commit()
    assert keys == {key}
