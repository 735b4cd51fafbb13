"""Which cases a query is about: the caller's scope and the queue's filters, as SQL on
`complaints` (shared by the queue, the exports and the statistics)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import and_, exists, or_, select, text, union
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.filters import QueueFilter, SlaFilter
from domain.stats.model import StatsScope
from infra.db.repositories.complaints import FTS
from infra.db.tables import ComplaintCoHandlerRow, ComplaintRow, table_of

_T = table_of(ComplaintRow)
C: Any = _T.c
H: Any = table_of(ComplaintCoHandlerRow).c


def scope_clause(scope: StatsScope) -> Any:
    """The caller's cases as an OR (the queue's form: a page walks an index in its sort order
    and filters, stopping after a page)."""
    if scope.all_cases:
        return None
    parts = []
    if scope.agency_id is not None:
        parts.append(C.lead_agency_id == scope.agency_id)
        parts.append(exists().where(H.complaint_id == C.id, H.agency_id == scope.agency_id))
    if scope.submitted_by is not None:
        parts.append(C.submitted_by_id == scope.submitted_by)
    return or_(*parts) if parts else text("1 = 0")


def scope_ids_clause(scope: StatsScope) -> Any:
    """The caller's cases as `id IN (a UNION of indexed lookups)`: led by the agency,
    co-handled by it, or submitted by the client. Statistics read every case in scope, and
    the OR form would keep PostgreSQL on a sequential scan of every case for each aggregate."""
    if scope.all_cases:
        return None
    inner = _T.alias("scoped")
    parts: list[Any] = []
    if scope.agency_id is not None:
        parts.append(select(inner.c.id).where(inner.c.lead_agency_id == scope.agency_id))
        parts.append(select(H.complaint_id).where(H.agency_id == scope.agency_id))
    if scope.submitted_by is not None:
        parts.append(select(inner.c.id).where(inner.c.submitted_by_id == scope.submitted_by))
    if not parts:
        return text("1 = 0")
    return C.id.in_(union(*parts))


# FTS5's trigram tokenizer cannot match fewer than three characters.
FTS_MIN_CHARS = 3


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class TextSearch(Protocol):
    """The search port: a condition on `complaints` for a query already normalised."""

    def clause(self, term: str) -> Any: ...


class PgTrigramSearch:
    """PostgreSQL: LIKE on the normalised column, served by the pg_trgm GIN index (the
    column is already case-folded, so LIKE is ILIKE here)."""

    def clause(self, term: str) -> Any:
        return C.search_text.like(_like_pattern(term), escape="\\")


class SqliteFtsSearch:
    """SQLite: the FTS5 trigram table for three characters or more, else LIKE on the base
    table (the trigram index cannot answer shorter queries)."""

    def clause(self, term: str) -> Any:
        if len(term) < FTS_MIN_CHARS:
            return C.search_text.like(_like_pattern(term), escape="\\")
        phrase = '"' + term.replace('"', '""') + '"'
        return C.id.in_(select(FTS.c.complaint_id).where(FTS.c.search_text.op("MATCH")(phrase)))


def search_for(session: AsyncSession) -> TextSearch:
    return PgTrigramSearch() if session.bind.dialect.name == "postgresql" else SqliteFtsSearch()


def sla_clause(state: SlaFilter, due: Any, soon: Any, met: Any, now: datetime) -> Any:
    """Judged on the stored due times, for milestones not met yet (a met milestone keeps its
    due time, for the statistics, but is no longer on track, due soon or breached); paused
    milestones have no due time and never match."""
    pending = and_(met.is_(None), due.is_not(None))
    if state is SlaFilter.breached:
        return and_(pending, due < now)
    if state is SlaFilter.due_soon:
        return and_(pending, due >= now, soon <= now)
    return and_(pending, due >= now, or_(soon.is_(None), soon > now))


def queue_clauses(f: QueueFilter, now: datetime, search: TextSearch) -> list[Any]:
    """The conditions of the queue's filters (the list, the exports and the statistics)."""
    pairs = [
        (f.district_code, C.district_code),
        (f.subdistrict_code, C.subdistrict_code),
        (f.agency_id, C.lead_agency_id),
        (f.category_id, C.category_id),
        (f.channel, C.channel),
        (f.mou_area_id, C.mou_area_id),
        (f.urgency, C.urgency),
        (f.assignee_id, C.assignee_id),
    ]
    out: list[Any] = [column == value for value, column in pairs if value]
    if f.statuses:
        out.append(C.status.in_(list(f.statuses)))
    if f.fast_track is not None:
        out.append(C.fast_track == f.fast_track)
    if f.created_from:
        out.append(C.created_at >= f.created_from)
    if f.created_to:
        out.append(C.created_at < f.created_to)
    if f.first_response_sla:
        out.append(
            sla_clause(
                f.first_response_sla,
                C.first_response_due_at,
                C.first_response_due_soon_at,
                C.first_response_at,
                now,
            )
        )
    if f.resolution_sla:
        out.append(
            sla_clause(
                f.resolution_sla,
                C.resolution_due_at,
                C.resolution_due_soon_at,
                C.resolved_at,
                now,
            )
        )
    if f.resolved_from:
        out.append(C.resolved_at >= f.resolved_from)
    if f.resolved_to:
        out.append(C.resolved_at < f.resolved_to)
    if f.search:
        out.append(search.clause(f.search))
    return out
