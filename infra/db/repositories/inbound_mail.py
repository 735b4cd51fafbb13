"""SqlInboundMailStore: the Message-IDs of received e-mails and the cases they filed or joined."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.inbound_mail.model import MailOutcome
from infra.db.repositories.complaints import _dialect_insert
from infra.db.tables import InboundEmailRow, table_of

MAILS = table_of(InboundEmailRow)
IM: Any = MAILS.c
# A References header of a long thread is bounded: only its latest ids are looked up.
_MAX_LOOKUP = 50


class SqlInboundMailStore:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def remember(self, key: str, at: datetime) -> bool:
        stmt = (
            _dialect_insert(self._s)(MAILS)
            .values(key=key, outcome="received", received_at=at)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(IM.key)
        )
        return (await self._s.execute(stmt)).first() is not None

    async def settle(self, key: str, outcome: MailOutcome, complaint_id: uuid.UUID | None) -> None:
        await self._s.execute(
            update(MAILS)
            .where(IM.key == key)
            .values(outcome=outcome.value, complaint_id=complaint_id)
        )

    async def thread_of(self, keys: Sequence[str]) -> uuid.UUID | None:
        wanted = list(dict.fromkeys(keys))[-_MAX_LOOKUP:]
        if not wanted:
            return None
        row = (
            await self._s.execute(
                select(IM.complaint_id)
                .where(IM.key.in_(wanted), IM.complaint_id.is_not(None))
                .order_by(IM.received_at.desc())
                .limit(1)
            )
        ).first()
        return row.complaint_id if row is not None else None
