"""The statistics use case: the caller's scope decides which cases are counted."""

from __future__ import annotations

from collections.abc import Callable

from domain.errors import Forbidden
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal, PrincipalKind, Role
from domain.stats.model import ComplaintStats, Period, StatsFilter, StatsScope
from domain.uow import UnitOfWork

GROUPS = ("status", "district", "agency", "category", "channel", "mou_area")


def scope_of(actor: Principal) -> StatsScope:
    if actor.role in (Role.omb_officer, Role.admin):
        return StatsScope(all_cases=True)
    submitted = actor.id if actor.kind is PrincipalKind.api_client else None
    return StatsScope(all_cases=False, agency_id=actor.agency_id, submitted_by=submitted)


class StatsService:
    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def complaints(
        self, actor: Principal, filters: StatsFilter, period: Period
    ) -> ComplaintStats:
        if not may(actor, Action.read, Resource(ResourceKind.stats)):
            raise Forbidden("You may not read statistics.", code="stats.forbidden")
        async with self._uow() as uow:
            return await uow.stats.complaint_stats(scope_of(actor), filters, period, self._clock)
