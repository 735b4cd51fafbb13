"""Ports of the LINE channel: its tables, the Messaging API, the webhook's signature check."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from domain.line.model import (
    Conversation,
    InboundEvent,
    LineCase,
    LineDelivery,
    LineLink,
    NotifyVia,
    OutboundMessage,
)


class LineStore(Protocol):
    async def remember_event(self, event_id: str, at: datetime) -> bool:
        """Record a webhook event id; False when it was seen before (a redelivery)."""
        ...

    async def conversation(self, user_id: str, now: datetime) -> Conversation | None:
        """The user's report in progress, unless there is none or it expired."""
        ...

    async def save_conversation(self, conversation: Conversation) -> None: ...

    async def end_conversation(self, user_id: str) -> None: ...

    async def cases_of(self, user_id: str, limit: int) -> list[LineCase]:
        """The cases this LINE user filed through LINE, newest first."""
        ...

    async def queue(self, delivery: LineDelivery) -> bool:
        """Queue outbound work unless its key is queued already (False then)."""
        ...

    async def claim_due(self, now: datetime, limit: int, lease: timedelta) -> list[LineDelivery]:
        """Pending deliveries, leased to this sender until now + lease (others skip them)."""
        ...

    async def mark_sent(self, delivery_id: uuid.UUID, at: datetime) -> None:
        """Done; the stored messages are dropped (a reply may carry the complainant secret)."""
        ...

    async def mark_failed(
        self, delivery_id: uuid.UUID, error: str, retry_at: datetime | None
    ) -> None: ...

    async def purge(self, now: datetime, keep_events: timedelta) -> int:
        """Delete expired conversations (what people typed) and event ids older than
        `keep_events` (LINE no longer redelivers them)."""
        ...


class LineLinkStore(Protocol):
    """Staff users linked to LINE users, and the one-time codes that link them."""

    async def link_of(self, user_id: uuid.UUID) -> LineLink | None: ...

    async def link_by_line_user(self, line_user_id: str) -> LineLink | None: ...

    async def save_link(self, link: LineLink) -> None:
        """Insert or replace the user's link (a LINE user links one staff user at most)."""
        ...

    async def remove_link(self, user_id: uuid.UUID) -> bool: ...

    async def set_notify_via(self, user_id: uuid.UUID, via: NotifyVia) -> bool: ...

    async def put_code(self, user_id: uuid.UUID, code_hash: str, expires_at: datetime) -> bool:
        """The user's one live code (replacing an earlier one); False when another user's
        code has the same hash (draw another)."""
        ...

    async def take_code(self, code_hash: str, now: datetime) -> uuid.UUID | None:
        """Use a code up: its user, if it exists and has not expired; it is deleted either way."""
        ...

    async def drop_codes(self, user_id: uuid.UUID) -> None: ...


class LineMessaging(Protocol):
    """LINE's Messaging API."""

    async def reply(self, reply_token: str, messages: Sequence[OutboundMessage]) -> None: ...

    async def push(
        self, user_id: str, messages: Sequence[OutboundMessage], retry_key: uuid.UUID
    ) -> None: ...

    async def content(self, message_id: str) -> bytes:
        """The bytes of an image the user sent."""
        ...


class LineWebhookVerifier(Protocol):
    def parse(self, body: bytes, signature: str | None) -> list[InboundEvent]:
        """The events of a webhook request; raises LineSignatureInvalid unless the body is
        signed with the channel secret."""
        ...
