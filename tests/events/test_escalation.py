"""A clock moved forward escalates due-soon and breach once each, by the rules, on the
timeline, with e-mails to the targets the rules name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from api.complaints.schemas import EscalatedEntryRead, TimelineEntryRead
from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel, Complainant, EventKind, Visibility
from domain.complaint.service import ComplaintService, NewComplaint, Transition
from domain.complaint.sla import SlaEngine
from domain.escalation.model import EscalationTarget, Milestone
from domain.escalation.service import EscalationRuleService, SlaScanner
from domain.shared.clock import FixedClock
from domain.shared.paging import PageRequest
from infra.calendar.thai_holidays import ThaiHolidayProvider
from infra.db.engine import Database
from infra.db.tables import OutboxEventRow, table_of
from infra.db.uow import SqlUnitOfWork
from infra.mail.adapters import InMemoryMailer
from tests.events.support import add_coordinator, dispatcher, sender, set_agency_head
from tests.support.complaints import locator, principal
from tests.support.identity import Staff

pytestmark = pytest.mark.db
OE: Any = table_of(OutboxEventRow).c
# A Monday morning in Bangkok, no holiday.
START = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


async def test_moving_the_clock_escalates_each_milestone_once(
    database: Database, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        database, coord.agency_id, "ผอ.เขตดินแดง", "primary.1026@example.go.th", primary=True
    )
    await set_agency_head(
        database, coord.agency_id, "นายสมชาย ผู้อำนวยการ", "head.1026@example.go.th"
    )
    clock = FixedClock(START)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(database.sessions)

    svc = ComplaintService(uow, clock, locator(), sla=SlaEngine(ThaiHolidayProvider()))
    actor = principal(omb)
    view = await svc.create(
        actor,
        NewComplaint(
            title="ท่อระบายน้ำอุดตัน",
            description="ท่อระบายน้ำหน้าบ้านอุดตัน",
            channel=Channel.phone,
            district_code="1026",
            complainant=Complainant(),
        ),
    )
    c = view.complaint
    view = await svc.transition(actor, c.id, Transition(ComplaintAction.TRIAGE), c.version)
    view = await svc.transition(
        actor,
        c.id,
        Transition(ComplaintAction.ASSIGN, agency_id=coord.agency_id),
        view.complaint.version,
    )
    c = view.complaint
    assert c.first_response_due_soon_at and c.first_response_due_at and c.resolution_due_at
    scanner = SlaScanner(uow, clock)
    assert await scanner.scan() == 0  # nothing is due yet

    clock.set(c.first_response_due_soon_at + timedelta(minutes=1))
    assert await scanner.scan() == 1
    assert await scanner.scan() == 0  # the same milestone is never escalated twice

    clock.set(c.first_response_due_at + timedelta(minutes=1))
    assert await scanner.scan() == 1
    clock.set(c.resolution_due_at + timedelta(minutes=1))
    # resolution due soon and resolution breached both passed: one escalation each
    assert await scanner.scan() == 2
    assert await scanner.scan() == 0

    async with uow() as u:
        page = await u.complaints.timeline(c.id, PageRequest(200), frozenset(Visibility))
    escalations = [e.data for e in page.items if e.kind is EventKind.escalated]
    milestones = [e["milestone"] for e in escalations]
    assert milestones[:2] == ["first_response_due_soon", "first_response_breached"]
    # the last two were escalated in one scan, at the same instant
    assert sorted(milestones[2:]) == ["resolution_breached", "resolution_due_soon"]
    # A breach also tells the coordinator's supervisor, the agency's head (issue: the
    # default breach rules name `agency_head` since migration 0025).
    assert escalations[1]["notify"] == ["coordinator", "omb_on_duty", "agency_head"]
    # Staff read these entries through the API's typed timeline: each one is representable.
    shown = [TimelineEntryRead.of(e).root for e in page.items if e.kind is EventKind.escalated]
    assert all(isinstance(e, EscalatedEntryRead) for e in shown)
    assert [e.data.milestone for e in shown if isinstance(e, EscalatedEntryRead)] == milestones
    async with database.sessions() as s:
        types = [
            t
            for (t,) in await s.execute(
                select(OE.type).where(OE.subject_id == c.id).order_by(OE.seq)
            )
        ]
    assert types[-4:] == [
        "complaint.first_response_due_soon",
        "complaint.breached",
        "complaint.resolution_due_soon",
        "complaint.breached",
    ]

    mailer = InMemoryMailer()
    await dispatcher(database, clock).dispatch()
    await sender(database, mailer, clock).send_due(100)
    to_coordinator = [m.subject for m in mailer.sent if m.to == "primary.1026@example.go.th"]
    assert f"เรื่อง {c.case_number} ใกล้ครบกำหนด" in to_coordinator
    assert f"เรื่อง {c.case_number} เกินระยะเวลาที่กำหนด" in to_coordinator
    assert any(m.to == omb.email for m in mailer.sent)  # an OMB officer on duty hears of it
    # The head hears of the breaches only (the due-soon rules name the coordinator alone).
    to_head = [m.subject for m in mailer.sent if m.to == "head.1026@example.go.th"]
    assert to_head == [f"เรื่อง {c.case_number} เกินระยะเวลาที่กำหนด"] * 2
    await set_agency_head(database, coord.agency_id, None, None)  # other tests expect no head


async def test_rules_are_data_a_class_rule_overrides_the_default(
    database: Database, staff: dict[str, Staff]
) -> None:
    rules = EscalationRuleService(lambda: SqlUnitOfWork(database.sessions), FixedClock(START))
    admin = principal(staff["admin"])
    defaults = await rules.list(admin)
    assert {r.milestone for r in defaults} == set(Milestone)
    rule = await rules.create(
        admin, Milestone.first_response_breached, [EscalationTarget.assignee], sla_class="urgent"
    )
    from domain.escalation.model import targets_for

    everything = await rules.list(admin)
    assert targets_for(everything, Milestone.first_response_breached, "urgent")[1] == (
        EscalationTarget.assignee,
    )
    assert targets_for(everything, Milestone.first_response_breached, "standard")[1] == (
        EscalationTarget.coordinator,
        EscalationTarget.omb_on_duty,
        EscalationTarget.agency_head,
    )
    await rules.delete(admin, rule.id)
    with pytest.raises(Exception, match="administrators"):
        await rules.list(principal(staff["omb"]))
