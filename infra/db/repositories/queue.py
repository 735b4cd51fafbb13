"""SQL read model of the work queues: filters, keyset sorts, search, change feed, duplicates."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, text, true, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.filters import QueueFilter
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Complaint
from domain.complaint.queue_ports import ChangedCase, QueueSort, RecentCase
from domain.complaint.similarity import Candidate
from domain.shared.paging import Page, PageRequest, key_time, key_uuid
from domain.stats.model import StatsScope
from infra.db import core
from infra.db.repositories.case_filters import queue_clauses, scope_clause, search_for
from infra.db.repositories.complaints import complaint_from_row
from infra.db.tables import ComplaintChangeRow, ComplaintCoHandlerRow, ComplaintRow, table_of

C: Any = table_of(ComplaintRow).c
H: Any = table_of(ComplaintCoHandlerRow).c
CH: Any = table_of(ComplaintChangeRow).c
_T = table_of(ComplaintRow)
_CHANGES = table_of(ComplaintChangeRow)
# Any constant: the lock change-feed stampers take, never writers (see changes()).
CHANGE_FEED_STAMP_LOCK = 0x46545153  # "FTQS"
# The co-handlers of a page of cases, built once (issue 22; an expanding IN, as `in_(ids)`).
_CO_HANDLERS_OF = select(H.complaint_id, H.agency_id).where(
    H.complaint_id.in_(bindparam("ids", expanding=True))
)


def _keyset(sort: QueueSort, after: Sequence[Any]) -> Any:
    last_id = key_uuid(after[-1])
    if sort is QueueSort.due:
        # Ascending, NULLs (no due time) last: encoded as [null, id] once past the dated rows.
        if after[0] is None:
            return and_(C.resolution_due_at.is_(None), C.id > last_id)
        due = key_time(after[0])
        return or_(
            tuple_(C.resolution_due_at, C.id) > (due, last_id), C.resolution_due_at.is_(None)
        )
    column = C.created_at if sort is QueueSort.created else C.updated_at
    at = key_time(after[0])
    # A row comparison, so PostgreSQL walks the (column, id) index from the cursor.
    return tuple_(column, C.id) < (at, last_id)


def _order(sort: QueueSort) -> list[Any]:
    if sort is QueueSort.due:
        return [C.resolution_due_at.asc().nulls_last(), C.id]
    column = C.created_at if sort is QueueSort.created else C.updated_at
    return [column.desc(), C.id.desc()]


def _key_of(sort: QueueSort, c: Complaint) -> tuple[str | None, str]:
    if sort is QueueSort.due:
        due = c.resolution_due_at
        return (due.isoformat() if due else None, str(c.id))
    at = c.created_at if sort is QueueSort.created else c.updated_at
    return (at.isoformat(), str(c.id))


class SqlComplaintQueries:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def _hydrate(self, rows: Sequence[Any]) -> list[Complaint]:
        ids = [r.id for r in rows]
        handlers: dict[uuid.UUID, set[uuid.UUID]] = {}
        if ids:
            for complaint_id, agency_id in await core.rows(self._s, _CO_HANDLERS_OF, {"ids": ids}):
                handlers.setdefault(complaint_id, set()).add(agency_id)
        return [complaint_from_row(r, frozenset(handlers.get(r.id, ()))) for r in rows]

    def _where(self, scope: StatsScope) -> list[Any]:
        clause = scope_clause(scope)
        return [clause] if clause is not None else []

    async def queue_page(
        self,
        scope: StatsScope,
        filters: QueueFilter,
        sort: QueueSort,
        page: PageRequest,
        now: datetime,
    ) -> Page[Complaint]:
        where = self._where(scope) + queue_clauses(filters, now, search_for(self._s))
        if page.after is not None:
            where.append(_keyset(sort, page.after))
        stmt = select(_T).where(and_(true(), *where)).order_by(*_order(sort)).limit(page.limit + 1)
        rows = await core.rows(self._s, stmt)
        items = await self._hydrate(rows[: page.limit])
        more = len(rows) > page.limit
        return Page(items, _key_of(sort, items[-1]) if more and items else None)

    async def _stamp_positions(self) -> None:
        """Give every committed, unstamped change row its feed position: after every position
        given so far, in `seq` order. Stampers run one at a time (PostgreSQL: a transaction
        advisory lock only stampers take; a reader that finds it taken skips stamping and
        reads what is stamped; SQLite: BEGIN IMMEDIATE)."""
        if self._s.bind.dialect.name == "postgresql":
            got = await self._s.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": CHANGE_FEED_STAMP_LOCK}
            )
            if not got.scalar_one():
                return
        # Read after the lock is held: every earlier stamper has committed, so this is the
        # highest position anyone gave.
        base = (await self._s.execute(select(func.coalesce(func.max(CH.position), 0)))).scalar_one()
        pending = (
            select(CH.seq, func.row_number().over(order_by=CH.seq).label("n"))
            .where(CH.position.is_(None))
            .subquery()
        )
        await self._s.execute(
            update(_CHANGES).where(CH.seq == pending.c.seq).values(position=int(base) + pending.c.n)
        )

    async def changes(self, scope: StatsScope, after: int, limit: int) -> list[ChangedCase]:
        """Changes after feed position `after`, in position order.

        The guarantee: a reader that polls with the last position it saw sees every committed
        change exactly once, never one from a transaction that rolled back, and two changes
        of one case in the order their transactions committed.

        Proof sketch. Writers insert change rows with no position (SqlComplaintRepository).
        Positions are given only by `_stamp_positions`, only to rows visible to its statement,
        i.e. of committed transactions (a rolled-back row is never visible, so never stamped,
        so never read). Stampers are serialised (a lock held to their commit), and each one
        numbers its rows above the highest position committed before it, so positions are
        unique and grow in the order stampers commit. A reader's snapshot therefore holds the
        positions of a prefix of stampers; every position a later stamper gives is above all
        of them, in particular above the reader's cursor: nothing appears below a position a
        reader has passed (no skip), and each row is stamped once, so it is read once.
        Per case: the writers of one case hold its row lock from before inserting their row
        until commit, so if T1 commits before T2 then T1's row has the lower `seq`, and T1's
        row is visible to every stamper that sees T2's: it is stamped in the same batch (in
        `seq` order) or an earlier one, i.e. at a lower position.
        Unlike a transaction-id horizon, a long-running transaction elsewhere does not hold
        the feed back: a row is readable as soon as its own transaction has committed and a
        reader has stamped it.
        """
        await self._stamp_positions()
        stmt = (
            select(CH.position, _T)
            .join(_T, C.id == CH.complaint_id)
            .where(and_(CH.position > after, *self._where(scope)))
            .order_by(CH.position)
            .limit(limit)
        )
        rows = (await self._s.execute(stmt)).all()
        cases = await self._hydrate(rows)
        return [ChangedCase(int(r.position), c) for r, c in zip(rows, cases, strict=True)]

    async def candidates(
        self, scope: StatsScope, c: Complaint, since: datetime, limit: int
    ) -> list[Candidate]:
        """Each with its stored search text, so scoring never normalises a candidate; only
        the columns scoring reads (the whole case of the few that rank is read after)."""
        same = C.category_id == c.category_id if c.category_id else C.category_id.is_(None)
        stmt = (
            select(C.id, C.case_number, C.district_code, C.lat, C.lon, C.created_at, C.search_text)
            .where(
                and_(
                    same,
                    C.id != c.id,
                    C.created_at >= since,
                    *self._where(scope),
                )
            )
            .order_by(C.created_at.desc(), C.id)
            .limit(limit)
        )
        return [Candidate(*row) for row in (await self._s.execute(stmt)).all()]

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> list[Complaint]:
        if not ids:
            return []
        rows = (await self._s.execute(select(_T).where(C.id.in_(list(ids))))).all()
        return await self._hydrate(rows)

    async def recent_public(
        self, category_id: uuid.UUID, since: datetime, limit: int
    ) -> list[RecentCase]:
        hidden = [ComplaintStatus.MERGED, ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN]
        stmt = (
            select(C.category_id, C.district_code, C.status, C.created_at, C.lat, C.lon)
            .where(
                and_(
                    C.category_id == category_id,
                    C.created_at >= since,
                    C.confidential.is_(False),
                    C.status.not_in(hidden),
                )
            )
            .order_by(C.created_at.desc(), C.id)
            .limit(limit)
        )
        return [
            RecentCase(r.category_id, r.district_code, r.status, r.created_at, r.lat, r.lon)
            for r in await self._s.execute(stmt)
        ]
