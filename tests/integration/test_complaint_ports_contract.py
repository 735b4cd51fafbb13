"""Contract tests of the complaint use cases' ports: the same assertions run against the
in-memory fakes (tests/support/fakes) and the SQL adapters on SQLite and PostgreSQL, so the
fakes the service tests use cannot drift from what the database does."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest

from domain.complaint.feedback import AlreadyRated, Rating
from domain.complaint.model import (
    Author,
    Channel,
    Complaint,
    EventKind,
    TimelineEntry,
    Visibility,
)
from domain.complaint.ports import ComplaintPorts, IdempotencyRecord
from domain.errors import ConcurrentUpdate
from domain.shared.paging import PageRequest
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from tests.support.fakes.complaints import ComplaintState, FakeComplaintUnit, FakeDirectory
from tests.support.identity import Staff

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Ports:
    """A unit of work over the ports under test, and facts its directory holds."""

    unit: Callable[[], ComplaintPorts]
    district: str
    agency_id: uuid.UUID
    staff_id: uuid.UUID


def new_case(year_serial: int = 1) -> Complaint:
    c = Complaint.file(
        serial=year_serial,
        now=NOW,
        by=Author.public("req-contract"),
        channel=Channel.web,
        title="ทางเท้าชำรุด",
        description="กระเบื้องหลุดหลายแผ่น",
        district_code="1026",
        outside_bangkok=False,
        sla_class="standard",
        mou_area_id=1,
    )
    # A unique number: the SQL table has other tests' cases only in rolled-back savepoints.
    c = replace(c, case_number=f"FT-2500-{uuid.uuid4().int % 999_999 + 1:06d}")
    return c.saved()


def entry(
    c: Complaint, at: datetime, kind: EventKind = EventKind.note, **data: object
) -> TimelineEntry:
    return TimelineEntry(
        id=uuid.uuid4(),
        complaint_id=c.id,
        at=at,
        kind=kind,
        visibility=Visibility.internal,
        actor_kind="system",
        actor_id=None,
        request_id=None,
        data=dict(data) or {"text": "note"},
    )


async def serials_are_unique_and_increasing(p: Ports) -> None:
    async with p.unit() as uow:
        a = await uow.complaints.next_serial(2590)
        b = await uow.complaints.next_serial(2590)
        await uow.commit()
    assert b > a >= 1


async def a_case_reads_back_as_it_was_written(p: Ports) -> None:
    c = new_case()
    async with p.unit() as uow:
        await uow.complaints.add(c)
        await uow.commit()
    async with p.unit() as uow:
        assert await uow.complaints.get(c.id) == c
        assert await uow.complaints.get_by_tracking_code(c.tracking_code) == c
        assert await uow.complaints.get(uuid.uuid4()) is None


async def uncommitted_work_is_rolled_back(p: Ports) -> None:
    c = new_case()
    async with p.unit() as uow:
        await uow.complaints.add(c)
    async with p.unit() as uow:
        assert await uow.complaints.get(c.id) is None


async def an_update_needs_the_current_version(p: Ports) -> None:
    c = new_case()
    async with p.unit() as uow:
        await uow.complaints.add(c)
        saved = await uow.complaints.update(c.with_changes(title="แก้ชื่อ"), 1)
        await uow.commit()
    assert saved.version == 2
    async with p.unit() as uow:
        with pytest.raises(ConcurrentUpdate):
            await uow.complaints.update(c.with_changes(title="ชน"), 1)
    async with p.unit() as uow:
        stored = await uow.complaints.get(c.id)
    assert stored is not None and (stored.title, stored.version) == ("แก้ชื่อ", 2)


async def co_handlers_are_read_with_the_case(p: Ports) -> None:
    c = new_case()
    other = p.agency_id
    async with p.unit() as uow:
        await uow.complaints.add(c)
        await uow.complaints.add_co_handler(c.id, other, NOW)
        await uow.commit()
    async with p.unit() as uow:
        stored = await uow.complaints.get(c.id)
        by_code = await uow.complaints.get_by_tracking_code(c.tracking_code)
    assert stored is not None and stored.co_handler_ids == {other}
    assert by_code == stored


async def the_timeline_is_in_time_order_by_visibility_and_pages(p: Ports) -> None:
    c = new_case()
    entries = [entry(c, NOW + timedelta(seconds=i), text=f"n{i}") for i in range(3)]
    public = replace(entry(c, NOW + timedelta(seconds=5)), visibility=Visibility.public)
    async with p.unit() as uow:
        await uow.complaints.add(c)
        for e in [entries[2], public, entries[0], entries[1]]:
            await uow.complaints.append_event(e)
        await uow.commit()
    both = frozenset({Visibility.internal, Visibility.public})
    async with p.unit() as uow:
        first = await uow.complaints.timeline(c.id, PageRequest(limit=2), both)
        assert first.next_key is not None
        rest = await uow.complaints.timeline(c.id, PageRequest(limit=2, after=first.next_key), both)
        public_only = await uow.complaints.timeline(
            c.id, PageRequest(), frozenset({Visibility.public})
        )
        got = await uow.complaints.get_event(entries[1].id)
    assert [e.id for e in [*first.items, *rest.items]] == [e.id for e in [*entries, public]]
    assert rest.next_key is None
    assert [e.id for e in public_only.items] == [public.id]
    assert got == entries[1]


async def a_redaction_hides_the_entry_in_every_read(p: Ports) -> None:
    c = new_case()
    note = entry(c, NOW, text="โทร 0812345678")
    hide = entry(
        c, NOW + timedelta(seconds=1), EventKind.redacted, entry_id=str(note.id), reason="pd"
    )
    async with p.unit() as uow:
        await uow.complaints.add(c)
        await uow.complaints.append_event(note)
        await uow.complaints.append_event(hide)
        await uow.commit()
    async with p.unit() as uow:
        read = await uow.complaints.get_event(note.id)
        page = await uow.complaints.timeline(c.id, PageRequest(), frozenset({Visibility.internal}))
    assert read is not None and read.redaction is not None and "text" not in read.data
    assert read.redaction.reason == "pd" and not read.redactable
    assert page.items[0] == read


async def resolved_and_open_cases_are_found(p: Ports) -> None:
    c = new_case()
    resolved = replace(
        c,
        lifecycle=replace(
            c.lifecycle,
            status=c.status.RESOLVED,
            resolution="done",
            resolved_at=NOW - timedelta(days=20),
        ),
    )
    async with p.unit() as uow:
        await uow.complaints.add(resolved)
        await uow.commit()
    async with p.unit() as uow:
        assert resolved.id in await uow.complaints.resolved_before(NOW, 10_000)
        assert resolved.id not in await uow.complaints.resolved_before(
            NOW - timedelta(days=30), 10_000
        )
        assert resolved.id in await uow.complaints.open_ids()


async def feedback_keeps_one_rating_and_the_secret(p: Ports) -> None:
    c = new_case()
    rating = Rating(c.id, 4, "ดี", NOW)
    async with p.unit() as uow:
        await uow.complaints.add(c)
        await uow.feedback.add_secret(c.id, "hash-of-secret", NOW)
        await uow.feedback.add_rating(rating)
        await uow.commit()
    async with p.unit() as uow:
        assert await uow.feedback.secret_hash(c.id) == "hash-of-secret"
        assert await uow.feedback.rating(c.id) == rating
        assert await uow.feedback.rating(uuid.uuid4()) is None
    # The SQL adapter may only know at the flush: the unit of work raises it, whichever.
    with pytest.raises(AlreadyRated):
        async with p.unit() as uow:
            await uow.feedback.add_rating(Rating(c.id, 1, None, NOW))
            await uow.commit()
    async with p.unit() as uow:
        assert await uow.feedback.rating(c.id) == rating


async def retry_keys_replay_until_they_expire(p: Ports) -> None:
    scope, key = f"user:{uuid.uuid4()}", "k-1"
    record = IdempotencyRecord(scope, key, "h", uuid.uuid4(), NOW, NOW + timedelta(hours=24))
    async with p.unit() as uow:
        assert await uow.idempotency.acquire(scope, key)
        assert await uow.idempotency.get(scope, key, NOW) is None
        await uow.idempotency.put(record)
        await uow.commit()
    async with p.unit() as uow:
        assert await uow.idempotency.get(scope, key, NOW + timedelta(hours=1)) == record
        assert await uow.idempotency.get(scope, key, NOW + timedelta(hours=25)) is None


async def the_directory_answers_the_case_lookups(p: Ports) -> None:
    async with p.unit() as uow:
        d = uow.case_directory
        assert await d.district_exists(p.district)
        assert not await d.district_exists("9999")
        assert await d.agency_is_active(p.agency_id)
        assert not await d.agency_is_active(uuid.uuid4())
        assert await d.user_in_agency(p.staff_id, p.agency_id)
        assert not await d.user_in_agency(uuid.uuid4(), p.agency_id)
        assert await d.district_office(p.district) == p.agency_id
        assert await d.district_office(None) is None
        assert await d.subdistrict_district("999999") is None


CONTRACTS: list[Callable[[Ports], Awaitable[None]]] = [
    serials_are_unique_and_increasing,
    a_case_reads_back_as_it_was_written,
    uncommitted_work_is_rolled_back,
    an_update_needs_the_current_version,
    co_handlers_are_read_with_the_case,
    the_timeline_is_in_time_order_by_visibility_and_pages,
    a_redaction_hides_the_entry_in_every_read,
    resolved_and_open_cases_are_found,
    feedback_keeps_one_rating_and_the_secret,
    retry_keys_replay_until_they_expire,
    the_directory_answers_the_case_lookups,
]
IDS = [c.__name__ for c in CONTRACTS]
DIN_DAENG_OFFICE = uuid.uuid4()
DIN_DAENG_STAFF = uuid.uuid4()


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
async def test_fake(contract: Callable[[Ports], Awaitable[None]]) -> None:
    state = ComplaintState()
    directory = FakeDirectory(
        districts={"1026"},
        offices={"1026": DIN_DAENG_OFFICE},
        active_agencies={DIN_DAENG_OFFICE},
        staff={DIN_DAENG_STAFF: DIN_DAENG_OFFICE},
    )
    await contract(
        Ports(
            lambda: FakeComplaintUnit(state, directory),
            "1026",
            DIN_DAENG_OFFICE,
            DIN_DAENG_STAFF,
        )
    )


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
async def test_sql(
    contract: Callable[[Ports], Awaitable[None]], database: Database, staff: dict[str, Staff]
) -> None:
    coordinator = staff["coord_dindaeng"]
    assert coordinator.agency_id is not None
    await contract(
        Ports(
            lambda: SqlUnitOfWork(database.sessions),
            "1026",
            coordinator.agency_id,
            coordinator.id,
        )
    )
