"""The statistics use case: the caller's scope decides which cases are counted, and an
OMB-wide request is answered from the rollup while it is fresh enough."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from domain.errors import Forbidden
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal, PrincipalKind, Role
from domain.stats.model import ComplaintStats, Period, StatsFilter, StatsScope, rollup_slice
from domain.uow import UnitOfWork

GROUPS = ("status", "district", "agency", "category", "channel", "mou_area")
LIVE_NOTE = "computed live from the complaints table"


def scope_of(actor: Principal) -> StatsScope:
    if actor.role in (Role.omb_officer, Role.admin):
        return StatsScope(all_cases=True)
    submitted = actor.id if actor.kind is PrincipalKind.api_client else None
    return StatsScope(all_cases=False, agency_id=actor.agency_id, submitted_by=submitted)


class StatsService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        rollup_max_age: timedelta = timedelta(hours=1),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._max_age = rollup_max_age

    async def complaints(
        self, actor: Principal, filters: StatsFilter, period: Period
    ) -> ComplaintStats:
        if not may(actor, Action.read, Resource(ResourceKind.stats)):
            raise Forbidden("You may not read statistics.", code="stats.forbidden")
        scope = scope_of(actor)
        slice_ = rollup_slice(scope, filters)
        notes = [LIVE_NOTE]
        async with self._uow() as uow:
            if slice_ is not None:
                rolled = await uow.stats_rollups.read(slice_, period)
                now = self._clock.now()
                if rolled is not None and now - rolled.as_of <= self._max_age:
                    return replace(
                        rolled,
                        generated_at=now,
                        satisfaction=await uow.stats.satisfaction(
                            scope, filters, self._clock.now()
                        ),
                        notes=[
                            "satisfaction ratings are always live; "
                            f"every other figure comes from the statistics rollup rebuilt at "
                            f"{rolled.as_of.isoformat()} by `fasttrack maintenance`; "
                            "ask live=true for figures as of now"
                        ],
                    )
                if rolled is not None:
                    notes.append(
                        f"the rollup (rebuilt at {rolled.as_of.isoformat()}) is older than "
                        f"{self._max_age}, so it was not used"
                    )
            stats = await uow.stats.complaint_stats(scope, filters, period, self._clock)
            satisfaction = await uow.stats.satisfaction(scope, filters, self._clock.now())
        return replace(stats, notes=notes, satisfaction=satisfaction)
