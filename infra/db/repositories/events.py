"""SqlOutbox: domain events in outbox_events, claimed with SKIP LOCKED on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.events.model import DomainEvent, EventType, StoredEvent
from infra.db.tables import OutboxEventRow, table_of

OE: Any = table_of(OutboxEventRow).c
OUTBOX = table_of(OutboxEventRow)
# An event whose consumers failed this often is left for an operator (see the queue health).
MAX_DISPATCH_ATTEMPTS = 10


def stored_from_row(row: Any) -> StoredEvent:
    return StoredEvent(
        seq=row.seq,
        event=DomainEvent(
            id=row.id,
            type=EventType(row.type),
            occurred_at=row.occurred_at,
            subject_id=row.subject_id,
            data=dict(row.data),
        ),
        dispatched_at=row.dispatched_at,
        attempts=row.attempts,
        last_error=row.last_error,
    )


def for_update_skip_locked(session: AsyncSession, stmt: Any) -> Any:
    """Row locks that other workers skip (PostgreSQL); SQLite writers are serialised already."""
    if session.bind.dialect.name == "postgresql":
        return stmt.with_for_update(skip_locked=True)
    return stmt


class SqlOutbox:
    """Events are claimed oldest `seq` first among the pending ones (never past a cursor, so
    one committing late with a low `seq` is still dispatched). Complaint events are added by
    `domain.complaint.events.record` after the case's timeline entries, i.e. under the case's
    row lock (SqlComplaintRepository): one case's events have `seq`s in commit order."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, events: Sequence[DomainEvent]) -> None:
        if not events:
            return
        await self._s.execute(
            insert(OUTBOX),
            [
                {
                    "id": e.id,
                    "type": e.type.value,
                    "subject_id": e.subject_id,
                    "occurred_at": e.occurred_at,
                    "data": e.data,
                    "attempts": 0,
                }
                for e in events
            ],
        )

    async def claim_pending(self, limit: int) -> list[StoredEvent]:
        stmt = (
            select(OUTBOX)
            .where(OE.dispatched_at.is_(None), OE.attempts < MAX_DISPATCH_ATTEMPTS)
            .order_by(OE.seq)
            .limit(limit)
        )
        rows = (await self._s.execute(for_update_skip_locked(self._s, stmt))).all()
        return [stored_from_row(r) for r in rows]

    async def mark_dispatched(self, event_id: uuid.UUID, at: datetime) -> None:
        await self._s.execute(update(OUTBOX).where(OE.id == event_id).values(dispatched_at=at))

    async def mark_failed(self, event_id: uuid.UUID, error: str) -> None:
        await self._s.execute(
            update(OUTBOX)
            .where(OE.id == event_id)
            .values(attempts=OE.attempts + 1, last_error=error[:2000])
        )

    async def get(self, event_id: uuid.UUID) -> StoredEvent | None:
        row = (await self._s.execute(select(OUTBOX).where(OE.id == event_id))).first()
        return stored_from_row(row) if row else None

    async def pending_summary(self) -> tuple[int, int, datetime | None]:
        """(pending, failing, oldest pending occurred_at)."""
        row = (
            await self._s.execute(
                select(
                    func.count(),
                    func.count().filter(OE.attempts > 0),
                    func.min(OE.occurred_at),
                ).where(OE.dispatched_at.is_(None))
            )
        ).one()
        return int(row[0]), int(row[1]), row[2]
