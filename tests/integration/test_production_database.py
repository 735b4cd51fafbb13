"""The README's recipe for a production PostgreSQL database yields one that /readyz accepts."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import asyncpg

from infra.db import migrate
from infra.db.engine import open_database
from infra.db.readiness import check_ready
from tests.support.databases import require_postgres

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "### Creating the production PostgreSQL database"


def readme_statements() -> list[str]:
    """The SQL statements of the README's production-database section, as written there."""
    text = README.read_text(encoding="utf-8")
    assert SECTION in text, "the README explains how to create the production database"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sql\n(.*?)```", section, re.S)
    assert block, "the section shows the SQL to run"
    return [s.strip() for s in block.group(1).split(";") if s.strip()]


def test_the_recipe_names_encoding_locale_and_template() -> None:
    create = next(s for s in readme_statements() if s.startswith("CREATE DATABASE"))
    assert "ENCODING 'UTF8'" in create
    assert "LC_CTYPE 'C.UTF-8'" in create
    assert "TEMPLATE template0" in create


async def test_a_database_made_by_the_readme_recipe_is_ready_for_thai_search() -> None:
    """Run the README's statements verbatim (under a throwaway name), migrate as the new owner
    (who creates pg_trgm itself), and pass the readiness check that refuses a C locale."""
    admin = await require_postgres()
    name = f"fasttrack_readme_{uuid.uuid4().hex[:10]}"
    statements = [re.sub(r"\bfasttrack\b", name, s) for s in readme_statements()]
    conn = await asyncpg.connect(admin)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()
    base = admin.split("://", 1)[1].rpartition("/")[0].split("@")[-1]
    url = f"postgresql+asyncpg://{name}:change-me@{base}/{name}"
    try:
        await migrate.upgrade(url)
        async with open_database(url) as db:
            await check_ready(db)  # raises Unavailable (503) under LC_CTYPE C
    finally:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            await conn.execute(f"DROP ROLE IF EXISTS {name}")
        finally:
            await conn.close()
