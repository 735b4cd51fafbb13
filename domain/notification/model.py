"""Kinds of notification, a recipient, and an e-mail queued for sending."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta


class NotificationKind(enum.StrEnum):
    """What a recipient is told; staff choose per kind (see preferences)."""

    case_arrived = "case_arrived"  # to the agency's coordinator (and backups)
    case_assigned_to_you = "case_assigned_to_you"  # to the assignee
    omb_attention = "omb_attention"  # breached or flagged: OMB officers on duty
    sla_due_soon = "sla_due_soon"  # first response / resolution due soon: the coordinator
    complaint_received = "complaint_received"  # to the complainant
    complaint_resolved = "complaint_resolved"  # to the complainant
    information_requested = "information_requested"  # to the complainant
    # To a citizen who filed by e-mail: threaded under their mail, replies welcome.
    email_received = "email_received"

    @property
    def for_staff(self) -> bool:
        return self not in _COMPLAINANT_KINDS


_COMPLAINANT_KINDS = frozenset(
    {
        NotificationKind.complaint_received,
        NotificationKind.complaint_resolved,
        NotificationKind.information_requested,
        NotificationKind.email_received,
    }
)
STAFF_KINDS = tuple(k for k in NotificationKind if k.for_staff)


@dataclass(frozen=True)
class Recipient:
    email: str
    language: str  # "th" or "en"
    name: str | None = None
    # A staff user's account: their notifications may go to LINE too (their preference).
    user_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


class EmailStatus(enum.StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"  # gave up after MAX_SEND_ATTEMPTS


MAX_SEND_ATTEMPTS = 8


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff after the n-th failed attempt: 1, 2, 4 ... minutes, at most 2 h."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), timedelta(hours=2))


@dataclass(frozen=True)
class QueuedEmail:
    id: uuid.UUID
    event_id: uuid.UUID
    recipient: str
    kind: NotificationKind
    language: str
    subject: str
    text: str
    html: str
    created_at: datetime
    status: EmailStatus = EmailStatus.pending
    attempts: int = 0
    claimed_until: datetime | None = None  # the lease of the sender that claimed it
    in_reply_to: str | None = None  # the Message-ID this e-mail answers
