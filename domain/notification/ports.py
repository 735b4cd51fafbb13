"""Ports of notifications: the e-mail queue, the templates, staff preferences."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from domain.notification.model import NotificationKind, QueuedEmail, RenderedEmail


class EmailQueue(Protocol):
    async def add(self, email: QueuedEmail) -> bool:
        """Queue the e-mail unless one for the same event and recipient exists (False then)."""
        ...

    async def claim_due(self, now: datetime, limit: int, lease: timedelta) -> list[QueuedEmail]:
        """Due e-mails, leased to this sender until now + lease (others skip them)."""
        ...

    async def mark_sent(self, email_id: uuid.UUID, at: datetime) -> None: ...

    async def mark_failed(self, email_id: uuid.UUID, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt; no retry_at: give up (status failed)."""
        ...


class NotificationRenderer(Protocol):
    def render(
        self, kind: NotificationKind, language: str, context: Mapping[str, Any]
    ) -> RenderedEmail: ...


class NotificationPreferences(Protocol):
    async def disabled_kinds(self, user_id: uuid.UUID) -> frozenset[NotificationKind]: ...

    async def set(self, user_id: uuid.UUID, kind: NotificationKind, enabled: bool) -> None: ...
