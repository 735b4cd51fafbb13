"""LINE conversation values: inbound events, the conversation's state, outbound messages."""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from domain.complaint.lifecycle import ComplaintStatus

# A LINE chat collects at most this many photos for one complaint.
MAX_PHOTOS = 4
# LINE refuses text messages longer than this.
MAX_TEXT = 5000
# How long a webhook event id is remembered: LINE redelivers within a day at most.
EVENT_MEMORY = timedelta(days=7)

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LATIN = re.compile(r"[A-Za-z]")


class InboundKind(enum.StrEnum):
    text = "text"
    location = "location"
    image = "image"
    postback = "postback"
    follow = "follow"
    unfollow = "unfollow"
    other = "other"


@dataclass(frozen=True)
class InboundEvent:
    """One webhook event from LINE, as much of it as the conversation needs."""

    event_id: str
    kind: InboundKind
    user_id: str | None
    reply_token: str | None = None
    redelivery: bool = False
    text: str | None = None
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
    message_id: str | None = None
    postback: str | None = None


class Step(enum.StrEnum):
    """Where a report stands: what the next message of the user is expected to give."""

    describe = "describe"
    location = "location"
    photos = "photos"
    consent = "consent"


@dataclass(frozen=True)
class Conversation:
    """A report being written in the chat; kept in the database until it expires."""

    user_id: str
    step: Step
    language: str
    expires_at: datetime
    description: str | None = None
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
    district_code: str | None = None
    photo_ids: tuple[str, ...] = ()
    notice_version: str | None = None

    def with_changes(self, **changes: Any) -> Conversation:
        return replace(self, **changes)


def language_of(text: str, default: str) -> str:
    """Thai when the text has Thai letters, English when it has only Latin ones."""
    if _THAI.search(text):
        return "th"
    if _LATIN.search(text):
        return "en"
    return default


class QuickReplyKind(enum.StrEnum):
    message = "message"  # the label's text is sent back as if typed
    location = "location"  # opens LINE's location picker
    uri = "uri"  # e.g. tel:1676
    postback = "postback"  # `data` goes back in a postback event; `text` shows in the chat


@dataclass(frozen=True)
class QuickReply:
    label: str
    kind: QuickReplyKind = QuickReplyKind.message
    text: str | None = None
    uri: str | None = None
    data: str | None = None


@dataclass(frozen=True)
class OutboundMessage:
    """A text message with optional quick-reply buttons."""

    text: str
    quick_replies: tuple[QuickReply, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text[:MAX_TEXT],
            "quick_replies": [
                {
                    "label": q.label,
                    "kind": q.kind.value,
                    "text": q.text,
                    "uri": q.uri,
                    "data": q.data,
                }
                for q in self.quick_replies
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutboundMessage:
        return cls(
            data["text"],
            tuple(
                QuickReply(
                    q["label"],
                    QuickReplyKind(q["kind"]),
                    q.get("text"),
                    q.get("uri"),
                    q.get("data"),
                )
                for q in data.get("quick_replies", [])
            ),
        )


class DeliveryKind(enum.StrEnum):
    reply = "reply"  # answer with the event's reply token (falls back to a push)
    push = "push"  # to the user, unprompted: a status change
    attach = "attach"  # fetch a photo from LINE's content API onto the case


class DeliveryStatus(enum.StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"


@dataclass(frozen=True)
class LineDelivery:
    """One piece of outbound work, queued in the transaction that decided it; `key` is unique
    (`reply:<webhookEventId>`, `push:<domain event id>`, `attach:<message id>`), so a
    redelivered webhook event or a re-dispatched domain event never queues it twice."""

    id: uuid.UUID
    key: str
    kind: DeliveryKind
    user_id: str
    created_at: datetime
    reply_token: str | None = None
    messages: tuple[OutboundMessage, ...] = ()
    complaint_id: uuid.UUID | None = None
    message_id: str | None = None
    attempts: int = 0
    claimed_until: datetime | None = None
    status: DeliveryStatus = DeliveryStatus.pending


@dataclass(frozen=True)
class LineCase:
    """One of the user's cases, as the status answer shows it."""

    case_number: str
    tracking_code: str
    status: ComplaintStatus
    updated_at: datetime


class NotifyVia(enum.StrEnum):
    """Where a linked staff user's notifications go (unlinked: e-mail, as ever)."""

    email = "email"
    line = "line"
    both = "both"

    @property
    def by_email(self) -> bool:
        return self is not NotifyVia.line

    @property
    def by_line(self) -> bool:
        return self is not NotifyVia.email


@dataclass(frozen=True)
class LineLink:
    """One staff user ↔ one LINE user."""

    user_id: uuid.UUID
    line_user_id: str
    linked_at: datetime
    notify_via: NotifyVia = NotifyVia.email
