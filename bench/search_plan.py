"""Which indexes the Thai search's plan uses (issue 22: the rare-term plan must not flip to a
backwards walk of `ix_complaints_created` when the statistics sample says the term is common).
Shared by `make bench` (bench/run.py) and tests/integration/test_search_plan.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.complaint.filters import QueueFilter
from domain.complaint.queue_ports import QueueSort
from domain.shared.paging import PageRequest
from domain.stats.model import StatsScope
from infra.db.engine import build_sessionmaker
from infra.db.repositories.queue import SqlComplaintQueries

TRIGRAM_INDEX = "ix_complaints_search_trgm"
CREATED_INDEX = "ix_complaints_created"


async def search_statement(
    engine: AsyncEngine, term: str, page: int = 50
) -> tuple[str, tuple[Any, ...]]:
    """The statement (and its parameters) the OMB queue sends for `?q=term`."""
    sent: list[tuple[str, tuple[Any, ...]]] = []

    def listen(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: Any
    ) -> None:
        sent.append((statement, tuple(params or ())))

    event.listen(engine.sync_engine, "before_cursor_execute", listen)
    try:
        async with build_sessionmaker(engine)() as s:
            await SqlComplaintQueries(s).queue_page(
                StatsScope(all_cases=True),
                QueueFilter(q=term),
                QueueSort.created,
                PageRequest(page, None),
                datetime.now(UTC),
            )
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", listen)
    return next(s for s in sent if "search_text" in s[0] and s[0].lstrip().startswith("SELECT"))


def _indexes(node: dict[str, Any], out: list[str]) -> list[str]:
    if "Index Name" in node:
        out.append(str(node["Index Name"]))
    for child in node.get("Plans", []):
        _indexes(child, out)
    return out


async def plan_indexes(conn: asyncpg.Connection, sql: str, params: tuple[Any, ...]) -> list[str]:
    """The indexes `EXPLAIN (FORMAT JSON)` shows for the statement, outermost first."""
    raw = await conn.fetchval(f"EXPLAIN (FORMAT JSON) {sql}", *params)
    doc = json.loads(raw) if isinstance(raw, str) else raw
    return _indexes(doc[0]["Plan"], [])


async def check_rare_term_plan(
    conn: asyncpg.Connection, sql: str, params: tuple[Any, ...], rounds: dict[int, int]
) -> list[str]:
    """For each default statistics target, ANALYZE `complaints` that many times and EXPLAIN the
    rare-term search after each; the problems found (empty when every plan uses the trigram
    index). The session's target goes back to the server's default at the end."""
    problems = []
    try:
        for target, times in rounds.items():
            await conn.execute(f"SET default_statistics_target = {int(target)}")
            for i in range(times):
                await conn.execute("ANALYZE complaints")
                used = await plan_indexes(conn, sql, params)
                if TRIGRAM_INDEX not in used:
                    problems.append(
                        f"default_statistics_target={target}, ANALYZE #{i + 1}: the rare-term"
                        f" search does not use {TRIGRAM_INDEX} (indexes: {used or 'none'})"
                    )
    finally:
        await conn.execute("RESET default_statistics_target")
    return problems
