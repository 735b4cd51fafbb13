"""Prints the SQL the app sends to PostgreSQL for each benchmarked request (with the bound
parameters' types), from the app in process over the benchmark database: what
bench/http/bare.py must run, statement for statement. `python -m bench.http.capture`."""

from __future__ import annotations

import asyncio
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from api.app import create_app
from bench.http.endpoints import ENDPOINTS, Endpoint
from bench.http.prepare import Fixture, db_url, prepare
from infra.db.engine import Database
from infra.settings import Settings

CAPTURE_DB = "fasttrack_bench_http_capture"


@asynccontextmanager
async def in_process(db: str) -> AsyncIterator[tuple[httpx.AsyncClient, Database]]:
    """The app over database `db`, started, behind an in-process client (no socket), and its
    database (to listen to what it sends): as `fasttrack serve` runs it for the benchmark,
    the jobs left to a worker and the tracking limit out of the way."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=Path(tmp),
            _env_file=None,
            database_url=db_url("postgresql+asyncpg", db),
            password_hash_profile="fast",
            jobs="worker",
            public_tracking_per_minute=1_000_000,
        )
        database = Database.from_url(db_url("postgresql+asyncpg", db))
        app = create_app(settings, database=database)
        transport = httpx.ASGITransport(app=app)
        try:
            async with (
                app.router.lifespan_context(app),
                httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c,
            ):
                yield c, database
        finally:
            await database.dispose()


async def capture(
    fixture: Fixture, endpoints: list[Endpoint], db: str = CAPTURE_DB
) -> dict[str, list[str]]:
    """Each endpoint requested twice in process (the second time counts: caches warm);
    returns its statements in order."""
    out: dict[str, list[str]] = {}
    current: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        current.append(f"{statement}  -- params: {params!r}")

    async with in_process(db) as (c, database):
        sync = database.engine.sync_engine
        event.listen(sync, "before_cursor_execute", listen)
        for name in ("begin", "commit", "rollback"):
            event.listen(sync, name, lambda conn, name=name: current.append(f"-- {name.upper()}"))
        event.listen(sync.pool, "checkout", lambda *_: current.append("-- pool checkout"))
        for ep in endpoints:
            for _ in range(2):
                current.clear()
                r = await c.request(
                    ep.method,
                    ep.path(fixture),
                    headers=ep.headers(fixture, str(uuid.uuid4())),
                    content=ep.body(fixture),
                )
                assert r.status_code < 300, (ep.name, r.status_code, r.text[:300])
            out[ep.name] = list(current)
    return out


async def main() -> None:
    # A small database of its own: the benchmark's (N cases) stays as it is.
    fixture = await prepare(2000, db=CAPTURE_DB)
    for name, statements in (await capture(fixture, ENDPOINTS)).items():
        print(f"\n===== {name}: {len(statements)} statements")
        for s in statements:
            print(s, "\n")


if __name__ == "__main__":
    asyncio.run(main())
