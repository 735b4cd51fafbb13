"""SqlWebhookSubscriptionRepository and SqlWebhookDeliveryRepository."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import ConcurrentUpdate
from domain.events.model import EventType
from domain.webhook.model import (
    Attempt,
    DeliveryStatus,
    WebhookDelivery,
    WebhookSubscription,
)
from infra.db.repositories.complaints import _dialect_insert
from infra.db.repositories.events import for_update_skip_locked
from infra.db.tables import WebhookDeliveryRow, WebhookSubscriptionRow, table_of

SUBS = table_of(WebhookSubscriptionRow)
S: Any = SUBS.c
DELIVERIES = table_of(WebhookDeliveryRow)
D: Any = DELIVERIES.c
MAX_LOG = 20  # attempts kept per delivery


def _subscription(row: Any) -> WebhookSubscription:
    return WebhookSubscription(
        id=row.id,
        client_id=row.client_id,
        url=row.url,
        event_types=frozenset(EventType(t) for t in row.event_types),
        secret=row.secret,
        previous_secret=row.previous_secret,
        previous_secret_expires_at=row.previous_secret_expires_at,
        is_active=row.is_active,
        disabled_reason=row.disabled_reason,
        consecutive_failures=row.consecutive_failures,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def _values(s: WebhookSubscription) -> dict[str, Any]:
    return {
        "url": s.url,
        "event_types": sorted(t.value for t in s.event_types),
        "secret": s.secret,
        "previous_secret": s.previous_secret,
        "previous_secret_expires_at": s.previous_secret_expires_at,
        "is_active": s.is_active,
        "disabled_reason": s.disabled_reason,
        "consecutive_failures": s.consecutive_failures,
        "updated_at": s.updated_at,
    }


class SqlWebhookSubscriptionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, s: WebhookSubscription) -> None:
        await self._s.execute(
            insert(SUBS).values(
                id=s.id, client_id=s.client_id, created_at=s.created_at, version=1, **_values(s)
            )
        )

    async def get(self, subscription_id: uuid.UUID) -> WebhookSubscription | None:
        row = (await self._s.execute(select(SUBS).where(S.id == subscription_id))).first()
        return _subscription(row) if row else None

    async def list_for_client(self, client_id: uuid.UUID) -> list[WebhookSubscription]:
        rows = await self._s.execute(
            select(SUBS).where(S.client_id == client_id).order_by(S.created_at, S.id)
        )
        return [_subscription(r) for r in rows]

    async def list_active(self) -> list[WebhookSubscription]:
        rows = await self._s.execute(select(SUBS).where(S.is_active.is_(True)).order_by(S.id))
        return [_subscription(r) for r in rows]

    async def update(self, s: WebhookSubscription, expected_version: int) -> WebhookSubscription:
        result = await self._s.execute(
            update(SUBS)
            .where(S.id == s.id, S.version == expected_version)
            .values(**_values(s), version=expected_version + 1)
        )
        if int(getattr(result, "rowcount", 0)) != 1:
            raise ConcurrentUpdate("The subscription changed meanwhile; reload it.")
        saved = await self.get(s.id)
        assert saved is not None
        return saved

    async def delete(self, subscription_id: uuid.UUID) -> None:
        await self._s.execute(delete(DELIVERIES).where(D.subscription_id == subscription_id))
        await self._s.execute(delete(SUBS).where(S.id == subscription_id))

    async def count_failure(self, subscription_id: uuid.UUID, *, reset: bool) -> int:
        value = 0 if reset else S.consecutive_failures + 1
        stmt = (
            update(SUBS)
            .where(S.id == subscription_id)
            .values(consecutive_failures=value)
            .returning(S.consecutive_failures)
        )
        row = (await self._s.execute(stmt)).first()
        return int(row[0]) if row else 0

    async def disable(self, subscription_id: uuid.UUID, reason: str, at: datetime) -> None:
        await self._s.execute(
            update(SUBS)
            .where(S.id == subscription_id)
            .values(
                is_active=False, disabled_reason=reason[:300], updated_at=at, version=S.version + 1
            )
        )


def _delivery(row: Any) -> WebhookDelivery:
    return WebhookDelivery(
        id=row.id,
        subscription_id=row.subscription_id,
        event_id=row.event_id,
        event_type=EventType(row.event_type),
        payload=dict(row.payload),
        status=DeliveryStatus(row.status),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        created_at=row.created_at,
        delivered_at=row.delivered_at,
        log=tuple(
            Attempt(datetime.fromisoformat(a["at"]), a.get("status_code"), a.get("error"))
            for a in row.log
        ),
    )


class SqlWebhookDeliveryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, d: WebhookDelivery) -> bool:
        stmt = (
            _dialect_insert(self._s)(DELIVERIES)
            .values(
                id=d.id,
                subscription_id=d.subscription_id,
                event_id=d.event_id,
                event_type=d.event_type.value,
                payload=d.payload,
                status=d.status.value,
                attempts=0,
                next_attempt_at=d.next_attempt_at,
                log=[],
                created_at=d.created_at,
            )
            .on_conflict_do_nothing(index_elements=["subscription_id", "event_id"])
            .returning(D.id)
        )
        return (await self._s.execute(stmt)).first() is not None

    async def get(self, delivery_id: uuid.UUID) -> WebhookDelivery | None:
        row = (await self._s.execute(select(DELIVERIES).where(D.id == delivery_id))).first()
        return _delivery(row) if row else None

    async def claim_due(self, now: datetime, limit: int, lease: timedelta) -> list[WebhookDelivery]:
        stmt = (
            select(DELIVERIES)
            .where(
                D.status == DeliveryStatus.pending.value,
                D.next_attempt_at <= now,
                or_(D.claimed_until.is_(None), D.claimed_until <= now),
            )
            .order_by(D.next_attempt_at, D.id)
            .limit(limit)
        )
        rows = (await self._s.execute(for_update_skip_locked(self._s, stmt))).all()
        if rows:
            await self._s.execute(
                update(DELIVERIES)
                .where(D.id.in_([r.id for r in rows]))
                .values(claimed_until=now + lease)
            )
        return [_delivery(r) for r in rows]

    async def record(
        self,
        delivery_id: uuid.UUID,
        attempt: Attempt,
        status: DeliveryStatus,
        next_attempt_at: datetime | None,
    ) -> None:
        row = (await self._s.execute(select(D.log).where(D.id == delivery_id))).first()
        entry = {
            "at": attempt.at.isoformat(),
            "status_code": attempt.status_code,
            "error": attempt.error[:500] if attempt.error else None,
        }
        log = ([*row[0], entry] if row else [entry])[-MAX_LOG:]
        values: dict[str, Any] = {
            "status": status.value,
            "attempts": D.attempts + 1,
            "next_attempt_at": next_attempt_at,
            "claimed_until": None,
            "log": log,
        }
        if status is DeliveryStatus.succeeded:
            values["delivered_at"] = attempt.at
        await self._s.execute(update(DELIVERIES).where(D.id == delivery_id).values(**values))

    async def replay(self, delivery_id: uuid.UUID, now: datetime) -> None:
        await self._s.execute(
            update(DELIVERIES)
            .where(D.id == delivery_id)
            .values(status=DeliveryStatus.pending.value, next_attempt_at=now, claimed_until=None)
        )

    async def fail_pending(self, subscription_id: uuid.UUID) -> None:
        await self._s.execute(
            update(DELIVERIES)
            .where(D.subscription_id == subscription_id, D.status == DeliveryStatus.pending.value)
            .values(status=DeliveryStatus.failed.value, next_attempt_at=None, claimed_until=None)
        )

    async def list_for_subscription(
        self, subscription_id: uuid.UUID, limit: int
    ) -> list[WebhookDelivery]:
        rows = await self._s.execute(
            select(DELIVERIES)
            .where(D.subscription_id == subscription_id)
            .order_by(D.created_at.desc(), D.id)
            .limit(limit)
        )
        return [_delivery(r) for r in rows]

    async def list_failed(self, limit: int) -> list[WebhookDelivery]:
        rows = await self._s.execute(
            select(DELIVERIES)
            .where(D.status == DeliveryStatus.failed.value)
            .order_by(D.created_at.desc(), D.id)
            .limit(limit)
        )
        return [_delivery(r) for r in rows]


async def webhook_counts(session: AsyncSession) -> tuple[int, int]:
    """(pending, failed) webhook deliveries."""
    row = (
        await session.execute(
            select(
                func.count().filter(D.status == DeliveryStatus.pending.value),
                func.count().filter(D.status == DeliveryStatus.failed.value),
            )
        )
    ).one()
    return int(row[0]), int(row[1])
