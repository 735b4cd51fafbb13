"""SqlSlaWatch (open cases past a milestone, not yet announced) and the escalation rules."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import OPEN_STATUSES, ComplaintStatus
from domain.errors import ConcurrentUpdate
from domain.escalation.model import DueMilestone, EscalationRule, EscalationTarget, Milestone
from infra.db.repositories.complaints import _dialect_insert
from infra.db.tables import ComplaintRow, EscalationRuleRow, SlaAlertRow, table_of

C: Any = table_of(ComplaintRow).c
ALERTS = table_of(SlaAlertRow)
A: Any = ALERTS.c
RULES = table_of(EscalationRuleRow)
R: Any = RULES.c

# The SLA clock stands still while the case waits for the complainant.
_RUNNING = [s.value for s in OPEN_STATUSES if s is not ComplaintStatus.AWAITING_COMPLAINANT]
_COLUMNS = {
    Milestone.first_response_due_soon: ("first_response_due_soon_at", True),
    Milestone.first_response_breached: ("first_response_due_at", True),
    Milestone.resolution_due_soon: ("resolution_due_soon_at", False),
    Milestone.resolution_breached: ("resolution_due_at", False),
}


class SqlSlaWatch:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def due(self, now: datetime, limit: int) -> list[DueMilestone]:
        found: list[DueMilestone] = []
        for milestone, (column, needs_no_response) in _COLUMNS.items():
            due_at = C[column]
            conditions = [
                C.status.in_(_RUNNING),
                due_at.is_not(None),
                due_at <= now,
                ~exists().where(
                    and_(A.complaint_id == C.id, A.milestone == milestone.value, A.due_at == due_at)
                ),
            ]
            if needs_no_response:
                conditions.append(C.first_response_at.is_(None))
            rows = await self._s.execute(
                select(C.id, due_at, C.sla_class).where(*conditions).order_by(due_at).limit(limit)
            )
            found += [DueMilestone(r[0], milestone, r[1], r[2]) for r in rows]
        return sorted(found, key=lambda d: d.due_at)[:limit]

    async def remember(
        self, complaint_id: uuid.UUID, milestone: Milestone, due_at: datetime, at: datetime
    ) -> bool:
        stmt = (
            _dialect_insert(self._s)(ALERTS)
            .values(
                complaint_id=complaint_id, milestone=milestone.value, due_at=due_at, raised_at=at
            )
            .on_conflict_do_nothing()
            .returning(A.complaint_id)
        )
        return (await self._s.execute(stmt)).first() is not None


def _rule(row: Any) -> EscalationRule:
    return EscalationRule(
        id=row.id,
        milestone=Milestone(row.milestone),
        sla_class=row.sla_class,
        notify=tuple(EscalationTarget(t) for t in row.notify),
        is_active=row.is_active,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def _values(rule: EscalationRule) -> dict[str, Any]:
    return {
        "milestone": rule.milestone.value,
        "sla_class": rule.sla_class,
        "notify": [t.value for t in rule.notify],
        "is_active": rule.is_active,
        "updated_at": rule.updated_at,
    }


class SqlEscalationRuleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def list(self) -> list[EscalationRule]:
        rows = await self._s.execute(
            select(RULES).order_by(R.milestone, R.sla_class.is_not(None), R.sla_class, R.id)
        )
        return [_rule(r) for r in rows]

    async def get(self, rule_id: uuid.UUID) -> EscalationRule | None:
        row = (await self._s.execute(select(RULES).where(R.id == rule_id))).first()
        return _rule(row) if row else None

    async def add(self, rule: EscalationRule) -> None:
        await self._s.execute(
            insert(RULES).values(
                id=rule.id, created_at=rule.created_at, version=rule.version, **_values(rule)
            )
        )

    async def update(self, rule: EscalationRule, expected_version: int) -> EscalationRule:
        result = await self._s.execute(
            update(RULES)
            .where(R.id == rule.id, R.version == expected_version)
            .values(**_values(rule), version=expected_version + 1)
        )
        if int(getattr(result, "rowcount", 0)) != 1:
            raise ConcurrentUpdate("The escalation rule changed meanwhile; reload it.")
        saved = await self.get(rule.id)
        assert saved is not None
        return saved

    async def delete(self, rule_id: uuid.UUID) -> None:
        await self._s.execute(delete(RULES).where(R.id == rule_id))
