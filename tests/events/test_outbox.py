"""Domain events are written to the outbox in the transaction of their change, and only then."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from domain.activity.model import ActivityAction, ActivityType
from domain.activity.service import ActivityService, ActivityTransition, NewActivity
from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import EventKind, Visibility
from domain.complaint.service import NewEntry, Transition
from domain.errors import DomainError
from domain.events.model import DomainEvent, EventType
from domain.shared.clock import SystemClock
from infra.db.engine import Database
from infra.db.tables import OutboxEventRow, table_of
from infra.db.uow import SqlUnitOfWork
from tests.support.complaints import din_daeng_case, principal, service
from tests.support.identity import Staff

pytestmark = pytest.mark.db
OE: Any = table_of(OutboxEventRow).c


async def outbox(database: Database, subject_id: Any) -> list[tuple[str, dict[str, Any]]]:
    async with database.sessions() as s:
        rows = (
            await s.execute(
                select(OE.type, OE.data).where(OE.subject_id == subject_id).order_by(OE.seq)
            )
        ).all()
    return [(r[0], r[1]) for r in rows]


async def test_case_changes_raise_their_events_in_order(
    database: Database, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    case_id, _ = await din_daeng_case(database, omb, assign_to=coord)
    svc = service(database)
    actor = principal(omb)
    cid = uuid.UUID(case_id)
    await svc.add_entry(actor, cid, NewEntry(EventKind.response, "รับเรื่องแล้ว", Visibility.public))
    await svc.add_entry(actor, cid, NewEntry(EventKind.note, "internal note"))
    view = await svc.get(actor, cid)
    view = await svc.transition(
        actor, cid, Transition(ComplaintAction.START), view.complaint.version
    )
    resolve = Transition(ComplaintAction.RESOLVE, resolution="ทาสีใหม่แล้ว")
    await svc.transition(actor, cid, resolve, view.complaint.version)
    events = await outbox(database, cid)
    assert [t for t, _ in events] == [
        "complaint.created",
        "complaint.assigned",
        "complaint.public_response_added",
        "complaint.resolved",
    ]
    assigned = events[1][1]
    assert assigned["lead_agency_id"] == str(coord.agency_id)
    assert assigned["case_number"].startswith("FT-")
    # Events carry ids and states, never the complainant's personal data or free text.
    flat = repr(events)
    for secret in ("สมชาย", "0812345678", "somchai@example.com", "ทาสีใหม่แล้ว", "รับเรื่องแล้ว"):
        assert secret not in flat


async def test_a_rolled_back_change_leaves_no_event(database: Database) -> None:
    event = DomainEvent.new(EventType.complaint_created, SystemClock().now(), uuid.uuid4())
    async with SqlUnitOfWork(database.sessions) as uow:
        await uow.outbox.add([event])
        # no commit: the unit of work rolls back on exit
    async with SqlUnitOfWork(database.sessions) as uow:
        assert await uow.outbox.get(event.id) is None
        await uow.outbox.add([event])
        await uow.commit()
    async with SqlUnitOfWork(database.sessions) as uow:
        stored = await uow.outbox.get(event.id)
        assert stored is not None and stored.dispatched_at is None


async def test_a_refused_transition_raises_no_event(
    database: Database, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    case_id, version = await din_daeng_case(database, omb, assign_to=coord)
    before = await outbox(database, uuid.UUID(case_id))
    with pytest.raises(DomainError):
        await service(database).transition(
            principal(omb), uuid.UUID(case_id), Transition(ComplaintAction.REOPEN), version
        )
    assert await outbox(database, uuid.UUID(case_id)) == before


async def test_activity_scheduled_and_postponed_events(
    database: Database, staff: dict[str, Staff]
) -> None:
    from datetime import timedelta

    now = SystemClock().now()
    svc = ActivityService(lambda: SqlUnitOfWork(database.sessions), SystemClock())
    actor = principal(staff["coord_dindaeng"])
    view = await svc.create(
        actor,
        NewActivity(
            type=ActivityType.mobile_unit,
            title="หน่วยเคลื่อนที่ ดินแดง",
            district_codes=["1026"],
            starts_at=now + timedelta(days=3),
            ends_at=now + timedelta(days=3, hours=3),
        ),
    )
    a = view.activity
    await svc.transition(
        actor,
        a.id,
        ActivityTransition(
            action=ActivityAction.postpone,
            reason="ฝนตก",
            new_starts_at=now + timedelta(days=5),
            new_ends_at=now + timedelta(days=5, hours=3),
        ),
    )
    events = await outbox(database, a.id)
    assert [t for t, _ in events] == ["activity.scheduled", "activity.postponed"]
    assert events[1][1]["starts_at"] == (now + timedelta(days=5)).isoformat()
