"""SQL adapter for the complainant's secret and satisfaction rating of each case."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.feedback import Rating
from infra.db import core
from infra.db.tables import ComplainantSecretRow, ComplaintRatingRow, table_of

S: Any = table_of(ComplainantSecretRow).c
R: Any = table_of(ComplaintRatingRow).c

# Built once (issue 22): read on every case view and tracking lookup.
_RATING = select(R.complaint_id, R.score, R.comment, R.rated_at).where(
    R.complaint_id == bindparam("id")
)


class SqlFeedbackRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add_secret(self, complaint_id: uuid.UUID, secret_hash: str, at: datetime) -> None:
        await self._s.execute(
            insert(table_of(ComplainantSecretRow)).values(
                complaint_id=complaint_id, secret_hash=secret_hash, created_at=at
            )
        )

    async def secret_hash(self, complaint_id: uuid.UUID) -> str | None:
        value: str | None = (
            await self._s.execute(select(S.secret_hash).where(S.complaint_id == complaint_id))
        ).scalar()
        return value

    async def add_rating(self, rating: Rating) -> None:
        # A second rating of the case fails on the primary key: AlreadyRated (infra/db/errors).
        await self._s.execute(
            insert(table_of(ComplaintRatingRow)).values(
                complaint_id=rating.complaint_id,
                score=rating.score,
                comment=rating.comment,
                rated_at=rating.rated_at,
            )
        )

    async def rating(self, complaint_id: uuid.UUID) -> Rating | None:
        row = await core.first(self._s, _RATING, {"id": complaint_id})
        return Rating(row.complaint_id, row.score, row.comment, row.rated_at) if row else None
