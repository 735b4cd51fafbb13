"""The domain event: a fact about a case or an activity, written in the transaction that made it."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class EventType(enum.StrEnum):
    complaint_created = "complaint.created"
    complaint_assigned = "complaint.assigned"
    complaint_transferred = "complaint.transferred"
    complaint_co_handler_invited = "complaint.co_handler_invited"
    complaint_information_requested = "complaint.information_requested"
    complaint_public_response_added = "complaint.public_response_added"
    complaint_resolved = "complaint.resolved"
    complaint_reopened = "complaint.reopened"
    complaint_closed = "complaint.closed"
    complaint_merged = "complaint.merged"
    complaint_flagged = "complaint.flagged"
    complaint_first_response_due_soon = "complaint.first_response_due_soon"
    complaint_resolution_due_soon = "complaint.resolution_due_soon"
    complaint_breached = "complaint.breached"
    activity_scheduled = "activity.scheduled"
    activity_postponed = "activity.postponed"
    activity_cancelled = "activity.cancelled"

    @property
    def subject(self) -> str:
        return self.value.split(".", 1)[0]


@dataclass(frozen=True)
class DomainEvent:
    """`data` carries ids, numbers and states only - never a complainant's personal data, so
    an event can go to any consumer; consumers look up what they may show."""

    id: uuid.UUID
    type: EventType
    occurred_at: datetime
    subject_id: uuid.UUID
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls, type: EventType, at: datetime, subject_id: uuid.UUID, **data: Any) -> DomainEvent:
        return cls(uuid.uuid4(), type, at, subject_id, dict(data))


@dataclass(frozen=True)
class StoredEvent:
    """An event as the outbox keeps it: its place in commit order and whether it went out."""

    seq: int
    event: DomainEvent
    dispatched_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None
