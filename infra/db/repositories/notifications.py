"""SqlEmailQueue (email_notifications) and SqlNotificationPreferences."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.events.ports import QueueHealth
from domain.notification.model import EmailStatus, NotificationKind, QueuedEmail
from infra.db.repositories.complaints import _dialect_insert
from infra.db.repositories.events import for_update_skip_locked
from infra.db.tables import EmailNotificationRow, NotificationPreferenceRow, table_of

EMAILS = table_of(EmailNotificationRow)
EM: Any = EMAILS.c
PREFS = table_of(NotificationPreferenceRow)
NP: Any = PREFS.c


def _email(row: Any, claimed_until: datetime | None = None) -> QueuedEmail:
    return QueuedEmail(
        id=row.id,
        event_id=row.event_id,
        recipient=row.recipient,
        kind=NotificationKind(row.kind),
        language=row.language,
        subject=row.subject,
        text=row.text,
        html=row.html,
        created_at=row.created_at,
        status=EmailStatus(row.status),
        attempts=row.attempts,
        claimed_until=claimed_until,
        in_reply_to=row.in_reply_to,
    )


class SqlEmailQueue:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, email: QueuedEmail) -> bool:
        stmt = (
            _dialect_insert(self._s)(EMAILS)
            .values(
                id=email.id,
                event_id=email.event_id,
                recipient=email.recipient,
                kind=email.kind.value,
                language=email.language,
                subject=email.subject,
                text=email.text,
                html=email.html,
                status=EmailStatus.pending.value,
                attempts=0,
                next_attempt_at=email.created_at,
                created_at=email.created_at,
                in_reply_to=email.in_reply_to,
            )
            .on_conflict_do_nothing(index_elements=["event_id", "recipient"])
            .returning(EM.id)
        )
        return (await self._s.execute(stmt)).first() is not None

    async def claim_due(self, now: datetime, limit: int, lease: timedelta) -> list[QueuedEmail]:
        stmt = (
            select(EMAILS)
            .where(
                EM.status == EmailStatus.pending.value,
                EM.next_attempt_at <= now,
                or_(EM.claimed_until.is_(None), EM.claimed_until <= now),
            )
            .order_by(EM.next_attempt_at, EM.id)
            .limit(limit)
        )
        rows = (await self._s.execute(for_update_skip_locked(self._s, stmt))).all()
        until = now + lease
        if rows:
            await self._s.execute(
                update(EMAILS).where(EM.id.in_([r.id for r in rows])).values(claimed_until=until)
            )
        return [_email(r, until) for r in rows]

    async def renew(self, email_id: uuid.UUID, held_until: datetime, until: datetime) -> bool:
        result = await self._s.execute(
            update(EMAILS)
            .where(
                EM.id == email_id,
                EM.status == EmailStatus.pending.value,
                EM.claimed_until == held_until,
            )
            .values(claimed_until=until)
        )
        return int(getattr(result, "rowcount", 0)) == 1

    async def mark_sent(self, email_id: uuid.UUID, at: datetime) -> None:
        await self._s.execute(
            update(EMAILS)
            .where(EM.id == email_id)
            .values(
                status=EmailStatus.sent.value,
                sent_at=at,
                attempts=EM.attempts + 1,
                claimed_until=None,
            )
        )

    async def mark_failed(self, email_id: uuid.UUID, error: str, retry_at: datetime | None) -> None:
        values: dict[str, Any] = {
            "attempts": EM.attempts + 1,
            "last_error": error[:2000],
            "claimed_until": None,
        }
        if retry_at is None:
            values["status"] = EmailStatus.failed.value
        else:
            values["next_attempt_at"] = retry_at
        await self._s.execute(update(EMAILS).where(EM.id == email_id).values(**values))

    async def counts(self) -> tuple[int, int]:
        """(pending, failed)."""
        from sqlalchemy import func

        row = (
            await self._s.execute(
                select(
                    func.count().filter(EM.status == EmailStatus.pending.value),
                    func.count().filter(EM.status == EmailStatus.failed.value),
                )
            )
        ).one()
        return int(row[0]), int(row[1])


class SqlNotificationPreferences:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def disabled_kinds(self, user_id: uuid.UUID) -> frozenset[NotificationKind]:
        rows = await self._s.execute(
            select(NP.kind).where(and_(NP.user_id == user_id, NP.enabled.is_(False)))
        )
        known = {k.value for k in NotificationKind}
        return frozenset(NotificationKind(k) for (k,) in rows if k in known)

    async def set(self, user_id: uuid.UUID, kind: NotificationKind, enabled: bool) -> None:
        await self._s.execute(delete(PREFS).where(NP.user_id == user_id, NP.kind == kind.value))
        await self._s.execute(
            PREFS.insert().values(user_id=user_id, kind=kind.value, enabled=enabled)
        )


class SqlQueueMonitor:
    """The queue's health from the outbox, the e-mail queue and the webhook deliveries."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def health(self) -> QueueHealth:
        from infra.db.repositories.events import SqlOutbox
        from infra.db.repositories.webhooks import webhook_counts

        pending, failing, oldest = await SqlOutbox(self._s).pending_summary()
        emails_pending, emails_failed = await SqlEmailQueue(self._s).counts()
        hooks_pending, hooks_failed = await webhook_counts(self._s)
        return QueueHealth(
            pending_events=pending,
            failing_events=failing,
            oldest_pending_at=oldest,
            pending_emails=emails_pending,
            failed_emails=emails_failed,
            pending_webhook_deliveries=hooks_pending,
            failed_webhook_deliveries=hooks_failed,
        )
