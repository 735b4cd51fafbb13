"""Alembic environment: async, both databases, SQLite foreign keys handled around rebuilds."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic import context
from sqlalchemy.engine import Connection

from infra.db import tables
from infra.db.engine import build_engine
from infra.settings import Settings

config = context.config
target_metadata = tables.metadata

# Objects that autogenerate cannot describe (search indexes, FTS tables) are listed here so
# `alembic check` ignores them explicitly rather than by accident.
IGNORED_OBJECTS: set[str] = {
    # 0010: PostgreSQL's pg_trgm GIN index on complaints.search_text.
    "ix_complaints_search_trgm",
    # 0010: SQLite's FTS5 trigram table and the shadow tables FTS5 creates for it.
    "complaints_fts",
    "complaints_fts_data",
    "complaints_fts_idx",
    "complaints_fts_content",
    "complaints_fts_docsize",
    "complaints_fts_config",
}


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    if name is None:
        return True
    if name in IGNORED_OBJECTS:
        return False
    # procrastinate_*: the job queue's own schema (applied by `fasttrack migrate` on PostgreSQL).
    return not any(name.startswith(prefix) for prefix in ("complaints_fts", "procrastinate_"))


def _url() -> str:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    return str(url) if url else Settings().effective_database_url


def do_run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        # Our SQLite connections emit their own BEGIN, so DDL is transactional there too.
        transactional_ddl=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            # Foreign keys are off during migrations (batch mode rebuilds tables with DROP
            # TABLE); prove nothing dangles before the transaction commits.
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key violations after migration: {problems[:5]}")


async def run_async_migrations() -> None:
    engine = build_engine(_url(), foreign_keys=False)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(do_run_migrations)
    finally:
        await engine.dispose()


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    connection = config.attributes.get("connection")
    if connection is not None:
        do_run_migrations(connection)
    else:
        asyncio.run(run_async_migrations())
