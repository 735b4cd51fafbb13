"""Migrations up, down and up again with seeded data; models and migrations agree."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import func, select

from infra.db import migrate
from infra.db.engine import build_engine, build_sessionmaker
from infra.db.tables import AgencyRow, DistrictRow, MouAreaRow, metadata
from infra.seed import seed_reference_data
from tests.support.databases import fresh_database


async def _counts(url: str) -> tuple[int, int, int]:
    engine = build_engine(url)
    try:
        async with engine.connect() as c:
            return (
                (await c.execute(select(func.count()).select_from(DistrictRow))).scalar_one(),
                (await c.execute(select(func.count()).select_from(AgencyRow))).scalar_one(),
                (await c.execute(select(func.count()).select_from(MouAreaRow))).scalar_one(),
            )
    finally:
        await engine.dispose()


async def _seed(url: str) -> None:
    engine = build_engine(url)
    try:
        await seed_reference_data(build_sessionmaker(engine))
    finally:
        await engine.dispose()


async def test_migrations_up_down_up_with_seeded_data(backend: str, tmp_path: Path) -> None:
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        await _seed(url)
        assert await _counts(url) == (50, 71, 5)
        await migrate.downgrade(url, "base")
        engine = build_engine(url)
        async with engine.connect() as c:
            tables = await c.run_sync(lambda sc: sa.inspect(sc).get_table_names())
        await engine.dispose()
        assert set(tables) <= {"alembic_version"}
        await migrate.upgrade(url)
        await _seed(url)
        await _seed(url)  # idempotent: a second run changes nothing
        assert await _counts(url) == (50, 71, 5)
        await migrate.check(url)


async def test_alembic_check_finds_no_drift(database_url: str) -> None:
    await migrate.check(database_url)


def _enum_columns() -> list[tuple[str, str, sa.Enum]]:
    found = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, sa.Enum):
                found.append((table.name, column.name, column.type))
    return found


async def test_enum_check_constraints_match_members(engine) -> None:  # type: ignore[no-untyped-def]
    """alembic check does not see CHECK changes: compare every enum with the database."""
    assert _enum_columns(), "expected enum columns"
    async with engine.connect() as c:
        for table, column, enum_type in _enum_columns():
            name = str(enum_type.name)
            if c.dialect.name == "postgresql":
                definition = (
                    await c.execute(
                        sa.text(
                            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = :n"
                        ),
                        {"n": name},
                    )
                ).scalar_one()
            else:
                ddl = (
                    await c.execute(
                        sa.text("SELECT sql FROM sqlite_master WHERE type='table' AND name = :t"),
                        {"t": table},
                    )
                ).scalar_one()
                match = re.search(rf"CONSTRAINT {name} CHECK \((.*?)\)\s*(,|\)$)", ddl, re.S)
                assert match, f"{name} missing in {table}"
                definition = match.group(1)
            in_db = set(re.findall(r"'([^']*)'", definition))
            assert in_db == set(enum_type.enums), (table, column, in_db ^ set(enum_type.enums))


async def test_search_text_is_recomputed_when_the_normalisation_changes(
    backend: str, tmp_path: Path
) -> None:
    """Migration 0015 rewrites stored search text (and SQLite's FTS copy) written before
    letters were kept apart from digits, so old cases are found both ways."""
    from datetime import UTC, datetime

    from domain.complaint.filters import QueueFilter
    from domain.complaint.model import Channel
    from domain.complaint.queue_ports import QueueSort
    from domain.complaint.service import NewComplaint
    from domain.search.normalize import normalize_for_search
    from domain.shared.paging import PageRequest
    from domain.shared.principal import SYSTEM, Principal, PrincipalKind, Role
    from domain.stats.model import StatsScope
    from infra.db.engine import Database
    from infra.db.uow import SqlUnitOfWork
    from tests.support.complaints import service

    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        await _seed(url)
        engine = build_engine(url)
        try:
            db = Database(engine=engine, sessions=build_sessionmaker(engine))
            omb = Principal(id=SYSTEM.id, kind=PrincipalKind.user, role=Role.omb_officer)
            view = await service(db).create(
                omb,
                NewComplaint(
                    title="ท่อแตกซอยลาดพร้าว71",
                    description="น้ำไหลนอง",
                    channel=Channel.line,
                ),
            )
            case_id = view.complaint.id
            old = "ท่อแตกซอยลาดพร้าว71 น้ำไหลนอง"  # as 0010 to 0014 stored it
            async with engine.begin() as c:
                await c.execute(
                    sa.text("UPDATE complaints SET search_text = :t WHERE id = :id"),
                    {"t": old, "id": case_id.hex if backend == "sqlite" else case_id},
                )
                if backend == "sqlite":
                    await c.execute(
                        sa.text("UPDATE complaints_fts SET search_text = :t"), {"t": old}
                    )
                rows = (await c.execute(sa.text("SELECT search_text FROM complaints"))).all()
                assert [r[0] for r in rows] == [old]
            await engine.dispose()
            await migrate.downgrade(url, "0014")
            await migrate.upgrade(url)
            engine = build_engine(url)
            db = Database(engine=engine, sessions=build_sessionmaker(engine))
            expected = normalize_for_search("ท่อแตกซอยลาดพร้าว71 น้ำไหลนอง")
            assert expected == "ท่อแตกซอยลาดพร้าว 71 น้ำไหลนอง"
            async with engine.connect() as c:
                stored = (await c.execute(sa.text("SELECT search_text FROM complaints"))).all()
                assert [r[0] for r in stored] == [expected]
                if backend == "sqlite":
                    fts = (await c.execute(sa.text("SELECT search_text FROM complaints_fts"))).all()
                    assert [r[0] for r in fts] == [expected]
            for q in ("ลาดพร้าว71", "ลาดพร้าว 71"):
                async with SqlUnitOfWork(db.sessions) as uow:
                    page = await uow.complaint_queries.queue_page(
                        StatsScope(all_cases=True),
                        QueueFilter(q=q),
                        QueueSort.created,
                        PageRequest(10),
                        datetime.now(UTC),
                    )
                assert [c.id for c in page.items] == [case_id], q
        finally:
            await engine.dispose()
