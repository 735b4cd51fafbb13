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


async def test_rollup_answers_omb_wide_counts_until_the_next_refresh(
    database: Database, staff: dict[str, Staff]
) -> None:
    from domain.stats.model import Period, StatsFilter
    from domain.stats.service import StatsService

    clock = FixedClock(datetime(2026, 11, 2, 3, 0, tzinfo=UTC))
    uow = lambda: SqlUnitOfWork(database.sessions)  # noqa: E731
    svc = ComplaintService(uow, clock, locator())
    omb = principal(staff["omb"])
    stats = StatsService(uow, clock)
    before = await stats.complaints(omb, StatsFilter(live=True), Period.day)
    for channel in (Channel.line, Channel.line, Channel.fax):
        await svc.create(
            omb,
            NewComplaint(
                title="ฝาท่อหาย", description="ฝาท่อหายหน้าบ้าน", channel=channel, district_code="1026"
            ),
        )
    maintenance = MaintenanceService(uow, clock, svc, timedelta(hours=8))
    report = await maintenance.run()
    assert report.rollup_cases == before.total + 3
    rolled = await stats.complaints(omb, StatsFilter(), Period.month)
    assert rolled.total == before.total + 3
    assert "rollup" in rolled.notes[0]
    assert rolled.by["channel"]["fax"] == before.by["channel"].get("fax", 0) + 1
    assert rolled.series[-1][0].day == 1  # month buckets start on the 1st (Bangkok)
    # A new case shows live at once, and in the rollup after the next refresh.
    await svc.create(
        omb, NewComplaint(title="x", description="y", channel=Channel.fax, district_code="1026")
    )
    assert (await stats.complaints(omb, StatsFilter(), Period.month)).total == rolled.total
    assert (await stats.complaints(omb, StatsFilter(live=True), Period.month)).total == (
        rolled.total + 1
    )
    await maintenance.run()
    assert (await stats.complaints(omb, StatsFilter(), Period.month)).total == rolled.total + 1
    # Agency-scoped requests with a filter, and time-windowed ones, are always live.
    coord = principal(staff["coord_dindaeng"])
    scoped = await stats.complaints(coord, StatsFilter(channel="fax"), Period.month)
    assert scoped.notes == ["computed live from the complaints table"]
