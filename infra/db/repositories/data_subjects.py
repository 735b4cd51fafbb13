"""SQL adapter of the data-subject and retention lookups: candidates by identifier, legal
holds, and the retention purge of the personal-data access log (through its trigger's one
exception, migration 0030)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attachment.model import Attachment
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Complaint, EventKind, TimelineEntry
from domain.privacy.model import AccessLogPurge, StreamCut
from domain.privacy.subject import (
    LegalHold,
    SubjectKeys,
    SubjectParticipation,
    normalize_name,
)
from infra.db.repositories.complaints import SqlComplaintRepository, _timeline_entry
from infra.db.repositories.privacy import _attachment
from infra.db.tables import (
    ActivityParticipantRow,
    ActivityRow,
    AttachmentRow,
    ComplaintEventRow,
    ComplaintRatingRow,
    ComplaintRow,
    LegalHoldRow,
    PersonalDataAccessRow,
    RetentionPermitRow,
    table_of,
)

C: Any = table_of(ComplaintRow).c
E: Any = table_of(ComplaintEventRow).c
F: Any = table_of(AttachmentRow).c
H: Any = table_of(LegalHoldRow).c
L: Any = table_of(PersonalDataAccessRow).c
P: Any = table_of(ActivityParticipantRow).c
A: Any = table_of(ActivityRow).c
R: Any = table_of(ComplaintRatingRow).c
ACCESS_LOG = "personal_data_access_log"


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _longest_word(name: str) -> str:
    return max(name.split(), key=len)


class SqlDataSubjectStore:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session
        self._complaints = SqlComplaintRepository(session)

    async def cases_matching(self, keys: SubjectKeys) -> list[Complaint]:
        probes = []
        if keys.phone:
            probes.append(C.complainant_phone.like(_like(keys.phone[-4:]), escape="\\"))
        if keys.email:
            probes.append(func.lower(C.complainant_email) == keys.email)
        if keys.line_user_id:
            probes.append(C.complainant_line_user_id == keys.line_user_id)
        if keys.name:
            probes.append(
                func.lower(C.complainant_name).like(_like(_longest_word(keys.name)), escape="\\")
            )
        if not probes:
            return []
        ids = (await self._s.execute(select(C.id).where(or_(*probes)))).scalars().all()
        found = [await self._complaints.get(i) for i in ids]
        return [c for c in found if c is not None]

    async def entries_mentioning(self, keys: SubjectKeys) -> list[TimelineEntry]:
        probes = [
            func.lower(sa.cast(E.data, sa.Text)).like(_like(p), escape="\\") for p in keys.probes()
        ]
        if not probes:
            return []
        rows = (
            await self._s.execute(
                select(table_of(ComplaintEventRow))
                .where(or_(*probes), E.kind != EventKind.redacted)
                .order_by(E.complaint_id, E.chain_seq)
            )
        ).all()
        by_case: dict[uuid.UUID, list[TimelineEntry]] = {}
        for r in rows:
            by_case.setdefault(r.complaint_id, []).append(_timeline_entry(r))
        out: list[TimelineEntry] = []
        for complaint_id, entries in by_case.items():
            out.extend(await self._complaints._as_read(complaint_id, entries))
        return out

    async def participants_named(self, name: str) -> list[SubjectParticipation]:
        rows = await self._s.execute(
            select(P.id, P.activity_id, P.name, P.role, P.district_code)
            .add_columns(P.consent_version, P.consent_at, A.title, A.starts_at)
            .join_from(table_of(ActivityParticipantRow), table_of(ActivityRow))
            .where(func.lower(P.name).like(_like(_longest_word(name)), escape="\\"))
            .order_by(A.starts_at, P.id)
        )
        return [
            SubjectParticipation(
                participant_id=r.id,
                activity_id=r.activity_id,
                activity_title=r.title,
                starts_at=r.starts_at,
                name=r.name,
                role=r.role.value,
                district_code=r.district_code,
                consent_version=r.consent_version,
                consent_at=r.consent_at,
            )
            for r in rows
            if normalize_name(r.name) == name
        ]

    async def rename_participant(self, participant_id: uuid.UUID, name: str) -> None:
        await self._s.execute(
            update(table_of(ActivityParticipantRow)).where(P.id == participant_id).values(name=name)
        )

    async def holds(self, complaint_ids: Sequence[uuid.UUID] | None = None) -> list[LegalHold]:
        stmt = (
            select(H.complaint_id, H.reason, H.placed_at, H.placed_by, C.case_number)
            .join_from(table_of(LegalHoldRow), table_of(ComplaintRow))
            .order_by(H.placed_at, H.complaint_id)
        )
        if complaint_ids is not None:
            if not complaint_ids:
                return []
            stmt = stmt.where(H.complaint_id.in_(list(complaint_ids)))
        rows = await self._s.execute(stmt)
        return [
            LegalHold(r.complaint_id, r.reason, r.placed_at, r.placed_by, r.case_number)
            for r in rows
        ]

    async def add_hold(self, hold: LegalHold) -> bool:
        exists = (
            await self._s.execute(select(H.complaint_id).where(H.complaint_id == hold.complaint_id))
        ).first()
        if exists:
            return False
        await self._s.execute(
            insert(table_of(LegalHoldRow)).values(
                complaint_id=hold.complaint_id,
                reason=hold.reason,
                placed_at=hold.placed_at,
                placed_by=hold.placed_by,
            )
        )
        return True

    async def remove_hold(self, complaint_id: uuid.UUID) -> LegalHold | None:
        found = await self.holds([complaint_id])
        if not found:
            return None
        await self._s.execute(delete(table_of(LegalHoldRow)).where(H.complaint_id == complaint_id))
        return found[0]

    async def clear_rating_comment(self, complaint_id: uuid.UUID) -> bool:
        result = await self._s.execute(
            update(table_of(ComplaintRatingRow))
            .where(R.complaint_id == complaint_id, R.comment.is_not(None))
            .values(comment=None)
        )
        return int(getattr(result, "rowcount", 0)) > 0

    async def delete_attachment(self, attachment_id: uuid.UUID) -> None:
        await self._s.execute(delete(table_of(AttachmentRow)).where(F.id == attachment_id))

    async def closed_with_contact(self, closed_before: datetime, limit: int) -> list[uuid.UUID]:
        rows = await self._s.execute(
            select(C.id)
            .where(
                C.status == ComplaintStatus.CLOSED,
                C.closed_at < closed_before,
                or_(
                    C.complainant_name.is_not(None),
                    C.complainant_phone.is_not(None),
                    C.complainant_email.is_not(None),
                    C.complainant_line_user_id.is_not(None),
                ),
                C.id.not_in(select(H.complaint_id)),
            )
            .order_by(C.closed_at, C.id)
            .limit(limit)
        )
        return list(rows.scalars())

    async def attachments_of_closed(self, closed_before: datetime, limit: int) -> list[Attachment]:
        rows = await self._s.execute(
            select(table_of(AttachmentRow))
            .join_from(table_of(AttachmentRow), table_of(ComplaintRow))
            .where(
                C.status == ComplaintStatus.CLOSED,
                C.closed_at < closed_before,
                F.complaint_id.not_in(select(H.complaint_id)),
            )
            .order_by(F.created_at, F.id)
            .limit(limit)
        )
        return [_attachment(r) for r in rows]

    async def purge_access_log(self, before: datetime, limit: int) -> AccessLogPurge | None:
        # Per stream (a case's or an activity's entries), the first entry that must stay is
        # the first recent one; everything before it goes, as one prefix of that stream's
        # chain, so the rest still links up. A stream with no recent entry goes whole (its
        # anchor still names where it ended; a later entry starts it again from 1). A held
        # case's stream is left whole. Only streams with something old are chosen, so a
        # stream once purged is not chosen again.
        if self._s.bind.dialect.name == "postgresql":
            # One purge at a time: two overlapping runs would cut the same prefixes, and the
            # second would find its anchors gone.
            await self._s.execute(
                sa.text("SELECT pg_advisory_xact_lock(hashtextextended('retention:pd_access', 0))")
            )
        first, newest = func.min(L.chain_seq), func.max(L.chain_seq)
        recent = func.min(sa.case((L.at >= before, L.chain_seq)))
        rows = (
            await self._s.execute(
                select(L.stream, first, newest, recent)
                .where(or_(L.complaint_id.is_(None), L.complaint_id.not_in(select(H.complaint_id))))
                .group_by(L.stream)
                .having(or_(recent.is_(None), recent > first))
                .order_by(L.stream)
                .limit(limit)
            )
        ).all()
        cuts: dict[str, int] = {}
        for stream, low, high, stop in rows:
            through = int(stop) - 1 if stop is not None else int(high)
            if through >= int(low):
                cuts[str(stream)] = through
        if not cuts:
            return None
        anchors = {
            str(r.stream): str(r.hash)
            for r in await self._s.execute(
                select(L.stream, L.hash).where(
                    or_(*(sa.and_(L.stream == k, L.chain_seq == v) for k, v in cuts.items()))
                )
            )
        }
        # (SQLite has one writer at a time; a cut whose last entry has gone meanwhile is left.)
        cuts = {k: v for k, v in cuts.items() if k in anchors}
        if not cuts:
            return None
        postgres = self._s.bind.dialect.name == "postgresql"
        if postgres:
            await self._s.execute(
                sa.text("SELECT set_config('fasttrack.retention_before', :v, true)"),
                {"v": before.isoformat()},
            )
        else:
            permits = table_of(RetentionPermitRow)
            await self._s.execute(delete(permits).where(permits.c.log_table == ACCESS_LOG))
            await self._s.execute(insert(permits).values(log_table=ACCESS_LOG, before=before))
        deleted = 0
        for stream, through in cuts.items():
            result = await self._s.execute(
                delete(table_of(PersonalDataAccessRow)).where(
                    L.stream == stream, L.chain_seq <= through
                )
            )
            deleted += int(getattr(result, "rowcount", 0))
        if postgres:
            await self._s.execute(
                sa.text("SELECT set_config('fasttrack.retention_before', '', true)")
            )
        else:
            await self._s.execute(delete(permits).where(permits.c.log_table == ACCESS_LOG))
        return AccessLogPurge(
            deleted, {k: StreamCut(v, anchors[k]) for k, v in sorted(cuts.items())}
        )
