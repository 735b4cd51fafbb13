"""Ports of escalation: the rules, and the watch over SLA milestones."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Protocol

from domain.escalation.model import DueMilestone, EscalationRule, Milestone


class EscalationRuleRepository(Protocol):
    async def list(self) -> list[EscalationRule]: ...

    async def get(self, rule_id: uuid.UUID) -> EscalationRule | None: ...

    async def add(self, rule: EscalationRule) -> None: ...

    async def update(self, rule: EscalationRule, expected_version: int) -> EscalationRule: ...

    async def delete(self, rule_id: uuid.UUID) -> None: ...


class SlaWatch(Protocol):
    async def due(self, now: datetime, limit: int) -> list[DueMilestone]:
        """Milestones of open cases reached by `now` and not announced for that due time."""
        ...

    async def remember(
        self, complaint_id: uuid.UUID, milestone: Milestone, due_at: datetime, at: datetime
    ) -> bool:
        """Mark the milestone announced; False when it already was (another scan won)."""
        ...
