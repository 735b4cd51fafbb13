"""Ports of the transactional outbox and of the queue's health."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.events.model import DomainEvent, StoredEvent


class Outbox(Protocol):
    async def add(self, events: Sequence[DomainEvent]) -> None:
        """Write the events in the current transaction: they exist iff it commits."""
        ...

    async def claim_pending(self, limit: int) -> list[StoredEvent]:
        """The oldest undispatched events, locked for this transaction (another worker skips
        them), in commit order."""
        ...

    async def mark_dispatched(self, event_id: uuid.UUID, at: datetime) -> None: ...

    async def mark_failed(self, event_id: uuid.UUID, error: str) -> None: ...

    async def get(self, event_id: uuid.UUID) -> StoredEvent | None: ...


@dataclass(frozen=True)
class QueueHealth:
    pending_events: int
    failing_events: int
    oldest_pending_at: datetime | None
    pending_emails: int
    failed_emails: int
    pending_webhook_deliveries: int
    failed_webhook_deliveries: int


class QueueMonitor(Protocol):
    async def health(self) -> QueueHealth: ...
