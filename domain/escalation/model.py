"""SLA milestones, escalation targets and rules."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from domain.errors import FieldError, InvalidValue
from domain.events.model import EventType


class Milestone(enum.StrEnum):
    first_response_due_soon = "first_response_due_soon"
    resolution_due_soon = "resolution_due_soon"
    first_response_breached = "first_response_breached"
    resolution_breached = "resolution_breached"

    @property
    def event_type(self) -> EventType:
        return {
            Milestone.first_response_due_soon: EventType.complaint_first_response_due_soon,
            Milestone.resolution_due_soon: EventType.complaint_resolution_due_soon,
        }.get(self, EventType.complaint_breached)


class EscalationTarget(enum.StrEnum):
    coordinator = "coordinator"  # the case's coordinator; the backups while the primary is away
    assignee = "assignee"
    omb_on_duty = "omb_on_duty"  # every active OMB officer who did not opt out
    # The coordinator's supervisor: the head of the case's agency (district director,
    # bureau director), at the agency's `head_email`.
    agency_head = "agency_head"


@dataclass(frozen=True)
class DueMilestone:
    complaint_id: uuid.UUID
    milestone: Milestone
    due_at: datetime
    sla_class: str


@dataclass(frozen=True)
class EscalationRule:
    id: uuid.UUID
    milestone: Milestone
    sla_class: str | None  # None: every SLA class
    notify: tuple[EscalationTarget, ...]
    is_active: bool
    created_at: datetime
    updated_at: datetime
    version: int = 1

    def __post_init__(self) -> None:
        if not self.notify:
            raise InvalidValue(
                "An escalation rule notifies someone.",
                code="escalation_rule.invalid",
                errors=[FieldError(("notify",), "at least one target", "too_short")],
            )

    def applies_to(self, milestone: Milestone, sla_class: str) -> bool:
        return (
            self.is_active and self.milestone is milestone and self.sla_class in (None, sla_class)
        )


def targets_for(
    rules: list[EscalationRule], milestone: Milestone, sla_class: str
) -> tuple[list[EscalationRule], tuple[EscalationTarget, ...]]:
    """The rules that fire and the union of their targets, in a stable order. Rules for the
    case's own SLA class take precedence over catch-all rules of the same milestone."""
    matching = [r for r in rules if r.applies_to(milestone, sla_class)]
    specific = [r for r in matching if r.sla_class is not None]
    fired = specific or matching
    targets = {t for r in fired for t in r.notify}
    return fired, tuple(t for t in EscalationTarget if t in targets)
