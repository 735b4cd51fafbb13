"""The SLA of a case: due times stored on it (for queues), and its live state (for reads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.complaint.model import Complaint
from domain.complaint.model import SlaSchedule as SlaSchedule
from domain.complaint.ports import SlaSettings
from domain.errors import NotFound
from domain.sla.calendar import BusinessCalendar, HolidayProvider
from domain.sla.clock import BusinessClock
from domain.sla.model import Milestone, Pause, SlaPolicy, SlaTarget
from domain.sla.status import SlaStatus, evaluate_milestone

DEFAULT_SLA_CLASS = "standard"


class SlaPolicyMissing(NotFound):
    code = "sla.policy_not_found"
    title = "No SLA policy for this class"
    title_th = "ไม่พบนโยบาย SLA ของประเภทนี้"


@dataclass(frozen=True)
class CaseSla:
    sla_class: str
    first_response: SlaStatus
    resolution: SlaStatus


class SlaEngine:
    """Computes schedules and states from the policy of the case's SLA class, the Thai
    business calendar and the admin's closure days (loaded per unit of work)."""

    def __init__(self, holidays: HolidayProvider) -> None:
        self._holidays = holidays

    async def _context(self, uow: SlaSettings, sla_class: str) -> tuple[SlaPolicy, BusinessClock]:
        policy = await uow.sla_policies.get(sla_class)
        if policy is None:
            policy = await uow.sla_policies.get(DEFAULT_SLA_CLASS)
        if policy is None:
            raise SlaPolicyMissing(f"No SLA policy for {sla_class!r} nor the default.")
        closures = [c.day for c in await uow.closure_days.all()]
        calendar = BusinessCalendar(self._holidays, closures)
        return policy, BusinessClock(policy.working_hours, calendar)

    @staticmethod
    def _target(policy: SlaPolicy, c: Complaint) -> SlaTarget:
        return policy.target_for(c.urgency, fast_track=c.fast_track)

    async def schedule(self, uow: SlaSettings, c: Complaint) -> SlaSchedule:
        policy, clock = await self._context(uow, c.sla_class)
        target = self._target(policy, c)
        keep = 1 - policy.due_soon_share

        def due(milestone: Milestone, met: datetime | None) -> tuple[datetime | None, ...]:
            budget = target.for_milestone(milestone)
            if met is not None:
                # Met: keep the due instant (was it on time?) but nothing is "soon" any more.
                return clock.due_with_pauses(c.created_at, budget, _upto(c.sla_pauses, met)), None
            return (
                clock.due_with_pauses(c.created_at, budget, c.sla_pauses),
                clock.due_with_pauses(c.created_at, budget * keep, c.sla_pauses),
            )

        fr_due, fr_soon = due(Milestone.FIRST_RESPONSE, c.first_response_at)
        res_due, res_soon = due(Milestone.RESOLUTION, c.lifecycle.resolved_at)
        return SlaSchedule(fr_due, fr_soon, res_due, res_soon)

    async def status(self, uow: SlaSettings, c: Complaint, now: datetime) -> CaseSla:
        policy, clock = await self._context(uow, c.sla_class)
        target = self._target(policy, c)

        def one(milestone: Milestone, met: datetime | None) -> SlaStatus:
            return evaluate_milestone(
                clock,
                created_at=c.created_at,
                target=target.for_milestone(milestone),
                now=now,
                pauses=c.sla_pauses,
                met_at=met,
                due_soon_share=policy.due_soon_share,
            )

        return CaseSla(
            c.sla_class,
            one(Milestone.FIRST_RESPONSE, c.first_response_at),
            one(Milestone.RESOLUTION, c.lifecycle.resolved_at),
        )


def _upto(pauses: tuple[Pause, ...], met: datetime) -> list[Pause]:
    return [(s, met if e is None or e > met else e) for s, e in pauses if s < met]


def business_days(n: int) -> timedelta:
    """Eight working hours a day (08:30–16:30)."""
    return timedelta(hours=8 * n)
