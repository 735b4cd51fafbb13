"""The rare-term Thai search keeps the pg_trgm index whatever the statistics sample says
(issue 22). A small table reproduces the flip deterministically: 3,000 cases are fewer than
ANALYZE samples at target 10 (300 rows a point), so it reads them all, and the rare term is
put on the cases that become the histogram's bounds. With the column's default target the
planner believes 11 % of cases match and walks `ix_complaints_created` backwards; with the
target migration 0035 sets it sees the 1 % that do and uses the trigram index. The same check
on the benchmark's data, with the sample's randomness, runs in `make bench`."""

from __future__ import annotations

from pathlib import Path

import asyncpg
import pytest

from bench.search_plan import (
    CREATED_INDEX,
    TRIGRAM_INDEX,
    check_rare_term_plan,
    plan_indexes,
    search_statement,
)
from bench.seed import RARE_TERM, seed_sql
from infra.db import migrate
from infra.db.engine import build_engine, build_sessionmaker
from infra.seed import seed_reference_data
from tests.support.databases import fresh_database

CASES = 3000
STEP = 300  # the histogram's bounds at target 10: every 300th case in sort order

# search_text sorts by the case's number (zero-padded, first); the rare term is on the cases
# at and next to each bound, 30 of 3,000; no other text shares a trigram with it.
SPREAD = f"""
UPDATE complaints c SET search_text = lpad(r.k::text, 6, '0') || ' ' || repeat('ถนนในซอย ', 10)
  || CASE WHEN r.k % {STEP} IN (0, 1, {STEP - 1}) THEN '{RARE_TERM}' ELSE 'ไฟดับ' END
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM complaints) r
WHERE r.id = c.id
"""


async def test_the_rare_term_search_uses_the_trigram_index_whatever_the_sample(
    backend: str, tmp_path: Path
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite searches through its FTS5 table; there is no plan to flip")
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        engine = build_engine(url)
        conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
        try:
            await seed_reference_data(build_sessionmaker(engine))
            await conn.execute(seed_sql(CASES))
            await conn.execute(SPREAD)
            await conn.execute("VACUUM FULL complaints")  # the same pages whatever autovacuum did
            sql, params = await search_statement(engine, RARE_TERM)
            target = await conn.fetchval(
                "SELECT attstattarget FROM pg_attribute"
                " WHERE attrelid = 'complaints'::regclass AND attname = 'search_text'"
            )
            assert target == 1000  # migration 0035

            assert await check_rare_term_plan(conn, sql, params, {10: 2}) == []
            await conn.execute("SET default_statistics_target = 10")
            await conn.execute("ANALYZE complaints")
            assert TRIGRAM_INDEX in await plan_indexes(conn, sql, params)
            matching = await conn.fetch(sql, *params)
            assert len(matching) == 30 and all(RARE_TERM in r["search_text"] for r in matching)

            # The same data and sample with the column's default target: the flip.
            await conn.execute("ALTER TABLE complaints ALTER COLUMN search_text SET STATISTICS -1")
            await conn.execute("ANALYZE complaints")
            used = await plan_indexes(conn, sql, params)
            assert CREATED_INDEX in used and TRIGRAM_INDEX not in used
            assert await check_rare_term_plan(conn, sql, params, {10: 1}) != []
            # ... which returns the same cases, only slower.
            assert await conn.fetch(sql, *params) == matching
        finally:
            await conn.close()
            await engine.dispose()
