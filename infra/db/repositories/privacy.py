"""SQL adapters for privacy notices, the personal-data access log and attachments."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attachment.model import Attachment
from domain.complaint.model import Visibility
from domain.privacy.model import AccessFilter, PersonalDataAccess, PrivacyNotice
from domain.shared.paging import Page, PageRequest
from infra.db import core
from infra.db.chain import PD_ACCESS_LOG, pd_access_stream, writer_of
from infra.db.paging import by_time_and_id, time_page
from infra.db.tables import AttachmentRow, PersonalDataAccessRow, PrivacyNoticeRow, table_of

P: Any = table_of(PrivacyNoticeRow).c
L: Any = table_of(PersonalDataAccessRow).c
F: Any = table_of(AttachmentRow).c
# A case's attachments of some visibilities (every case view, every tracking lookup): built
# once (issue 22).
_ATTACHMENTS_OF = (
    select(table_of(AttachmentRow))
    .where(
        F.complaint_id == bindparam("id"), F.visibility.in_(bindparam("visibility", expanding=True))
    )
    .order_by(F.created_at, F.id)
)


def _notice(row: Any) -> PrivacyNotice:
    return PrivacyNotice(row.version, row.text_th, row.text_en, row.published_at)


class SqlPrivacyNoticeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def current(self) -> PrivacyNotice | None:
        row = (
            await self._s.execute(
                select(table_of(PrivacyNoticeRow)).order_by(P.published_at.desc()).limit(1)
            )
        ).first()
        return _notice(row) if row else None

    async def get(self, version: str) -> PrivacyNotice | None:
        row = (
            await self._s.execute(select(table_of(PrivacyNoticeRow)).where(P.version == version))
        ).first()
        return _notice(row) if row else None

    async def add(self, notice: PrivacyNotice) -> None:
        await self._s.execute(
            insert(table_of(PrivacyNoticeRow)).values(
                version=notice.version,
                text_th=notice.text_th,
                text_en=notice.text_en,
                published_at=notice.published_at,
            )
        )


class SqlPersonalDataAccessLog:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def append_many(self, entries: Sequence[PersonalDataAccess]) -> None:
        if not entries:
            return
        # Chained and inserted just before the commit (infra/db/chain.py), each entry in its
        # subject's stream: two writers wait for each other only about the same subject.
        writer_of(self._s).add(
            PD_ACCESS_LOG,
            [
                {
                    "id": e.id,
                    "at": e.at,
                    "actor_kind": e.actor_kind,
                    "actor_id": e.actor_id,
                    "complaint_id": e.complaint_id,
                    "activity_id": e.activity_id,
                    "fields": list(e.fields),
                    "purpose": e.purpose,
                    "request_id": e.request_id,
                    "stream": pd_access_stream(e.complaint_id, e.activity_id),
                }
                for e in entries
            ],
        )

    async def list(self, page: PageRequest, filters: AccessFilter) -> Page[PersonalDataAccess]:
        stmt = select(table_of(PersonalDataAccessRow))
        if filters.complaint_id:
            stmt = stmt.where(L.complaint_id == filters.complaint_id)
        if filters.activity_id:
            stmt = stmt.where(L.activity_id == filters.activity_id)
        if filters.actor_id:
            stmt = stmt.where(L.actor_id == filters.actor_id)
        if filters.since:
            stmt = stmt.where(L.at >= filters.since)
        if filters.until:
            stmt = stmt.where(L.at < filters.until)
        stmt = by_time_and_id(stmt, L.at, L.id, page, newest_first=True)
        rows = (await self._s.execute(stmt)).all()
        return time_page(
            rows,
            page,
            lambda r: PersonalDataAccess(
                r.id,
                r.at,
                r.actor_kind,
                r.actor_id,
                r.complaint_id,
                tuple(r.fields or ()),
                r.purpose,
                r.request_id,
                r.activity_id,
            ),
            lambda e: (e.at, e.id),
        )


def _attachment(r: Any) -> Attachment:
    return Attachment(
        r.id,
        r.complaint_id,
        r.filename,
        r.content_type,
        r.size,
        r.sha256,
        r.visibility,
        r.uploaded_by_kind,
        r.uploaded_by_id,
        r.created_at,
        r.storage_key,
    )


class SqlAttachmentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, a: Attachment) -> None:
        await self._s.execute(
            insert(table_of(AttachmentRow)).values(
                id=a.id,
                complaint_id=a.complaint_id,
                filename=a.filename,
                content_type=a.content_type,
                size=a.size,
                sha256=a.sha256,
                visibility=a.visibility,
                uploaded_by_kind=a.uploaded_by_kind,
                uploaded_by_id=a.uploaded_by_id,
                created_at=a.created_at,
                storage_key=a.storage_key,
            )
        )

    async def get(self, attachment_id: uuid.UUID) -> Attachment | None:
        row = (
            await self._s.execute(select(table_of(AttachmentRow)).where(F.id == attachment_id))
        ).first()
        return _attachment(row) if row else None

    async def list_for(
        self, complaint_id: uuid.UUID, visibility: frozenset[Visibility]
    ) -> list[Attachment]:
        rows = await core.rows(
            self._s, _ATTACHMENTS_OF, {"id": complaint_id, "visibility": list(visibility)}
        )
        return [_attachment(r) for r in rows]
