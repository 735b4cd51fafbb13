"""Run Alembic from code: the same configuration for the CLI, the app and the tests."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["database_url"] = database_url
    return cfg


async def _in_thread(fn: Callable[..., object], *args: object) -> None:
    # env.py runs its own event loop; keep it off any loop that is already running.
    await asyncio.to_thread(fn, *args)


async def upgrade(database_url: str, revision: str = "head") -> None:
    await _in_thread(command.upgrade, alembic_config(database_url), revision)


async def downgrade(database_url: str, revision: str = "base") -> None:
    await _in_thread(command.downgrade, alembic_config(database_url), revision)


async def check(database_url: str) -> None:
    """Raise when the models and the migrations disagree (alembic check)."""
    await _in_thread(command.check, alembic_config(database_url))


@functools.cache
def head_revisions() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config("")).get_heads())


async def current_revisions(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        conn = await conn.execution_options(sqlite_begin="BEGIN")
        return set(await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_heads()))
