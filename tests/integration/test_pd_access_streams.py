"""The personal-data access log is chained per subject (issue 21): writers about different
cases do not wait for each other's chain lock, each case's entries are one chain that
`audit verify` checks on its own (also after a retention purge that cuts several streams),
and migration 0032 re-chains the entries written before it."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit.model import AuditFilter
from domain.complaint.model import Channel, Complainant
from domain.complaint.service import ComplaintService, NewComplaint
from domain.privacy.masking import ContactDetails
from domain.privacy.model import PersonalDataAccess
from domain.privacy.retention import RetentionPolicy, RetentionService
from domain.shared.clock import FixedClock
from domain.shared.paging import PageRequest
from domain.shared.principal import Role
from infra.db import migrate
from infra.db.chain import GENESIS, entry_hash, verify, writer_of
from infra.db.engine import Database
from infra.db.repositories.privacy import SqlPersonalDataAccessLog
from infra.db.types import UTCDateTime, json_type
from infra.db.uow import SqlUnitOfWork
from infra.seed import seed_reference_data
from tests.support.complaints import locator, principal
from tests.support.databases import fresh_database
from tests.support.identity import Staff, make_staff

pytestmark = pytest.mark.db

NOW = datetime.now(UTC)
LATER = NOW + timedelta(days=3650)
POLICY = RetentionPolicy(case_personal_data_years=50, attachment_years=50, access_log_years=2)
LOG = "personal_data_access_log"


async def _case(database: Database, omb: Staff, name: str) -> uuid.UUID:
    svc = ComplaintService(lambda: SqlUnitOfWork(database.sessions), FixedClock(NOW), locator())
    view = await svc.create(
        principal(omb),
        NewComplaint(
            title="ไฟถนนดับทั้งซอย",
            description="มืดมากตอนกลางคืน",
            channel=Channel.hotline_1676,
            complainant=Complainant(ContactDetails(name, "0819990000", None, None)),
        ),
    )
    return view.complaint.id


def _entry(complaint_id: uuid.UUID, at: datetime = NOW) -> PersonalDataAccess:
    return PersonalDataAccess(
        uuid.uuid4(), at, "user", None, complaint_id, ("name",), "case_view", None
    )


async def _append(database: Database, entries: Sequence[PersonalDataAccess]) -> None:
    async with database.sessions() as s:
        await SqlPersonalDataAccessLog(s).append_many(entries)
        await s.commit()


async def _rows(database: Database) -> list[Any]:
    async with database.sessions() as s:
        return list(
            await s.execute(
                sa.text(
                    f"SELECT id, complaint_id, stream, chain_seq, prev_hash, hash FROM {LOG} "
                    "ORDER BY stream, chain_seq"
                )
            )
        )


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _param(database: Database, value: uuid.UUID) -> object:
    return value if database.engine.dialect.name == "postgresql" else value.hex


async def test_writers_about_different_cases_do_not_wait_for_each_other(
    backend: str, tmp_path: Path
) -> None:
    """tx1 chains its entry about case A (holding A's chain lock) and stays open; an entry
    about case B commits meanwhile, one about case A times out waiting for the lock."""
    if backend != "postgresql":
        pytest.skip("advisory locks: PostgreSQL only (SQLite has one writer at a time)")
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            a, b = await _case(db, omb, "สมชาย หนึ่ง"), await _case(db, omb, "สมหญิง สอง")
            async with db.sessions() as tx1:
                await SqlPersonalDataAccessLog(tx1).append_many([_entry(a)])
                # What tx1's commit does first: take A's chain lock and insert, then wait.
                await tx1.run_sync(lambda sync: writer_of(tx1).flush(sync))

                async def other(case: uuid.UUID, wait: str) -> None:
                    async with db.sessions() as tx2:
                        await tx2.execute(sa.text(f"SET LOCAL lock_timeout = '{wait}'"))
                        await SqlPersonalDataAccessLog(tx2).append_many([_entry(case)])
                        await tx2.commit()

                await other(b, "3s")  # another case: no wait
                with pytest.raises(DBAPIError) as waited:
                    await other(a, "1s")  # the same case: behind tx1's lock
                assert "lock timeout" in str(waited.value)
                await tx1.commit()
            async with db.sessions() as s:
                report = await verify(s)
            assert report.ok, report.broken
            async with db.sessions() as s:
                found = await s.execute(
                    sa.text(f"SELECT stream, max(chain_seq) FROM {LOG} GROUP BY stream")
                )
                streams = {str(r[0]): int(r[1]) for r in found}
            # Each case: its intake entry, then tx1's (A) or tx2's (B).
            assert streams == {f"complaint:{a}": 2, f"complaint:{b}": 2}
        finally:
            await db.dispose()


async def test_each_subject_is_its_own_chain(database: Database, staff: dict[str, Staff]) -> None:
    a = await _case(database, staff["omb"], "สมชาย หนึ่ง")
    b = await _case(database, staff["omb"], "สมหญิง สอง")
    # One transaction about both cases (a queue page): two chains, each from genesis.
    await _append(database, [_entry(a), _entry(b), _entry(a)])
    await _append(database, [_entry(b)])
    rows = await _rows(database)
    by_stream: dict[str, list[Any]] = {}
    for r in rows:
        assert r.stream == f"complaint:{_uuid(r.complaint_id)}"
        by_stream.setdefault(r.stream, []).append(r)
    assert sorted(by_stream) == sorted([f"complaint:{a}", f"complaint:{b}"])
    for chain in by_stream.values():
        assert [r.chain_seq for r in chain] == [1, 2, 3]
        assert chain[0].prev_hash == GENESIS
        assert all(after.prev_hash == before.hash for before, after in itertools.pairwise(chain))
    async with database.sessions() as s:
        report = await verify(s)
    assert report.ok, report.broken


async def _tamper_fields(database: Database, entry_id: object) -> None:
    """As someone with database access would: around the UPDATE trigger (rolled back with
    the test's outer transaction)."""
    async with database.sessions() as s:
        if s.bind.dialect.name == "postgresql":
            await s.execute(sa.text(f"ALTER TABLE {LOG} DISABLE TRIGGER {LOG}_append_only"))
        else:
            await s.execute(sa.text(f"DROP TRIGGER {LOG}_no_update"))
        await s.execute(
            sa.text(f"UPDATE {LOG} SET fields = :f WHERE id = :id"),
            {"f": '["phone"]', "id": _param(database, _uuid(entry_id))},
        )
        await s.commit()


async def test_a_purge_of_several_streams_verifies_and_tampering_is_still_found(
    database: Database, staff: dict[str, Staff]
) -> None:
    a = await _case(database, staff["omb"], "สมชาย หนึ่ง")
    b = await _case(database, staff["omb"], "สมหญิง สอง")
    old = LATER - timedelta(days=3 * 365)
    await _append(database, [_entry(a, old), _entry(b, old), _entry(a, old)])
    await _append(database, [_entry(a, LATER), _entry(b, LATER), _entry(b, LATER)])

    purged = await RetentionService(
        lambda: SqlUnitOfWork(database.sessions), FixedClock(LATER), POLICY
    ).purge()

    # A: intake (old by then), two old, one recent -> 3 go; B: intake, one old -> 2 go.
    assert purged.purged_access_entries == 5
    async with SqlUnitOfWork(database.sessions) as uow:
        page = await uow.audit.list(
            PageRequest(10, None), AuditFilter(action="retention.purge_access_log")
        )
    [entry] = page.items
    assert entry.after is not None
    cuts = entry.after["streams"]
    assert {k: v["through_seq"] for k, v in cuts.items()} == {
        f"complaint:{a}": 3,
        f"complaint:{b}": 2,
    }
    rows = await _rows(database)
    assert [(r.stream, r.chain_seq) for r in rows] == sorted(
        [(f"complaint:{a}", 4), (f"complaint:{b}", 3), (f"complaint:{b}", 4)]
    )
    async with database.sessions() as s:
        report = await verify(s)
    assert report.ok, report.broken

    target = next(r for r in rows if r.stream == f"complaint:{b}" and r.chain_seq == 4)
    await _tamper_fields(database, target.id)
    async with database.sessions() as s:
        report = await verify(s)
    assert [(b.stream, b.entry_id, b.chain_seq) for b in report.broken] == [
        (f"complaint:{b}", _uuid(target.id), 4)
    ]
    assert "content" in report.broken[0].problem


# --- migration 0032 ------------------------------------------------------------------------

_OLD_CONTENT = (
    "id",
    "at",
    "actor_kind",
    "actor_id",
    "complaint_id",
    "activity_id",
    "fields",
    "purpose",
    "request_id",
)


async def _old_way(s: AsyncSession, complaint_ids: Sequence[uuid.UUID]) -> None:
    """Append as the writer did before 0032: one stream, the hash without `stream`."""
    types: dict[str, Any] = {
        "id": sa.Uuid(),
        "at": UTCDateTime(),
        "actor_id": sa.Uuid(),
        "complaint_id": sa.Uuid(),
        "activity_id": sa.Uuid(),
        "fields": json_type(),
    }
    t = sa.table(
        LOG,
        *(sa.column(c, types.get(c, sa.String())) for c in _OLD_CONTENT),
        sa.column("chain_seq", sa.BigInteger()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    head = (
        await s.execute(sa.text(f"SELECT chain_seq, hash FROM {LOG} ORDER BY chain_seq DESC"))
    ).first()
    seq, prev = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    for n, cid in enumerate(complaint_ids):
        seq += 1
        content = {
            "id": uuid.uuid4(),
            "at": NOW + timedelta(seconds=n),
            "actor_kind": "user",
            "actor_id": None,
            "complaint_id": cid,
            "activity_id": None,
            "fields": ["name"],
            "purpose": "case_view",
            "request_id": None,
            "chain_seq": seq,
        }
        h = entry_hash(prev, content)
        stored = {**content, "prev_hash": prev, "hash": h}
        await s.execute(sa.insert(t).values(**stored))
        prev = h


async def _cases_at_0031(url: str, *names: str) -> list[uuid.UUID]:
    """Cases filed at head, then the schema taken back to 0031 (before per-subject streams)."""
    await migrate.upgrade(url)
    db = Database.from_url(url)
    try:
        await seed_reference_data(db.sessions)
        omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
        cases = [await _case(db, omb, name) for name in names]
    finally:
        await db.dispose()
    await migrate.downgrade(url, "0031")
    return cases


async def test_migration_0032_rechains_the_entries_written_before_it(
    backend: str, tmp_path: Path
) -> None:
    async with fresh_database(backend, tmp_path) as url:
        a, b = await _cases_at_0031(url, "สมชาย หนึ่ง", "สมหญิง สอง")
        db = Database.from_url(url)
        try:
            async with db.sessions() as s:
                await _old_way(s, [a, b, a, a, b])
                await s.commit()
                old = [
                    tuple(r)
                    for r in await s.execute(
                        sa.text(f"SELECT id, complaint_id, chain_seq FROM {LOG} ORDER BY chain_seq")
                    )
                ]
        finally:
            await db.dispose()
        assert [r[2] for r in old] == list(range(1, 8))  # one stream at 0031

        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            rows = await _rows(db)
            async with db.sessions() as s:
                report = await verify(s)
        finally:
            await db.dispose()
        assert report.ok, report.broken
        # Each case's entries, 1..n in their old order, in the case's stream.
        expected = []
        for case in (a, b):
            mine = [r for r in old if _uuid(r[1]) == case]
            expected += [(f"complaint:{case}", n, _uuid(r[0])) for n, r in enumerate(mine, 1)]
        assert sorted((r.stream, r.chain_seq, _uuid(r.id)) for r in rows) == sorted(expected)
        assert len(expected) == 7


async def test_migration_0032_refuses_to_rechain_an_old_chain_that_does_not_verify(
    backend: str, tmp_path: Path
) -> None:
    """Re-chaining recomputes every hash: an entry altered before the upgrade would verify
    afterwards. The upgrade checks the old chain first and stops at a break."""
    async with fresh_database(backend, tmp_path) as url:
        [a] = await _cases_at_0031(url, "สมชาย หนึ่ง")
        db = Database.from_url(url)
        try:
            async with db.sessions() as s:
                await _old_way(s, [a, a, a])
                # what only the table's owner can do: around the append-only trigger
                if backend == "postgresql":
                    await s.execute(sa.text(f"ALTER TABLE {LOG} DISABLE TRIGGER {LOG}_append_only"))
                else:
                    await s.execute(sa.text(f"DROP TRIGGER {LOG}_no_update"))
                await s.execute(
                    sa.text(f"UPDATE {LOG} SET purpose = 'nothing to see' WHERE chain_seq = 2")
                )
                await s.commit()
        finally:
            await db.dispose()

        with pytest.raises(Exception, match="does not verify in the old chain"):
            await migrate.upgrade(url)
