"""The database traps of this stack, each pinned by a test on both databases."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import col

from domain.errors import Conflict
from infra.db.engine import Database, build_sessionmaker
from infra.db.tables import AgencyKind, AgencyRow
from infra.db.uow import SqlUnitOfWork


def _agency(code: str, **kw: object) -> AgencyRow:
    now = datetime.now(UTC)
    fields: dict[str, object] = dict(
        id=uuid.uuid4(),
        code=code,
        kind=AgencyKind.external_partner,
        name_th="สสส.",
        name_en="ThaiHealth",
        created_at=now,
        updated_at=now,
    )
    fields.update(kw)
    return AgencyRow(**fields)  # type: ignore[arg-type]


async def test_times_come_back_aware_utc(database: Database) -> None:
    bangkok = timezone(timedelta(hours=7))
    at = datetime(2026, 4, 10, 15, 0, tzinfo=bangkok)
    async with database.sessions() as s:
        s.add(_agency("TZT", created_at=at, updated_at=at))
        await s.commit()
    async with database.sessions() as s:
        row = (await s.execute(select(AgencyRow).where(col(AgencyRow.code) == "TZT"))).scalar_one()
    assert row.created_at.tzinfo is not None
    assert row.created_at.utcoffset() == timedelta(0)
    assert row.created_at == at


async def test_naive_datetimes_are_refused(database: Database) -> None:
    async with database.sessions() as s:
        s.add(_agency("NAIVE", created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1)))
        with pytest.raises(StatementError, match="naive"):
            await s.commit()


async def test_attributes_stay_loaded_after_commit(database: Database) -> None:
    """expire_on_commit=False: reading after commit must not trigger a lazy load
    (which raises MissingGreenlet under asyncio)."""
    async with database.sessions() as s:
        row = _agency("EXP")
        s.add(row)
        await s.commit()
        assert row.name_en == "ThaiHealth"
        assert row.code == "EXP"


async def test_foreign_keys_are_enforced(database: Database) -> None:
    async with database.sessions() as s:
        s.add(_agency("FK1", district_code="9999"))
        with pytest.raises(IntegrityError):
            await s.commit()


async def test_unique_constraint_becomes_a_domain_conflict(database: Database) -> None:
    with pytest.raises(Conflict) as caught:
        async with SqlUnitOfWork(database.sessions) as uow:
            uow.session.add(_agency("OMB"))  # seeded already
            await uow.commit()
    assert caught.value.code == "agency.code_taken"


async def test_savepoint_isolation_really_rolls_back(engine) -> None:  # type: ignore[no-untyped-def]
    """What the `database` fixture relies on: a committed session inside an outer
    transaction is undone by the outer rollback (silently broken on SQLite without the
    driver workaround in infra.db.engine)."""
    code = f"ISO{uuid.uuid4().hex[:6]}"
    async with engine.connect() as conn:
        outer = await conn.begin()
        sessions = build_sessionmaker(conn, join_transaction_mode="create_savepoint")
        async with sessions() as s:
            s.add(_agency(code))
            await s.commit()
        async with sessions() as s:
            # a rolled-back savepoint inside the outer transaction loses only its own work
            s.add(_agency(code + "X"))
            await s.flush()
            await s.rollback()
        assert (
            await conn.execute(
                sa.text("SELECT count(*) FROM agencies WHERE code LIKE :c"), {"c": code + "%"}
            )
        ).scalar_one() == 1
        await outer.rollback()
    async with engine.connect() as conn:
        count = (
            await conn.execute(
                sa.text("SELECT count(*) FROM agencies WHERE code LIKE :c"), {"c": code + "%"}
            )
        ).scalar_one()
    assert count == 0
