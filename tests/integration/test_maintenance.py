"""`fasttrack maintenance`: closes cases past the reopen window, purges keys and tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.complaint.lifecycle import ComplaintAction, ComplaintStatus
from domain.complaint.model import Channel
from domain.complaint.service import (
    ComplaintConfig,
    ComplaintService,
    Idempotency,
    NewComplaint,
    Transition,
)
from domain.maintenance import MaintenanceService
from domain.shared.clock import FixedClock
from domain.shared.paging import PageRequest
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from tests.support.complaints import locator, principal
from tests.support.identity import Staff


async def test_maintenance_closes_and_purges(database: Database, staff: dict[str, Staff]) -> None:
    clock = FixedClock(datetime(2026, 11, 1, 3, 0, tzinfo=UTC))
    svc = ComplaintService(
        lambda: SqlUnitOfWork(database.sessions),
        clock,
        locator(),
        ComplaintConfig(reopen_window=timedelta(days=14)),
    )
    omb = principal(staff["omb"])
    view = await svc.create(
        omb,
        NewComplaint(title="ขยะ", description="ขยะล้น", channel=Channel.line, district_code="1026"),
        Idempotency("maint-1", "x" * 64),
    )
    c = view.complaint
    for t in (
        Transition(ComplaintAction.TRIAGE),
        Transition(ComplaintAction.ASSIGN),
        Transition(ComplaintAction.START),
        Transition(ComplaintAction.RESOLVE, resolution="เก็บแล้ว"),
    ):
        c = (await svc.transition(omb, c.id, t, c.version)).complaint
    maintenance = MaintenanceService(
        lambda: SqlUnitOfWork(database.sessions), clock, svc, timedelta(hours=8)
    )

    clock.set(clock.now() + timedelta(days=13))
    first = await maintenance.run()
    assert first.closed_cases == 0  # still inside the reopen window
    assert first.purged_idempotency_keys == 1  # kept 24 hours only
    clock.set(clock.now() + timedelta(days=2))
    second = await maintenance.run()
    assert second.closed_cases == 1
    assert (await svc.get(omb, c.id)).complaint.status is ComplaintStatus.CLOSED
    third = await maintenance.run()
    assert third.closed_cases == 0 and third.purged_idempotency_keys == 0
    timeline = await svc.timeline(omb, c.id, PageRequest(50))
    assert timeline.items[-1].actor_kind == "system"
