"""Admin use cases for SLA policies and closure days; open cases are rescheduled at once."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date

from domain.audit.model import AuditEntry
from domain.errors import Conflict, Forbidden, NotFound, StaleVersion
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal
from domain.sla.model import SlaPolicy
from domain.sla.ports import ClosureDay
from domain.uow import UnitOfWork

Rescheduler = Callable[[UnitOfWork], Awaitable[int]]


def _policy_view(p: SlaPolicy) -> dict[str, object]:
    return {
        "always_open": p.working_hours.always_open,
        "weekdays": sorted(p.working_hours.weekdays),
        "hours": f"{p.working_hours.start:%H:%M}-{p.working_hours.end:%H:%M}",
        "targets": {
            u.value: [t.first_response.total_seconds(), t.resolution.total_seconds()]
            for u, t in p.targets.items()
        },
        "fast_track_targets": {
            u.value: [t.first_response.total_seconds(), t.resolution.total_seconds()]
            for u, t in p.fast_track_targets.items()
        },
        "due_soon_share": p.due_soon_share,
    }


class SlaAdminService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        reschedule: Rescheduler,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._reschedule = reschedule
        # Told after each committed change, so cached SLA settings are dropped at once.
        self._on_change = on_change or (lambda: None)

    def _require_admin(self, actor: Principal) -> None:
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden("Only administrators change SLA settings.", code="sla.admin_only")

    async def policies(self) -> list[SlaPolicy]:
        async with self._uow() as uow:
            return await uow.sla_policies.all()

    async def policy(self, sla_class: str) -> SlaPolicy:
        async with self._uow() as uow:
            found = await uow.sla_policies.get(sla_class)
        if found is None:
            raise NotFound(f"No SLA policy for the class {sla_class}.", code="sla_policy.not_found")
        return found

    async def replace_policy(
        self, actor: Principal, policy: SlaPolicy, expected_version: int
    ) -> tuple[SlaPolicy, int]:
        """Store the policy if `expected_version` is the stored one's (0 for a class that has
        none yet); returns it with its new version and how many open cases were rescheduled."""
        self._require_admin(actor)
        async with self._uow() as uow:
            before = await uow.sla_policies.get(policy.sla_class)
            current = before.version if before else 0
            if expected_version != current:
                raise StaleVersion(
                    expected_version,
                    current,
                    f"The SLA policy is at version {current}, not {expected_version}; reload it.",
                )
            policy = replace(policy, version=current + 1)
            await uow.sla_policies.put(policy)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    self._clock.now(),
                    "sla_policy.replace",
                    "sla_policy",
                    policy.sla_class,
                    before=_policy_view(before) if before else None,
                    after=_policy_view(policy),
                )
            )
            count = await self._reschedule(uow)
            await uow.commit()
        self._on_change()
        return policy, count

    async def closure_days(self) -> list[ClosureDay]:
        async with self._uow() as uow:
            return await uow.closure_days.all()

    async def add_closure_day(self, actor: Principal, day: date, reason: str) -> ClosureDay:
        self._require_admin(actor)
        closure = ClosureDay(day, reason, self._clock.now())
        async with self._uow() as uow:
            if any(c.day == day for c in await uow.closure_days.all()):
                raise Conflict(f"{day} is already a closure day.", code="closure_day.exists")
            await uow.closure_days.add(closure)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    closure.created_at,
                    "closure_day.add",
                    "closure_day",
                    day.isoformat(),
                    after={"day": day.isoformat(), "reason": reason},
                )
            )
            await self._reschedule(uow)
            await uow.commit()
        self._on_change()
        return closure

    async def delete_closure_day(self, actor: Principal, day: date) -> None:
        self._require_admin(actor)
        async with self._uow() as uow:
            if not await uow.closure_days.delete(day):
                raise NotFound(f"{day} is not a closure day.", code="closure_day.not_found")
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    self._clock.now(),
                    "closure_day.delete",
                    "closure_day",
                    day.isoformat(),
                    before={"day": day.isoformat()},
                )
            )
            await self._reschedule(uow)
            await uow.commit()
        self._on_change()
