"""Which events a case's timeline entries raise (pure domain, no I/O)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from domain.complaint.events import event_type_of
from domain.complaint.model import EventKind, TimelineEntry, Visibility
from domain.escalation.model import (
    EscalationRule,
    EscalationTarget,
    Milestone,
    targets_for,
)
from domain.events.model import EventType
from domain.webhook.model import RETRY_SCHEDULE, next_attempt

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def entry(
    kind: EventKind, visibility: Visibility = Visibility.public, **data: Any
) -> TimelineEntry:
    return TimelineEntry(
        uuid.uuid4(), uuid.uuid4(), NOW, kind, visibility, "user", None, None, data
    )


def test_entries_map_to_event_types() -> None:
    assert event_type_of(entry(EventKind.created)) is EventType.complaint_created
    assert event_type_of(entry(EventKind.assigned, action="assign")) is EventType.complaint_assigned
    assert (
        event_type_of(entry(EventKind.state_changed, action="request_info"))
        is EventType.complaint_information_requested
    )
    assert event_type_of(entry(EventKind.state_changed, action="resolve")) is (
        EventType.complaint_resolved
    )
    # The SLA pause that accompanies a transition raises nothing of its own.
    assert (
        event_type_of(entry(EventKind.state_changed, action="request_info", sla="sla_paused"))
        is None
    )
    assert event_type_of(entry(EventKind.state_changed, action="start")) is None
    assert event_type_of(entry(EventKind.response)) is EventType.complaint_public_response_added
    assert event_type_of(entry(EventKind.response, Visibility.internal)) is None
    assert event_type_of(entry(EventKind.note)) is None
    assert event_type_of(entry(EventKind.flagged, reason="possible_duplicates")) is None
    assert event_type_of(entry(EventKind.escalated, milestone="resolution_breached")) is (
        EventType.complaint_breached
    )


def test_class_rules_override_catch_all_rules() -> None:
    def rule(
        milestone: Milestone, sla_class: str | None, *notify: EscalationTarget
    ) -> EscalationRule:
        return EscalationRule(uuid.uuid4(), milestone, sla_class, notify, True, NOW, NOW)

    rules = [
        rule(Milestone.resolution_breached, None, EscalationTarget.coordinator),
        rule(Milestone.resolution_breached, "urgent", EscalationTarget.omb_on_duty),
        rule(Milestone.resolution_due_soon, None, EscalationTarget.assignee),
    ]
    assert targets_for(rules, Milestone.resolution_breached, "urgent")[1] == (
        EscalationTarget.omb_on_duty,
    )
    assert targets_for(rules, Milestone.resolution_breached, "standard")[1] == (
        EscalationTarget.coordinator,
    )
    assert targets_for(rules, Milestone.first_response_due_soon, "standard") == ([], ())


def test_webhook_retries_span_about_a_day_then_stop() -> None:
    total = sum(RETRY_SCHEDULE, start=NOW - NOW)
    assert 24 * 3600 <= total.total_seconds() <= 30 * 3600
    assert next_attempt(1, NOW) == NOW + RETRY_SCHEDULE[0]
    assert next_attempt(len(RETRY_SCHEDULE) + 1, NOW) is None
