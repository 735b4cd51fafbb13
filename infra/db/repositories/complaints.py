"""SQL adapters for complaints: the repository, idempotency keys and the case directory."""

from __future__ import annotations

import operator
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import and_, bindparam, delete, exists, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import ComplaintStatus, LifecycleState
from domain.complaint.model import (
    Complainant,
    Complaint,
    Consent,
    EventKind,
    Location,
    Redaction,
    TimelineEntry,
    Visibility,
)
from domain.complaint.ports import IdempotencyRecord
from domain.errors import ConcurrentUpdate
from domain.privacy.masking import ContactDetails
from domain.search.normalize import normalize_for_search
from domain.shared.language import Language
from domain.shared.paging import Page, PageRequest
from infra.db import core
from infra.db.chain import TIMELINES, writer_of
from infra.db.paging import by_time_and_id, time_page
from infra.db.tables import (
    AgencyKind,
    AgencyRow,
    CaseNumberCounterRow,
    ComplaintChangeRow,
    ComplaintCoHandlerRow,
    ComplaintEventRow,
    ComplaintRow,
    DistrictRow,
    IdempotencyKeyRow,
    SubdistrictRow,
    UserRow,
    table_of,
)

C: Any = table_of(ComplaintRow).c
H: Any = table_of(ComplaintCoHandlerRow).c
E: Any = table_of(ComplaintEventRow).c
N: Any = table_of(CaseNumberCounterRow).c
K: Any = table_of(IdempotencyKeyRow).c
A: Any = table_of(AgencyRow).c
D: Any = table_of(DistrictRow).c
U: Any = table_of(UserRow).c


def _dialect_insert(session: AsyncSession) -> Any:
    return pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert


# Columns that hold the entity's attribute of the same name, as it is: both directions
# of the mapping below read these lists, so a field added here is read and written.
_SAME_NAME = (
    "case_number",
    "tracking_code",
    "channel",
    "channel_ref",
    "title",
    "description",
    "category_id",
    "district_code",
    "fast_track",
    "urgency",
    "mou_area_id",
    "lead_agency_id",
    "coordinator_id",
    "assignee_id",
    "proposed_agency_id",
    "proposed_coordinator_id",
    "needs_triage",
    "flagged_for_omb",
    "first_response_at",
    "submitted_by_kind",
    "submitted_by_id",
    "activity_id",
    "created_at",
    "updated_at",
    "sla_class",
    "first_response_due_at",
    "first_response_due_soon_at",
    "resolution_due_at",
    "resolution_due_soon_at",
    "subdistrict_code",
    "intake_suggestion",
)
# The same for the lifecycle state's attributes.
_LIFECYCLE_SAME_NAME = (
    "status",
    "transfer_count",
    "reopen_count",
    "resolution",
    "resolved_at",
    "closed_at",
    "sla_paused_at",
    "rejection_reason",
    "referred_to",
    "withdrawal_reason",
)


_same_name = operator.itemgetter(*_SAME_NAME)
_lifecycle_same_name = operator.itemgetter(*_LIFECYCLE_SAME_NAME)


def complaint_from_row(row: Any, co_handlers: frozenset[uuid.UUID]) -> Complaint:
    # The row's values by name, taken in one pass (issue 22): a getattr on a Row per column,
    # some 60 per case and 50 cases a queue page, cost more than the rest of the mapping.
    v = dict(zip(row._fields, row, strict=True))
    consent = (
        Consent(v["consent_version"], v["consent_at"])
        if v["consent_version"] and v["consent_at"]
        else None
    )
    return Complaint(
        id=v["id"],
        location=Location(v["lat"], v["lon"], v["address"]),
        complainant=Complainant(
            ContactDetails(
                v["complainant_name"],
                v["complainant_phone"],
                v["complainant_email"],
                v["complainant_line_user_id"],
            ),
            confidential=v["confidential"],
            no_contact=v["no_contact"],
            language=Language(v["complainant_language"]),
        ),
        consent=consent,
        lifecycle=LifecycleState(
            case_id=str(v["id"]),
            agency_id=str(v["lead_agency_id"]) if v["lead_agency_id"] else None,
            merged_into=str(v["merged_into"]) if v["merged_into"] else None,
            **dict(zip(_LIFECYCLE_SAME_NAME, _lifecycle_same_name(v), strict=True)),
        ),
        co_handler_ids=co_handlers,
        version=v["version"],
        sla_pauses=pauses_from_json(v["sla_pauses"]),
        **dict(zip(_SAME_NAME, _same_name(v), strict=True)),
    )


# Built once (issue 22): a case row with its co-handlers, one row per co-handler (one row
# with a NULL co_handler_id when it has none), in one statement: the case, then its
# co-handlers, were two round trips (three by tracking code: its id first).
_CASE_WITH_CO_HANDLERS = select(
    table_of(ComplaintRow), H.agency_id.label("co_handler_id")
).select_from(
    table_of(ComplaintRow).outerjoin(table_of(ComplaintCoHandlerRow), H.complaint_id == C.id)
)
_CASE_BY_ID = _CASE_WITH_CO_HANDLERS.where(C.id == bindparam("id"))
_CASE_BY_CODE = _CASE_WITH_CO_HANDLERS.where(C.tracking_code == bindparam("code"))


# A case's timeline entries of some visibilities, in time order; the first page built once.
_TIMELINE = select(table_of(ComplaintEventRow)).where(
    E.complaint_id == bindparam("id"), E.visibility.in_(bindparam("visibility", expanding=True))
)
_TIMELINE_FIRST = _TIMELINE.order_by(E.at, E.id).limit(bindparam("limit", type_=sa.Integer))
_REDACTIONS = (
    select(E.id, E.at, E.actor_kind, E.actor_id, E.data)
    .where(E.complaint_id == bindparam("id"), E.kind == EventKind.redacted)
    .order_by(E.chain_seq)
)
_AGENCY_NAMES = select(A.code, A.name_th, A.name_en).where(A.id == bindparam("id"))


def _with_co_handlers(rows: Sequence[Any]) -> Complaint | None:
    """The case of `_CASE_WITH_CO_HANDLERS`'s rows (all of one case), or None."""
    if not rows:
        return None
    handlers = frozenset(r.co_handler_id for r in rows if r.co_handler_id is not None)
    return complaint_from_row(rows[0], handlers)


def pauses_from_json(value: Any) -> tuple[tuple[datetime, datetime | None], ...]:
    return tuple(
        (datetime.fromisoformat(s), datetime.fromisoformat(e) if e else None)
        for s, e in (value or [])
    )


def pauses_to_json(pauses: tuple[tuple[datetime, datetime | None], ...]) -> list[list[Any]]:
    return [[s.isoformat(), e.isoformat() if e else None] for s, e in pauses]


def _values(c: Complaint) -> dict[str, Any]:
    lc = c.lifecycle
    contact = c.complainant.contact
    return {
        **{f: getattr(c, f) for f in _SAME_NAME},
        **{f: getattr(lc, f) for f in _LIFECYCLE_SAME_NAME},
        "lat": c.location.lat,
        "lon": c.location.lon,
        "address": c.location.address,
        "complainant_name": contact.name,
        "complainant_phone": contact.phone,
        "complainant_email": contact.email,
        "complainant_line_user_id": contact.line_user_id,
        "confidential": c.complainant.confidential,
        "no_contact": c.complainant.no_contact,
        "complainant_language": c.complainant.language.value,
        "consent_version": c.consent.version if c.consent else None,
        "consent_at": c.consent.given_at if c.consent else None,
        "merged_into": uuid.UUID(lc.merged_into) if lc.merged_into else None,
        "sla_pauses": pauses_to_json(c.sla_pauses),
        "search_text": search_text_of(c),
    }


def _timeline_entry(r: Any) -> TimelineEntry:
    return TimelineEntry(
        id=r.id,
        complaint_id=r.complaint_id,
        at=r.at,
        kind=r.kind,
        visibility=r.visibility,
        actor_kind=r.actor_kind,
        actor_id=r.actor_id,
        request_id=r.request_id,
        data=dict(r.data or {}),
    )


def search_text_of(c: Complaint) -> str:
    return normalize_for_search(f"{c.title} {c.description}")


# SQLite's FTS5 trigram table (migration 0010), outside the metadata so autogenerate and
# `alembic check` never see it.
FTS = sa.Table(
    "complaints_fts",
    sa.MetaData(),
    sa.Column("complaint_id", sa.Uuid()),
    sa.Column("search_text", sa.Text()),
)


class SqlComplaintRepository:
    """Complaint writers run in parallel: no lock is shared by every writer.

    - Case numbers: `next_serial` (PostgreSQL: a per-year sequence, never a row lock).
    - Change feed: each transaction that changes a case inserts one `complaint_changes` row
      for it while holding that case's row lock (taken by the write itself, or explicitly
      for writes that only append), so two transactions that change the same case insert
      their rows in the order they commit. Readers give the rows their feed positions after
      commit (SqlComplaintQueries.changes); writers never wait for each other or for readers.
    - Transactions that write several cases can deadlock each other now that no global lock
      orders them; PostgreSQL aborts one, which the API answers as a 409 to retry.
    """

    def __init__(self, session: AsyncSession) -> None:
        self._s = session
        self._changed: set[uuid.UUID] = set()
        self._locked: set[uuid.UUID] = set()

    async def _lock_case(self, complaint_id: uuid.UUID) -> None:
        """PostgreSQL: hold the case's row lock to commit before its change row is written,
        as an UPDATE of it would (SQLite writers are serialised by BEGIN IMMEDIATE)."""
        if complaint_id in self._locked or self._s.bind.dialect.name != "postgresql":
            return
        await self._s.execute(
            select(C.id).where(C.id == complaint_id).with_for_update(key_share=True)
        )
        self._locked.add(complaint_id)

    async def _record_change(self, complaint_id: uuid.UUID, at: datetime) -> None:
        """One change-feed row per case per transaction, written under the case's row lock."""
        if complaint_id in self._changed:
            return
        await self._lock_case(complaint_id)
        self._changed.add(complaint_id)
        await self._s.execute(
            insert(table_of(ComplaintChangeRow)).values(complaint_id=complaint_id, changed_at=at)
        )

    async def _sync_fts(self, c: Complaint, *, new: bool) -> None:
        if self._s.bind.dialect.name != "sqlite":
            return  # PostgreSQL indexes the column itself (pg_trgm GIN)
        if not new:
            await self._s.execute(sa.delete(FTS).where(FTS.c.complaint_id == c.id))
        await self._s.execute(
            sa.insert(FTS).values(complaint_id=c.id, search_text=search_text_of(c))
        )

    async def next_serial(self, year_be: int) -> int:
        """The next case-number serial of a Buddhist-era year, unique per year.

        PostgreSQL: `nextval` of the year's sequence `case_numbers_<year>`, which holds no lock
        to commit (concurrent intakes never wait for each other). A sequence is not
        transactional, so an intake that rolls back leaves a gap: serials are unique and
        increasing, not dense. The sequence is created on the year's first intake, starting
        after the year's row in case_number_counters (numbers handed out before 0021); two
        first intakes racing to create it meet on the catalog's unique index, and the loser
        uses the winner's sequence. SQLite: writers are serialised by BEGIN IMMEDIATE, so the
        counter row (one upsert) stays, and its numbers have no gaps.
        """
        if self._s.bind.dialect.name == "postgresql":
            return await self._next_from_sequence(year_be)
        stmt = _dialect_insert(self._s)(table_of(CaseNumberCounterRow)).values(
            year_be=year_be, last=1
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[N.year_be], set_={"last": N.last + 1}
        ).returning(N.last)
        return int((await self._s.execute(stmt)).scalar_one())

    async def _next_from_sequence(self, year_be: int) -> int:
        name = f"case_numbers_{int(year_be)}"
        nextval = text("SELECT nextval(to_regclass(:name))")  # NULL while it does not exist
        serial = (await self._s.execute(nextval, {"name": name})).scalar()
        if serial is not None:
            return int(serial)
        start = (
            await self._s.execute(
                select(sa.func.coalesce(sa.func.max(N.last), 0) + 1).where(N.year_be == year_be)
            )
        ).scalar_one()
        try:
            async with self._s.begin_nested():
                await self._s.execute(
                    text(f"CREATE SEQUENCE IF NOT EXISTS {name} START WITH {int(start)}")
                )
        except IntegrityError:
            pass  # created by a concurrent first intake that committed meanwhile: use it
        serial = (await self._s.execute(nextval, {"name": name})).scalar()
        if serial is None:
            raise RuntimeError(f"sequence {name} could not be created")
        return int(serial)

    async def add(self, complaint: Complaint) -> None:
        self._locked.add(complaint.id)  # a new row: no one else can write it before we commit
        await self._s.execute(
            insert(table_of(ComplaintRow)).values(
                id=complaint.id, version=complaint.version, **_values(complaint)
            )
        )
        await self._sync_fts(complaint, new=True)
        await self._record_change(complaint.id, complaint.updated_at)

    async def get(self, complaint_id: uuid.UUID) -> Complaint | None:
        return _with_co_handlers(await core.rows(self._s, _CASE_BY_ID, {"id": complaint_id}))

    async def get_by_tracking_code(self, code: str) -> Complaint | None:
        return _with_co_handlers(await core.rows(self._s, _CASE_BY_CODE, {"code": code}))

    async def update(self, complaint: Complaint, expected_version: int) -> Complaint:
        result = await self._s.execute(
            update(table_of(ComplaintRow))
            .where(and_(C.id == complaint.id, C.version == expected_version))
            .values(version=expected_version + 1, **_values(complaint))
        )
        if int(getattr(result, "rowcount", 0)) != 1:
            raise ConcurrentUpdate("The case was changed by someone else; reload it.")
        self._locked.add(complaint.id)  # the UPDATE holds its row lock to commit
        await self._sync_fts(complaint, new=False)
        await self._record_change(complaint.id, complaint.updated_at)
        return complaint.with_changes(version=expected_version + 1)

    async def add_co_handler(
        self, complaint_id: uuid.UUID, agency_id: uuid.UUID, at: datetime
    ) -> None:
        await self._s.execute(
            insert(table_of(ComplaintCoHandlerRow)).values(
                complaint_id=complaint_id, agency_id=agency_id, added_at=at
            )
        )
        await self._record_change(complaint_id, at)

    async def append_event(self, entry: TimelineEntry) -> None:
        await self._record_change(entry.complaint_id, entry.at)
        # Chained per case and inserted just before the commit (infra/db/chain.py).
        writer_of(self._s).add(
            TIMELINES,
            [
                {
                    "id": entry.id,
                    "complaint_id": entry.complaint_id,
                    "at": entry.at,
                    "kind": entry.kind,
                    "visibility": entry.visibility,
                    "actor_kind": entry.actor_kind,
                    "actor_id": entry.actor_id,
                    "request_id": entry.request_id,
                    "data": entry.data,
                }
            ],
        )

    async def get_event(self, entry_id: uuid.UUID) -> TimelineEntry | None:
        row = (
            await self._s.execute(select(table_of(ComplaintEventRow)).where(E.id == entry_id))
        ).first()
        if row is None:
            return None
        entry = _timeline_entry(row)
        return (await self._as_read(entry.complaint_id, [entry]))[0]

    async def timeline(
        self, complaint_id: uuid.UUID, page: PageRequest, visibility: frozenset[Visibility]
    ) -> Page[TimelineEntry]:
        params = {"id": complaint_id, "visibility": list(visibility)}
        if page.after is None:  # the first page (every public tracking lookup): built once
            rows = await core.rows(self._s, _TIMELINE_FIRST, {**params, "limit": page.limit + 1})
        else:
            stmt = by_time_and_id(_TIMELINE, E.at, E.id, page, newest_first=False)
            rows = await core.rows(self._s, stmt, params)
        found = time_page(rows, page, _timeline_entry, lambda e: (e.at, e.id))
        return Page(
            await self._as_read(complaint_id, list(found.items)), found.next_key, found.extra
        )

    async def _as_read(
        self, complaint_id: uuid.UUID, entries: list[TimelineEntry]
    ) -> list[TimelineEntry]:
        """Entries as every reader gets them: those a later `redacted` entry names come with
        their content hidden (the first redaction of each counts). Asked even for no entries:
        public tracking reads an unknown code's timeline to take the time a known one takes."""
        rows = await core.rows(self._s, _REDACTIONS, {"id": complaint_id})
        redactions: dict[str, Redaction] = {}
        for r in rows:
            target = str((r.data or {}).get("entry_id"))
            redactions.setdefault(
                target,
                Redaction(r.id, r.at, r.actor_kind, r.actor_id, str(r.data.get("reason", ""))),
            )
        if not redactions:
            return entries
        return [
            e.hidden_by(redactions[str(e.id)]) if str(e.id) in redactions else e for e in entries
        ]

    async def open_ids(self) -> list[uuid.UUID]:
        open_statuses = [s for s in ComplaintStatus if s.is_open] + [ComplaintStatus.RESOLVED]
        rows = await self._s.execute(select(C.id).where(C.status.in_(open_statuses)))
        return list(rows.scalars())

    async def resolved_before(self, cutoff: datetime, limit: int) -> list[uuid.UUID]:
        rows = await self._s.execute(
            select(C.id)
            .where(C.status == ComplaintStatus.RESOLVED, C.resolved_at < cutoff)
            .order_by(C.resolved_at)
            .limit(limit)
        )
        return list(rows.scalars())


class SqlIdempotencyStore:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def acquire(self, scope: str, key: str) -> bool:
        if self._s.bind.dialect.name != "postgresql":
            return True  # SQLite writers are serialised by BEGIN IMMEDIATE already
        got = await self._s.execute(
            text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"),
            {"k": f"idem:{scope}:{key}"},
        )
        return bool(got.scalar_one())

    async def get(self, scope: str, key: str, now: datetime) -> IdempotencyRecord | None:
        row = (
            await self._s.execute(
                select(table_of(IdempotencyKeyRow)).where(
                    K.scope == scope, K.key == key, K.expires_at > now
                )
            )
        ).first()
        if row is None:
            return None
        return IdempotencyRecord(
            row.scope, row.key, row.request_hash, row.resource_id, row.created_at, row.expires_at
        )

    async def put(self, record: IdempotencyRecord) -> None:
        # An expired record of the same key may linger until the purge: replace it.
        await self._s.execute(
            delete(table_of(IdempotencyKeyRow)).where(K.scope == record.scope, K.key == record.key)
        )
        await self._s.execute(
            insert(table_of(IdempotencyKeyRow)).values(
                scope=record.scope,
                key=record.key,
                request_hash=record.request_hash,
                resource_id=record.resource_id,
                created_at=record.created_at,
                expires_at=record.expires_at,
            )
        )

    async def purge(self, now: datetime) -> int:
        result = await self._s.execute(
            delete(table_of(IdempotencyKeyRow)).where(K.expires_at <= now)
        )
        return int(getattr(result, "rowcount", 0))


class SqlCaseDirectory:
    """The complaint use cases' view of the directory."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def district_office(self, district_code: str | None) -> uuid.UUID | None:
        if district_code is None:
            return None
        agency = (
            await self._s.execute(
                select(A.id).where(
                    A.kind == AgencyKind.district_office,
                    A.district_code == district_code,
                    A.is_active.is_(True),
                )
            )
        ).scalar()
        return agency if agency else None

    async def agency_is_active(self, agency_id: uuid.UUID) -> bool:
        return bool(
            (
                await self._s.execute(
                    select(exists().where(A.id == agency_id, A.is_active.is_(True)))
                )
            ).scalar()
        )

    async def district_exists(self, code: str) -> bool:
        return bool((await self._s.execute(select(exists().where(D.code == code)))).scalar())

    async def subdistrict_district(self, code: str) -> str | None:
        row = (
            await self._s.execute(
                select(table_of(SubdistrictRow).c.district_code).where(
                    table_of(SubdistrictRow).c.code == code
                )
            )
        ).first()
        return str(row[0]) if row else None

    async def agency_names(self, agency_id: uuid.UUID) -> tuple[str, str, str] | None:
        row = await core.first(self._s, _AGENCY_NAMES, {"id": agency_id})
        return (row.code, row.name_th, row.name_en) if row else None

    async def user_in_agency(self, user_id: uuid.UUID, agency_id: uuid.UUID) -> bool:
        return bool(
            (
                await self._s.execute(
                    select(
                        exists().where(
                            U.id == user_id, U.agency_id == agency_id, U.is_active.is_(True)
                        )
                    )
                )
            ).scalar()
        )
