"""Ports of partner webhooks: subscriptions, deliveries, and the signed HTTP transport."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Protocol

from domain.webhook.model import (
    Attempt,
    DeliveryStatus,
    TransportResult,
    WebhookDelivery,
    WebhookSubscription,
)


class WebhookSubscriptionRepository(Protocol):
    async def add(self, s: WebhookSubscription) -> None: ...

    async def get(self, subscription_id: uuid.UUID) -> WebhookSubscription | None: ...

    async def list_for_client(self, client_id: uuid.UUID) -> list[WebhookSubscription]: ...

    async def list_active(self) -> list[WebhookSubscription]: ...

    async def update(
        self, s: WebhookSubscription, expected_version: int
    ) -> WebhookSubscription: ...

    async def delete(self, subscription_id: uuid.UUID) -> None: ...

    async def count_failure(self, subscription_id: uuid.UUID, *, reset: bool) -> int:
        """Add one to the failures in a row (or reset them); returns the new count."""
        ...

    async def disable(self, subscription_id: uuid.UUID, reason: str, at: datetime) -> None: ...


class WebhookDeliveryRepository(Protocol):
    async def add(self, d: WebhookDelivery) -> bool:
        """Add unless the subscription already has a delivery of this event (False)."""
        ...

    async def get(self, delivery_id: uuid.UUID) -> WebhookDelivery | None: ...

    async def claim_due(
        self, now: datetime, limit: int, lease: timedelta
    ) -> list[WebhookDelivery]: ...

    async def record(
        self,
        delivery_id: uuid.UUID,
        attempt: Attempt,
        status: DeliveryStatus,
        next_attempt_at: datetime | None,
    ) -> None: ...

    async def replay(self, delivery_id: uuid.UUID, now: datetime) -> None: ...

    async def fail_pending(self, subscription_id: uuid.UUID) -> None:
        """A disabled subscription's pending deliveries fail (replay them once re-enabled)."""
        ...

    async def list_for_subscription(
        self, subscription_id: uuid.UUID, limit: int
    ) -> list[WebhookDelivery]: ...

    async def list_failed(self, limit: int) -> list[WebhookDelivery]: ...


class WebhookTransport(Protocol):
    def check_target(self, url: str) -> None:
        """InvalidValue unless the URL may receive webhooks (scheme, literal address)."""
        ...

    async def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> TransportResult:
        """POST, after resolving the host and refusing forbidden addresses (checked on the
        address actually connected to)."""
        ...


class WebhookSigner(Protocol):
    def new_secret(self) -> str: ...

    def sign(
        self, secrets: list[str], message_id: str, timestamp: datetime, body: bytes
    ) -> dict[str, str]:
        """The webhook-id, webhook-timestamp and webhook-signature headers."""
        ...
