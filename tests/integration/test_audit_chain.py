"""The audit trails are append-only in the database itself and hash-chained per stream; the
chain check (`fasttrack audit verify`) names the first broken link of each stream."""

from __future__ import annotations

import asyncio
import itertools
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from api.cli import main
from domain.audit.model import AuditEntry
from domain.complaint.model import Channel, Complainant, EventKind, Visibility
from domain.complaint.service import NewComplaint, NewEntry
from domain.privacy.masking import ContactDetails
from domain.shared.principal import SYSTEM, Role
from infra.db import migrate
from infra.db.chain import GENESIS, entry_hash, verify
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from infra.seed import seed_reference_data
from tests.support.complaints import principal, service
from tests.support.databases import fresh_database
from tests.support.identity import Staff, make_staff

LOGS = ("audit_log", "personal_data_access_log", "complaint_events")


async def _case_with_entries(database: Database, omb: Staff, notes: int = 3) -> uuid.UUID:
    svc = service(database)
    actor = principal(omb)
    view = await svc.create(
        actor,
        NewComplaint(
            title="ทางม้าลายหน้าโรงเรียนสีจาง",
            description="รถไม่หยุดให้เด็กข้าม",
            channel=Channel.hotline_1676,
            complainant=Complainant(ContactDetails("สมชาย ใจดี", "0812345678", None, None)),
        ),
    )
    for n in range(notes):
        await svc.add_entry(actor, view.complaint.id, NewEntry(EventKind.note, f"บันทึก {n}"))
    await svc.get(actor, view.complaint.id)  # shown unmasked: a personal-data access entry
    return view.complaint.id


async def _audit(database: Database, n: int) -> None:
    async with SqlUnitOfWork(database.sessions) as uow:
        for i in range(n):
            entry = AuditEntry.record(
                SYSTEM, datetime.now(UTC), "test.audit", "test", uuid.uuid4(), after={"i": i}
            )
            await uow.audit.append(entry)
        await uow.commit()


async def _events(database: Database, case_id: uuid.UUID) -> list[sa.Row[tuple[object, ...]]]:
    async with database.sessions() as s:
        return list(
            await s.execute(
                sa.text(
                    "SELECT id, chain_seq, prev_hash, hash FROM complaint_events "
                    "WHERE complaint_id = :c ORDER BY chain_seq"
                ),
                {"c": case_id if s.bind.dialect.name == "postgresql" else case_id.hex},
            )
        )


async def _tamper(database: Database, table: str, sql: str, params: dict[str, object]) -> None:
    """Change a row behind the application's back, as someone with database access would:
    on PostgreSQL a superuser disables the table's trigger first; on SQLite the triggers are
    dropped. Both inside the test's outer transaction, which rolls it all back."""
    async with database.sessions() as s:
        if s.bind.dialect.name == "postgresql":
            await s.execute(sa.text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
        else:
            for verb in ("update", "delete"):
                await s.execute(sa.text(f"DROP TRIGGER {table}_no_{verb}"))
        await s.execute(sa.text(sql), params)
        await s.commit()


def _id(database: Database, value: object) -> object:
    assert isinstance(value, uuid.UUID | str)
    as_uuid = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    return as_uuid if database.engine.dialect.name == "postgresql" else as_uuid.hex


async def test_each_timeline_is_a_chain_from_genesis(
    database: Database, staff: dict[str, Staff]
) -> None:
    case_id = await _case_with_entries(database, staff["omb"])
    events = await _events(database, case_id)
    assert [e.chain_seq for e in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    async with database.sessions() as s:
        report = await verify(s)
    assert report.ok, report.broken
    assert report.entries >= len(events)


@pytest.mark.parametrize("table", LOGS)
async def test_the_database_refuses_update_delete_and_truncate(
    database: Database, staff: dict[str, Staff], table: str
) -> None:
    await _case_with_entries(database, staff["omb"], notes=1)
    await _audit(database, 1)
    statements = [f"UPDATE {table} SET request_id = 'x'", f"DELETE FROM {table}"]
    async with database.sessions() as s:
        if s.bind.dialect.name == "postgresql":
            statements.append(f"TRUNCATE {table} CASCADE")
        for sql in statements:
            with pytest.raises(DBAPIError) as refused:
                async with s.begin_nested():
                    await s.execute(sa.text(sql))
            assert "append-only" in str(refused.value), sql
        count = (await s.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one()
    assert count > 0


async def test_verify_names_the_tampered_timeline_entry(
    database: Database, staff: dict[str, Staff]
) -> None:
    case_id = await _case_with_entries(database, staff["omb"])
    events = await _events(database, case_id)
    target = events[2]
    await _tamper(
        database,
        "complaint_events",
        "UPDATE complaint_events SET data = :d WHERE id = :id",
        {"d": json.dumps({"text": "แก้ไขย้อนหลัง"}), "id": _id(database, target.id)},
    )
    async with database.sessions() as s:
        report = await verify(s)
    assert not report.ok
    assert [(b.stream, b.entry_id, b.chain_seq) for b in report.broken] == [
        (f"timeline:{case_id}", _uuid(target.id), 3)
    ]
    assert "content" in report.broken[0].problem


async def test_verify_names_the_entry_after_a_deleted_one(
    database: Database, staff: dict[str, Staff]
) -> None:
    await _audit(database, 3)
    async with database.sessions() as s:
        rows = list(
            await s.execute(sa.text("SELECT id, chain_seq FROM audit_log ORDER BY chain_seq"))
        )
    gone, after = rows[-2], rows[-1]
    await _tamper(
        database,
        "audit_log",
        "DELETE FROM audit_log WHERE id = :id",
        {"id": _id(database, gone.id)},
    )
    async with database.sessions() as s:
        report = await verify(s)
    assert [(b.stream, b.entry_id) for b in report.broken] == [("audit_log", _uuid(after.id))]
    assert "missing" in report.broken[0].problem


async def test_verify_names_a_relinked_access_log_entry(
    database: Database, staff: dict[str, Staff]
) -> None:
    """A forged entry whose own hash is right but which does not link to the one before."""
    await _case_with_entries(database, staff["omb"], notes=0)
    await _case_with_entries(database, staff["omb"], notes=0)
    async with database.sessions() as s:
        last = (
            await s.execute(
                sa.text(
                    "SELECT id, complaint_id FROM personal_data_access_log "
                    "ORDER BY at DESC, chain_seq DESC LIMIT 1"
                )
            )
        ).one()
    await _tamper(
        database,
        "personal_data_access_log",
        "UPDATE personal_data_access_log SET prev_hash = :p WHERE id = :id",
        {"p": entry_hash(GENESIS, {}), "id": _id(database, last.id)},
    )
    async with database.sessions() as s:
        report = await verify(s)
    # The access log is chained per subject: only that case's stream is broken.
    stream = f"complaint:{_uuid(last.complaint_id)}"
    assert [(b.stream, b.entry_id) for b in report.broken] == [(stream, _uuid(last.id))]


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


async def test_concurrent_appends_do_not_fork_a_chain(backend: str, tmp_path: Path) -> None:
    """Several connections append to the same streams at once: every stream stays one chain."""
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            case_id = await _case_with_entries(db, omb, notes=0)
            svc, actor = service(db), principal(omb)

            async def note(n: int) -> None:
                await svc.add_entry(actor, case_id, NewEntry(EventKind.note, f"พร้อมกัน {n}"))

            async def read() -> None:
                await svc.get(actor, case_id)

            await asyncio.gather(
                *(note(n) for n in range(6)), *(read() for _ in range(6)), _audit(db, 2)
            )
            async with db.sessions() as s:
                report = await verify(s)
            assert report.ok, report.broken
            assert len(await _events(db, case_id)) >= 7
        finally:
            await db.dispose()


async def test_fasttrack_audit_verify_command(
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            case_id = await _case_with_entries(db, omb, notes=2)
            target = (await _events(db, case_id))[1]
        finally:
            await db.dispose()
        monkeypatch.setenv("FASTTRACK_DATABASE_URL", url)
        monkeypatch.setenv("FASTTRACK_DATA_DIR", str(tmp_path / "data"))

        assert await asyncio.to_thread(main, ["audit", "verify"]) == 0
        assert capsys.readouterr().out.startswith("ok: ")

        db = Database.from_url(url)
        try:
            async with db.engine.begin() as c:
                if backend == "postgresql":
                    await c.execute(sa.text("ALTER TABLE complaint_events DISABLE TRIGGER USER"))
                else:
                    await c.execute(sa.text("DROP TRIGGER complaint_events_no_update"))
                await c.execute(
                    sa.text("UPDATE complaint_events SET visibility = 'public' WHERE id = :id"),
                    {"id": _id(db, target.id)},
                )
        finally:
            await db.dispose()

        assert await asyncio.to_thread(main, ["audit", "verify", "--json"]) == 1
        report = json.loads(capsys.readouterr().out)
        assert report["ok"] is False
        assert report["broken"] == [
            {
                "stream": f"timeline:{case_id}",
                "entry_id": str(_uuid(target.id)),
                "chain_seq": 2,
                "problem": "its content does not match its hash",
            }
        ]
        assert await asyncio.to_thread(main, ["audit", "verify"]) == 1
        out = capsys.readouterr().out
        assert f"BROKEN timeline:{case_id}: entry {_uuid(target.id)} (#2)" in out


async def test_visibility_enum_is_hashed_by_value() -> None:
    assert entry_hash(GENESIS, {"v": Visibility.public}) == entry_hash(GENESIS, {"v": "public"})


async def test_the_migration_chains_existing_rows(backend: str, tmp_path: Path) -> None:
    """Rows written before 0022 (here: written, then the chain columns dropped by going down
    to 0020) are chained by the upgrade, in (at, id) order per stream."""
    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            case_id = await _case_with_entries(db, omb, notes=2)
            await _audit(db, 2)
        finally:
            await db.dispose()
        await migrate.downgrade(url, "0020")
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            events = await _events(db, case_id)
            assert [e.chain_seq for e in events] == list(range(1, len(events) + 1))
            async with db.sessions() as s:
                report = await verify(s)
                audit = (await s.execute(sa.text("SELECT count(*) FROM audit_log"))).scalar_one()
            assert report.ok, report.broken
            assert report.entries >= len(events) + audit and audit >= 3
            # ...and new entries continue the backfilled chains.
            await _audit(db, 1)
            await service(db).add_entry(principal(omb), case_id, NewEntry(EventKind.note, "ต่อ"))
            async with db.sessions() as s:
                assert (await verify(s)).ok
            assert [e.chain_seq for e in await _events(db, case_id)][-1] == len(events) + 1
        finally:
            await db.dispose()
