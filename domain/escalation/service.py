"""The SLA scan (periodic): each milestone a case reaches is escalated once, by the rules;
and the admins' management of the rules."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from domain.complaint.events import record
from domain.complaint.model import EventKind, TimelineEntry, Visibility
from domain.errors import Forbidden, NotFound, check_version
from domain.escalation.model import EscalationRule, EscalationTarget, Milestone, targets_for
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class EscalationRuleNotFound(NotFound):
    code = "escalation_rule.not_found"
    title = "Escalation rule not found"
    title_th = "ไม่พบกฎการยกระดับ"


class SlaScanner:
    """Finds milestones reached by the clock and escalates each once: remembered, written to
    the case's timeline and raised as an event in one transaction per milestone."""

    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def scan(self, limit: int = 200) -> int:
        now = self._clock.now()
        async with self._uow() as uow:
            due = await uow.sla_watch.due(now, limit)
        raised = 0
        for d in due:
            async with self._uow() as uow:
                if not await uow.sla_watch.remember(d.complaint_id, d.milestone, d.due_at, now):
                    continue  # another worker escalated it
                c = await uow.complaints.get(d.complaint_id)
                if c is None:
                    continue
                fired, targets = targets_for(
                    await uow.escalation_rules.list(), d.milestone, c.sla_class
                )
                entry = TimelineEntry(
                    id=uuid.uuid4(),
                    complaint_id=c.id,
                    at=now,
                    kind=EventKind.escalated,
                    visibility=Visibility.internal,
                    actor_kind="system",
                    actor_id=None,
                    request_id=None,
                    data={
                        "milestone": d.milestone.value,
                        "due_at": d.due_at.isoformat(),
                        "rule_ids": [str(r.id) for r in fired],
                        "notify": [t.value for t in targets],
                    },
                )
                await record(uow, c, entry)
                await uow.commit()
                raised += 1
        return raised


@dataclass(frozen=True)
class RuleChanges:
    milestone: Milestone | None = None
    sla_class: str | None = None
    clear_sla_class: bool = False
    notify: Sequence[EscalationTarget] | None = None
    is_active: bool | None = None


class EscalationRuleService:
    """Admins edit the rules; everyone with configuration rights reads them."""

    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    @staticmethod
    def _require_admin(actor: Principal) -> None:
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden(
                "Only administrators manage escalation rules.", code="escalation_rule.admin_only"
            )

    async def list(self, actor: Principal) -> list[EscalationRule]:
        self._require_admin(actor)
        async with self._uow() as uow:
            return await uow.escalation_rules.list()

    async def get(self, actor: Principal, rule_id: uuid.UUID) -> EscalationRule:
        self._require_admin(actor)
        async with self._uow() as uow:
            rule = await uow.escalation_rules.get(rule_id)
        if rule is None:
            raise EscalationRuleNotFound(f"No escalation rule {rule_id}.")
        return rule

    async def create(
        self,
        actor: Principal,
        milestone: Milestone,
        notify: Sequence[EscalationTarget],
        sla_class: str | None = None,
        is_active: bool = True,
    ) -> EscalationRule:
        self._require_admin(actor)
        now = self._clock.now()
        rule = EscalationRule(
            id=uuid.uuid4(),
            milestone=milestone,
            sla_class=sla_class,
            notify=tuple(dict.fromkeys(notify)),
            is_active=is_active,
            created_at=now,
            updated_at=now,
        )
        async with self._uow() as uow:
            await uow.escalation_rules.add(rule)
            await uow.commit()
        return rule

    async def update(
        self, actor: Principal, rule_id: uuid.UUID, changes: RuleChanges, expected_version: int
    ) -> EscalationRule:
        self._require_admin(actor)
        async with self._uow() as uow:
            rule = await uow.escalation_rules.get(rule_id)
            if rule is None:
                raise EscalationRuleNotFound(f"No escalation rule {rule_id}.")
            check_version("rule", rule.version, expected_version)
            updates: dict[str, object] = {}
            if changes.milestone is not None:
                updates["milestone"] = changes.milestone
            if changes.clear_sla_class:
                updates["sla_class"] = None
            elif changes.sla_class is not None:
                updates["sla_class"] = changes.sla_class
            if changes.notify is not None:
                updates["notify"] = tuple(dict.fromkeys(changes.notify))
            if changes.is_active is not None:
                updates["is_active"] = changes.is_active
            saved = await uow.escalation_rules.update(
                EscalationRule(**{**rule.__dict__, **updates, "updated_at": self._clock.now()}),
                expected_version,
            )
            await uow.commit()
        return saved

    async def delete(self, actor: Principal, rule_id: uuid.UUID) -> None:
        self._require_admin(actor)
        async with self._uow() as uow:
            if await uow.escalation_rules.get(rule_id) is None:
                raise EscalationRuleNotFound(f"No escalation rule {rule_id}.")
            await uow.escalation_rules.delete(rule_id)
            await uow.commit()
