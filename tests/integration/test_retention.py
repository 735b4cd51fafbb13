"""Retention on both databases: the periodic maintenance anonymises closed cases' complainants,
deletes their attachments and purges old access-log entries — skipping legal holds, reporting
each purge in the admin audit log — and `audit verify` still passes after the purge. The
access log's trigger lets only the purge's old rows through."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError

from domain.audit.model import AuditFilter
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Channel, Complainant, Visibility
from domain.complaint.service import ComplaintService, NewComplaint
from domain.errors import NotFound
from domain.maintenance import MaintenanceService
from domain.privacy.masking import ContactDetails
from domain.privacy.model import PersonalDataAccess
from domain.privacy.retention import RetentionPolicy, RetentionService
from domain.privacy.subject import LegalHold
from domain.shared.clock import FixedClock
from domain.shared.paging import PageRequest
from infra.db.chain import verify
from infra.db.engine import Database
from infra.db.repositories.data_subjects import SqlDataSubjectStore
from infra.db.tables import ComplaintRow, RetentionPermitRow, table_of
from infra.db.uow import SqlUnitOfWork
from infra.storage.local import LocalFileStorage
from tests.support.complaints import attach_photo, locator, principal
from tests.support.identity import Staff

pytestmark = pytest.mark.db

NOW = datetime.now(UTC)
# The maintenance runs ten years on: cases closed today are past the five-year period.
LATER = NOW + timedelta(days=3650)
POLICY = RetentionPolicy(case_personal_data_years=5, attachment_years=5, access_log_years=2)


def _uow(database: Database) -> SqlUnitOfWork:
    return SqlUnitOfWork(database.sessions)


async def _closed_case(database: Database, omb: Staff, name: str, phone: str) -> uuid.UUID:
    svc = ComplaintService(lambda: _uow(database), FixedClock(NOW), locator())
    view = await svc.create(
        principal(omb),
        NewComplaint(
            title="ขยะล้นถังหน้าซอย",
            description=f"ขยะไม่ได้เก็บมาหนึ่งสัปดาห์ ติดต่อ {phone}",
            channel=Channel.hotline_1676,
            district_code="1026",
            complainant=Complainant(ContactDetails(name, phone, None, None)),
        ),
    )
    async with database.sessions() as s:
        complaints = table_of(ComplaintRow)
        await s.execute(
            sa.update(complaints)
            .where(complaints.c.id == view.complaint.id)
            .values(status=ComplaintStatus.CLOSED, closed_at=NOW)
        )
        await s.commit()
    return view.complaint.id


def _sqlite(s: Any) -> bool:
    return bool(s.bind.dialect.name == "sqlite")


async def _access(database: Database, complaint_id: uuid.UUID, at: datetime) -> uuid.UUID:
    entry = PersonalDataAccess(
        id=uuid.uuid4(),
        at=at,
        actor_kind="user",
        actor_id=None,
        complaint_id=complaint_id,
        fields=("phone",),
        purpose="case_view",
        request_id=None,
    )
    async with _uow(database) as uow:
        await uow.pd_access.append_many([entry])
        await uow.commit()
    return entry.id


async def _access_ids(database: Database) -> list[uuid.UUID]:
    async with database.sessions() as s:
        rows = await s.execute(
            sa.text("SELECT id FROM personal_data_access_log ORDER BY chain_seq")
        )
        return [uuid.UUID(str(r[0])) for r in rows]


async def _access_rows(database: Database) -> list[tuple[uuid.UUID, uuid.UUID]]:
    async with database.sessions() as s:
        rows = await s.execute(
            sa.text("SELECT id, complaint_id FROM personal_data_access_log ORDER BY chain_seq")
        )
        return [(uuid.UUID(str(r[0])), uuid.UUID(str(r[1]))) for r in rows]


async def _audit(database: Database, action: str) -> list[Any]:
    async with _uow(database) as uow:
        page = await uow.audit.list(PageRequest(100, None), AuditFilter(action=action))
        return list(page.items)


async def test_maintenance_purges_what_is_past_its_period_and_skips_legal_holds(
    database: Database, staff: dict[str, Staff], tmp_path: Path
) -> None:
    omb = staff["omb"]
    old = LATER - timedelta(days=3 * 365)
    gone = await _closed_case(database, omb, "สมหญิง ลาออก", "0811110001")
    before_held = [await _access(database, gone, old) for _ in range(3)]
    # Filing a case logs the officer's view of it: each case's stream starts with that entry.
    held = await _closed_case(database, omb, "สมปอง ค้างคดี", "0811110002")
    about_held = [await _access(database, held, old) for _ in range(2)]
    after_held = await _access(database, gone, old)
    recent = await _access(database, gone, LATER - timedelta(days=30))
    photo_gone = await attach_photo(database, omb, str(gone), tmp_path)
    photo_held = await attach_photo(database, omb, str(held), tmp_path)
    async with _uow(database) as uow:
        await uow.data_subjects.add_hold(LegalHold(held, "คดีอยู่ในศาล", NOW, omb.id))
        await uow.commit()
        keys = {
            a: found.storage_key
            for a in (photo_gone, photo_held)
            if (found := await uow.attachments.get(a)) is not None
        }
    kept_before = await _access_rows(database)
    of_gone = [i for i, c in kept_before if c == gone]
    of_held = [i for i, c in kept_before if c == held]
    assert of_gone[-5:] == [*before_held, after_held, recent]
    assert of_held[-2:] == about_held and len(of_held) == 3
    stop = len(of_gone) - 1  # every entry about the case that may go but the recent one

    clock = FixedClock(LATER)
    storage = LocalFileStorage(tmp_path)
    maintenance = MaintenanceService(
        lambda: _uow(database),
        clock,
        ComplaintService(lambda: _uow(database), clock, locator()),
        timedelta(hours=8),
        None,
        RetentionService(lambda: _uow(database), clock, POLICY, storage),
    )
    report = await maintenance.run()

    assert report.retention is not None
    assert report.retention.anonymised_cases == 1
    assert report.retention.deleted_attachments == 1
    # Per case: its old entries go, up to the first recent one; a held case keeps them all.
    assert report.retention.purged_access_entries == stop
    assert set(await _access_ids(database)) == {*of_held, recent}
    async with _uow(database) as uow:
        erased, kept = await uow.complaints.get(gone), await uow.complaints.get(held)
        files_gone = await uow.attachments.list_for(gone, frozenset(Visibility))
        files_kept = await uow.attachments.list_for(held, frozenset(Visibility))
    assert erased is not None and kept is not None
    assert erased.complainant.contact == ContactDetails(None, None, None, None)
    assert "0811110001" not in erased.description and erased.status.value == "closed"
    assert kept.complainant.contact.phone == "0811110002"
    assert files_gone == [] and [a.id for a in files_kept] == [photo_held]
    with pytest.raises(NotFound):
        await storage.load(keys[photo_gone])
    assert await storage.load(keys[photo_held])

    # Each purge is in the admin audit log; the access-log purge anchors the chain.
    [purge] = await _audit(database, "retention.purge_access_log")
    assert purge.after["deleted"] == stop
    [(stream, cut)] = purge.after["streams"].items()
    assert stream == f"complaint:{gone}" and cut["through_seq"] == stop
    assert [e.entity_id for e in await _audit(database, "retention.anonymise")] == [str(gone)]
    assert (await _audit(database, "retention.anonymise_cases"))[0].after["cases"] == 1
    assert (await _audit(database, "retention.delete_attachments"))[0].after["attachments"] == 1
    async with database.sessions() as s:
        report_chain = await verify(s)
    assert report_chain.ok, report_chain.broken

    # A second run finds nothing more to do.
    again = await maintenance.run()
    assert again.retention is not None
    assert again.retention.anonymised_cases == 0
    assert again.retention.deleted_attachments == 0
    assert again.retention.purged_access_entries == 0

    # Released, the held case goes on the next run.
    async with _uow(database) as uow:
        await uow.data_subjects.remove_hold(held)
        await uow.commit()
    last = await maintenance.run()
    assert last.retention is not None and last.retention.anonymised_cases == 1
    # all its entries are old: the whole stream goes (none kept past the period)
    assert last.retention.purged_access_entries == 3
    assert set(await _access_ids(database)) == {recent}
    assert len(await _audit(database, "retention.purge_access_log")) == 2
    async with database.sessions() as s:
        report_chain = await verify(s)
    assert report_chain.ok, report_chain.broken


async def test_a_purge_the_audit_log_does_not_anchor_breaks_verification(
    database: Database, staff: dict[str, Staff]
) -> None:
    case = await _closed_case(database, staff["omb"], "สมพร ทดสอบ", "0811110003")
    for _ in range(3):
        await _access(database, case, LATER - timedelta(days=3 * 365))
    await _access(database, case, LATER - timedelta(days=1))  # recent: it stays
    async with database.sessions() as s:
        purge = await SqlDataSubjectStore(s).purge_access_log(LATER - timedelta(days=730), 10)
        await s.commit()
    assert purge is not None and purge.deleted >= 2
    async with database.sessions() as s:
        report = await verify(s)
    assert not report.ok
    [cut] = purge.streams.values()
    [broken] = [b for b in report.broken if b.stream == f"complaint:{case}"]
    assert broken.chain_seq == cut.through_seq + 1
    assert "missing" in broken.problem


async def test_the_access_log_refuses_every_other_delete_and_update(
    database: Database, staff: dict[str, Staff]
) -> None:
    case = await _closed_case(database, staff["omb"], "สมศักดิ์ ทดสอบ", "0811110004")
    await _access(database, case, NOW)
    horizon = NOW - timedelta(days=1)  # older than the entry: it must not go
    async with database.sessions() as s:
        if _sqlite(s):
            await s.execute(
                sa.insert(table_of(RetentionPermitRow)).values(
                    log_table="personal_data_access_log", before=horizon
                )
            )
        else:
            await s.execute(
                sa.text("SELECT set_config('fasttrack.retention_before', :v, true)"),
                {"v": horizon.isoformat()},
            )
        for statement in (
            "DELETE FROM personal_data_access_log",
            "UPDATE personal_data_access_log SET purpose = 'x'",
        ):
            with pytest.raises((DBAPIError, IntegrityError)) as refused:
                async with s.begin_nested():
                    await s.execute(sa.text(statement))
            assert "append-only" in str(refused.value)
    async with database.sessions() as s:
        with pytest.raises((DBAPIError, IntegrityError)) as refused:
            async with s.begin_nested():
                await s.execute(sa.text("DELETE FROM personal_data_access_log"))
        assert "append-only" in str(refused.value)
