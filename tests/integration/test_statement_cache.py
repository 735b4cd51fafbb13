"""FASTTRACK_DB_STATEMENT_CACHE_SIZE reaches both prepared-statement caches of a PostgreSQL
connection (asyncpg's and SQLAlchemy's), as PgBouncer in transaction mode without
`max_prepared_statements` needs them off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from infra.db.engine import build_engine
from infra.settings import Settings
from tests.support.databases import require_postgres


async def _caches(engine: AsyncEngine) -> tuple[int, Any, str | None]:
    async with engine.connect() as conn:
        for _ in range(2):
            assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
        raw = await conn.get_raw_connection()
        adapted: Any = raw.dbapi_connection
        driver: Any = raw.driver_connection
        named = adapted._prepared_statement_name_func
        name = named() if named is not None else None
        return driver._stmt_cache.get_max_size(), adapted._prepared_statement_cache, name


async def test_the_engine_honours_the_statement_cache_size() -> None:
    url = (await require_postgres()).replace("postgresql://", "postgresql+asyncpg://", 1)
    off = build_engine(url, statement_cache_size=0)
    default = build_engine(url)
    try:
        size, sqlalchemy_cache, name = await _caches(off)
        assert size == 0
        assert sqlalchemy_cache is None
        assert (
            name is not None and name.startswith("__asyncpg_") and len(name) > 30
        )  # unique, not numbered
        size, sqlalchemy_cache, _ = await _caches(default)
        assert size == 100
        assert sqlalchemy_cache is not None
    finally:
        await off.dispose()
        await default.dispose()


async def test_the_setting_reaches_the_served_engine(tmp_path: Path, settings: Settings) -> None:
    url = await require_postgres()
    app = create_app(
        settings.model_copy(update={"database_url": url, "db_statement_cache_size": 0})
    )
    async with app.router.lifespan_context(app):
        size, sqlalchemy_cache, _ = await _caches(app.state.database.engine)
    assert size == 0
    assert sqlalchemy_cache is None
