"""Webhook subscriptions and deliveries, with the retry schedule and the disabling rules."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from domain.events.model import EventType

# Standard Webhooks' suggested schedule: ~27 hours from the first attempt to the last.
RETRY_SCHEDULE: tuple[timedelta, ...] = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
SECRET_OVERLAP = timedelta(hours=24)


class DeliveryStatus(enum.StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"  # every retry used, or the subscription was disabled meanwhile


@dataclass(frozen=True)
class WebhookSubscription:
    id: uuid.UUID
    client_id: uuid.UUID
    url: str
    event_types: frozenset[EventType]  # empty: every event
    secret: str  # whsec_…, the signing secret (sealed at rest by the adapter)
    previous_secret: str | None
    previous_secret_expires_at: datetime | None
    is_active: bool
    disabled_reason: str | None
    consecutive_failures: int
    created_at: datetime
    updated_at: datetime
    version: int = 1

    def wants(self, event_type: EventType) -> bool:
        return self.is_active and (not self.event_types or event_type in self.event_types)

    def signing_secrets(self, now: datetime) -> list[str]:
        """The current secret, and the previous one during the overlap after a rotation."""
        secrets = [self.secret]
        if self.previous_secret and (
            self.previous_secret_expires_at is None or now < self.previous_secret_expires_at
        ):
            secrets.append(self.previous_secret)
        return secrets


@dataclass(frozen=True)
class Attempt:
    at: datetime
    status_code: int | None
    error: str | None


@dataclass(frozen=True)
class WebhookDelivery:
    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: uuid.UUID
    event_type: EventType
    payload: dict[str, Any]
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    created_at: datetime
    delivered_at: datetime | None = None
    log: tuple[Attempt, ...] = field(default_factory=tuple)


def next_attempt(attempts: int, now: datetime) -> datetime | None:
    """When to try again after `attempts` failed attempts; None once the schedule is used."""
    if attempts > len(RETRY_SCHEDULE):
        return None
    return now + RETRY_SCHEDULE[attempts - 1]


@dataclass(frozen=True)
class TransportResult:
    status_code: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300

    @property
    def gone(self) -> bool:
        return self.status_code == 410
