"""The SLA of a case: due times stored on it (for queues and reads), and its state now.

The policies and closure days come as one `SlaContext`, loaded once and kept by an
`SlaContextCache` (the app's lives in infra/calendar/sla_context.py; without one, each use
loads it).
A case's state is judged from its stored due times with the closed-form business-time
arithmetic of domain/sla/clock.py: nothing grows with the case's age (issue 22).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from domain.complaint.model import Complaint
from domain.complaint.model import SlaSchedule as SlaSchedule
from domain.complaint.ports import SlaSettings
from domain.errors import NotFound
from domain.sla.calendar import BusinessCalendar, HolidayProvider
from domain.sla.clock import BusinessClock
from domain.sla.model import Milestone, Pause, SlaPolicy, SlaTarget, WorkingHours
from domain.sla.status import SlaStatus, evaluate_milestone, sla_state

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


@dataclass(frozen=True)
class SlaContext:
    """Every SLA policy and the business calendar (holidays plus closure days), as loaded
    once; its clocks (one per set of working hours) keep their per-year days off, so a
    context shared between requests does each year's work once."""

    policies: Mapping[str, SlaPolicy]
    calendar: BusinessCalendar
    _clocks: dict[WorkingHours, BusinessClock] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def policy_for(self, sla_class: str) -> SlaPolicy:
        policy = self.policies.get(sla_class) or self.policies.get(DEFAULT_SLA_CLASS)
        if policy is None:
            raise SlaPolicyMissing(f"No SLA policy for {sla_class!r} nor the default.")
        return policy

    def clock_for(self, policy: SlaPolicy) -> BusinessClock:
        clock = self._clocks.get(policy.working_hours)
        if clock is None:
            clock = self._clocks[policy.working_hours] = BusinessClock(
                policy.working_hours, self.calendar
            )
        return clock


class SlaContextCache(Protocol):
    """Keeps the `SlaContext` between requests; `load` reads it (two statements) when the
    cache has none it may still use at `now`."""

    async def get(self, now: datetime, load: Callable[[], Awaitable[SlaContext]]) -> SlaContext: ...

    async def refresh(self, now: datetime, load: Callable[[], Awaitable[SlaContext]]) -> SlaContext:
        """`load` it whatever is cached, and keep the result as `get` would."""
        ...


class SlaEngine:
    """Computes schedules and states from the policy of the case's SLA class, the Thai
    business calendar and the admin's closure days."""

    def __init__(self, holidays: HolidayProvider, cache: SlaContextCache | None = None) -> None:
        self._holidays = holidays
        self._cache = cache

    def context_of(self, policies: list[SlaPolicy], closures: list[date]) -> SlaContext:
        return SlaContext(
            {p.sla_class: p for p in policies}, BusinessCalendar(self._holidays, closures)
        )

    async def load(self, uow: SlaSettings) -> SlaContext:
        """The policies and closure days as stored now (uncommitted changes included)."""
        policies = await uow.sla_policies.all()
        closures = [c.day for c in await uow.closure_days.all()]
        return self.context_of(policies, closures)

    async def context(self, uow: SlaSettings, now: datetime) -> SlaContext:
        """The cached context, loaded in this unit of work only when the cache has none."""
        if self._cache is None:
            return await self.load(uow)
        return await self._cache.get(now, lambda: self.load(uow))

    async def fresh(self, uow: SlaSettings, now: datetime) -> SlaContext:
        """The context as stored now, read in this unit of work and kept in the cache: what a
        write schedules by. Another process may have changed the settings within the cache's
        time to live; due times stored from a stale calendar would stay wrong until the case's
        next change, so writes never trust the cache (reads do: they show the stored times)."""
        if self._cache is None:
            return await self.load(uow)
        return await self._cache.refresh(now, lambda: self.load(uow))

    async def schedule(
        self, uow: SlaSettings, c: Complaint, now: datetime, context: SlaContext | None = None
    ) -> SlaSchedule:
        ctx = context or await self.fresh(uow, now)
        policy = ctx.policy_for(c.sla_class)
        clock = ctx.clock_for(policy)
        target = policy.target_for(c.urgency, fast_track=c.fast_track)
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
        """Where each milestone stands at `now`, from the due times stored on the case (kept
        current by `schedule` on every change and by the admin's rescheduling): the state,
        wall-clock and business time left, in a few closed-form steps. A milestone with no
        stored due time (paused) is judged from the case's history, as before."""
        ctx = await self.context(uow, now)
        policy = ctx.policy_for(c.sla_class)
        clock = ctx.clock_for(policy)
        target: SlaTarget = policy.target_for(c.urgency, fast_track=c.fast_track)

        def one(milestone: Milestone, due: datetime | None, met: datetime | None) -> SlaStatus:
            budget: timedelta = target.for_milestone(milestone)
            if due is not None:
                return sla_state(
                    clock,
                    start=c.created_at,
                    due=due,
                    now=now,
                    met_at=met,
                    due_soon_share=policy.due_soon_share,
                    total=budget,
                )
            return evaluate_milestone(
                clock,
                created_at=c.created_at,
                target=budget,
                now=now,
                pauses=c.sla_pauses,
                met_at=met,
                due_soon_share=policy.due_soon_share,
            )

        return CaseSla(
            c.sla_class,
            one(Milestone.FIRST_RESPONSE, c.first_response_due_at, c.first_response_at),
            one(Milestone.RESOLUTION, c.resolution_due_at, c.lifecycle.resolved_at),
        )


def _upto(pauses: tuple[Pause, ...], met: datetime) -> list[Pause]:
    return [(s, met if e is None or e > met else e) for s, e in pauses if s < met]


def business_days(n: int) -> timedelta:
    """Eight working hours a day (08:30–16:30)."""
    return timedelta(hours=8 * n)
