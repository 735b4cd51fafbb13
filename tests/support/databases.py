"""Test databases: a fresh SQLite file or a fresh PostgreSQL database, built by migrations."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"


def postgres_server_url() -> str:
    return os.environ.get("FASTTRACK_TEST_POSTGRES_URL", DEFAULT_PG)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


async def require_postgres() -> str:
    """The admin URL of the test server; skip loudly (or fail in CI) when unreachable."""
    url = postgres_server_url()
    try:
        conn = await asyncpg.connect(url, timeout=5)
        await conn.close()
    except (OSError, asyncpg.PostgresError) as exc:
        message = f"PostgreSQL at {url} is unreachable: {exc!r}"
        if in_ci():
            pytest.fail(f"{message} (CI=true: this is a failure, not a skip)", pytrace=False)
        print(f"\n!!! {message} -- PostgreSQL tests are SKIPPED !!!\n")
        pytest.skip(message)
    return url


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@asynccontextmanager
async def fresh_database(backend: str, tmp_dir: Path) -> AsyncIterator[str]:
    """Yield the async SQLAlchemy URL of a new, empty database; drop it afterwards."""
    name = f"fasttrack_test_{uuid.uuid4().hex[:12]}"
    if backend == "sqlite":
        path = tmp_dir / f"{name}.db"
        yield f"sqlite+aiosqlite:///{path}"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)  # noqa: ASYNC240
        return
    admin = await require_postgres()
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(
            f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
            "LC_CTYPE 'C.UTF-8' TEMPLATE template0"
        )
    finally:
        await conn.close()
    try:
        yield _with_database(admin, name).replace("postgresql://", "postgresql+asyncpg://", 1)
    finally:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            await conn.close()
