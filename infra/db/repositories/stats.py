"""Statistics from the complaints table, and the rollup that keeps the OMB-wide figures.

One set of aggregate queries serves both: a live request runs it over the caller's cases as
one group; the rollup runs it over every case grouped by each slice dimension and stores the
results, so the two cannot drift apart. Same figures on both databases."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    union,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import ComplaintStatus
from domain.shared.clock import Clock
from domain.stats.model import (
    SLICE_DIMENSIONS,
    VISIBLE_TO,
    ComplaintStats,
    MilestoneStats,
    Period,
    RollupSlice,
    Source,
    StatsFilter,
    StatsScope,
    dimension_key,
    percentile,
)
from infra.db.tables import (
    ComplaintCoHandlerRow,
    ComplaintRow,
    StatsRollupCountRow,
    StatsRollupDayRow,
    StatsRollupRow,
    StatsRollupSlaRow,
    table_of,
)

C: Any = table_of(ComplaintRow).c
_H = table_of(ComplaintCoHandlerRow)
H: Any = _H.c
_T = table_of(ComplaintRow)

GROUP_COLUMNS = {
    "status": C.status,
    "district": C.district_code,
    "agency": C.lead_agency_id,
    "category": C.category_id,
    "channel": C.channel,
    "mou_area": C.mou_area_id,
}
SLICE_COLUMNS = {**GROUP_COLUMNS, "fast_track": C.fast_track}
assert tuple(SLICE_COLUMNS) == SLICE_DIMENSIONS
# Cases closed without a resolution do not count for the resolution SLA.
_NO_RESOLUTION = [ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN, ComplaintStatus.MERGED]
MILESTONES = ("first_response", "resolution")
ALL = RollupSlice()


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


def filter_clauses(f: StatsFilter) -> list[Any]:
    pairs = [
        (f.district_code, C.district_code),
        (f.agency_id, C.lead_agency_id),
        (f.category_id, C.category_id),
        (f.channel, C.channel),
        (f.mou_area_id, C.mou_area_id),
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
    return out


def _local_day(dialect: str) -> Any:
    if dialect == "postgresql":
        return literal_column("(complaints.created_at AT TIME ZONE 'Asia/Bangkok')::date")
    return literal_column("date(datetime(complaints.created_at, '+7 hours'))")


def _seconds(dialect: str, end: Any, start: Any) -> Any:
    if dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def period_start(day: date, period: Period) -> date:
    """The first Bangkok day of the day's week (Monday) or month."""
    if period is Period.week:
        return date.fromordinal(day.toordinal() - day.weekday())
    if period is Period.month:
        return day.replace(day=1)
    return day


def fold_series(days: list[tuple[date, int]], period: Period) -> list[tuple[date, int]]:
    series: dict[date, int] = defaultdict(int)
    for day, n in days:
        series[period_start(day, period)] += n
    return sorted(series.items())


_EMPTY = MilestoneStats(0, 0, 0, None, None)


@dataclass
class Figures:
    """The aggregates of one group of cases (a live request, or one rollup slice)."""

    by: dict[str, dict[str, int]] = field(default_factory=lambda: {g: {} for g in GROUP_COLUMNS})
    days: list[tuple[date, int]] = field(default_factory=list)
    milestones: dict[str, MilestoneStats] = field(
        default_factory=lambda: dict.fromkeys(MILESTONES, _EMPTY)
    )

    @property
    def total(self) -> int:
        return sum(self.by["status"].values())

    def stats(self, period: Period, now: datetime, source: Source) -> ComplaintStats:
        return ComplaintStats(
            total=self.total,
            by=self.by,
            series=fold_series(self.days, period),
            first_response=self.milestones["first_response"],
            resolution=self.milestones["resolution"],
            generated_at=now,
            source=source,
            as_of=now,
        )


class Aggregates:
    """The aggregate queries over the complaints matching `cond`, grouped by `by` (a slice
    column) or as one group (key "")."""

    def __init__(self, session: AsyncSession, cond: Any, by: Any | None, source: Any = _T) -> None:
        self._s = session
        self._dialect = session.bind.dialect.name
        self._cond = cond
        self._cols = [by] if by is not None else []
        self._from = source

    def _key(self, row: Any) -> str:
        return dimension_key(row[0]) if self._cols else ""

    async def collect(self, now: datetime) -> dict[str, Figures]:
        out: dict[str, Figures] = defaultdict(Figures)
        cols = self._cols
        for name, column in GROUP_COLUMNS.items():
            stmt = (
                select(*cols, column, func.count())
                .select_from(self._from)
                .where(self._cond)
                .group_by(*cols, column)
            )
            for row in await self._s.execute(stmt):
                out[self._key(row)].by[name][dimension_key(row[-2])] = int(row[-1])
        day = _local_day(self._dialect)
        stmt = (
            select(*cols, day, func.count())
            .select_from(self._from)
            .where(self._cond)
            .group_by(*cols, day)
            .order_by(*cols, day)
        )
        for row in await self._s.execute(stmt):
            out[self._key(row)].days.append((_as_date(row[-2]), int(row[-1])))
        resolvable = C.status.not_in(_NO_RESOLUTION)
        for name, met_at, due_at, extra in (
            ("first_response", C.first_response_at, C.first_response_due_at, None),
            ("resolution", C.resolved_at, C.resolution_due_at, resolvable),
        ):
            cond = self._cond if extra is None else and_(self._cond, extra)
            for key, stats in (await self._milestone(cond, met_at, due_at, now)).items():
                out[key].milestones[name] = stats
        return dict(out)

    async def _milestone(
        self, cond: Any, met_at: Any, due_at: Any, now: datetime
    ) -> dict[str, MilestoneStats]:
        cols = self._cols
        met = and_(met_at.is_not(None), or_(due_at.is_(None), met_at <= due_at))
        late = and_(met_at.is_not(None), due_at.is_not(None), met_at > due_at)
        overdue = and_(met_at.is_(None), due_at.is_not(None), due_at < now)
        counts = {
            self._key(row): (int(row[-3]), int(row[-2]), int(row[-1]))
            for row in await self._s.execute(
                select(
                    *cols,
                    func.count(case((met, 1))),
                    func.count(case((or_(late, overdue), 1))),
                    func.count(),
                )
                .select_from(self._from)
                .where(cond)
                .group_by(*cols)
            )
        }
        seconds = _seconds(self._dialect, met_at, C.created_at)
        done = and_(cond, met_at.is_not(None))
        spread: dict[str, tuple[float | None, float | None]] = {}
        if self._dialect == "postgresql":
            for row in await self._s.execute(
                select(
                    *cols,
                    func.percentile_cont(0.5).within_group(seconds),
                    func.percentile_cont(0.9).within_group(seconds),
                )
                .select_from(self._from)
                .where(done)
                .group_by(*cols)
            ):
                spread[self._key(row)] = (
                    None if row[-2] is None else float(row[-2]),
                    None if row[-1] is None else float(row[-1]),
                )
        else:
            # SQLite has no percentile function: the same interpolation, in Python.
            rows = await self._s.execute(
                select(*cols, seconds).select_from(self._from).where(done).order_by(*cols, seconds)
            )
            for key, group in itertools.groupby(rows, key=self._key):
                values = [float(r[-1]) for r in group]
                spread[key] = (percentile(values, 0.5), percentile(values, 0.9))
        out = {}
        for key, (n_met, n_breached, n_all) in counts.items():
            median, p90 = spread.get(key, (None, None))
            out[key] = MilestoneStats(n_met, n_breached, n_all - n_met - n_breached, median, p90)
        return out


class SqlStatsQueries:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def complaint_stats(
        self, scope: StatsScope, filters: StatsFilter, period: Period, clock: Clock
    ) -> ComplaintStats:
        now = clock.now()
        where = [w for w in [scope_ids_clause(scope), *filter_clauses(filters)] if w is not None]
        cond = and_(*where) if where else text("1 = 1")
        figures = (await Aggregates(self._s, cond, None).collect(now)).get("", Figures())
        return figures.stats(period, now, Source.live)


ROLLUP = "stats"
_COUNTS = table_of(StatsRollupCountRow)
_DAYS = table_of(StatsRollupDayRow)
_SLA = table_of(StatsRollupSlaRow)
_STATE = table_of(StatsRollupRow)


class SqlStatsRollups:
    """Rebuilds and reads the rollup: for every case, and for each value of each slice
    dimension, the counts by dimension, the cases per Bangkok day and the SLA figures."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def refresh(self, now: datetime) -> int:
        slices: dict[RollupSlice, Figures] = {}
        everything = await Aggregates(self._s, text("1 = 1"), None).collect(now)
        slices[ALL] = everything.get("", Figures())
        for dimension, column in SLICE_COLUMNS.items():
            grouped = await Aggregates(self._s, text("1 = 1"), column).collect(now)
            for key, figures in grouped.items():
                slices[RollupSlice(dimension, key)] = figures
        # What each agency sees: the cases it leads, and those it co-handles (once, should it
        # also lead one).
        lead = _T.alias("lead")
        seen = union_all(
            select(C.id.label("complaint_id"), C.lead_agency_id.label("agency_id")).where(
                C.lead_agency_id.is_not(None)
            ),
            select(H.complaint_id, H.agency_id)
            .select_from(_H.join(lead, lead.c.id == H.complaint_id))
            .where(or_(lead.c.lead_agency_id.is_(None), lead.c.lead_agency_id != H.agency_id)),
        ).subquery("seen")
        grouped = await Aggregates(
            self._s, text("1 = 1"), seen.c.agency_id, _T.join(seen, seen.c.complaint_id == C.id)
        ).collect(now)
        for key, figures in grouped.items():
            slices[RollupSlice(VISIBLE_TO, key)] = figures
        for table in (_COUNTS, _DAYS, _SLA, _STATE):
            await self._s.execute(delete(table))
        counts, days, sla = [], [], []
        for s, figures in slices.items():
            at = {"slice_dimension": s.dimension, "slice_key": s.key}
            counts += [
                {**at, "dimension": group, "key": key, "n": n}
                for group, values in figures.by.items()
                for key, n in values.items()
            ]
            days += [{**at, "day": day, "n": n} for day, n in figures.days]
            sla += [
                {
                    **at,
                    "milestone": name,
                    "met": m.met,
                    "breached": m.breached,
                    "pending": m.pending,
                    "median_seconds": m.median_seconds,
                    "p90_seconds": m.p90_seconds,
                }
                for name, m in figures.milestones.items()
            ]
        for table, rows in ((_COUNTS, counts), (_DAYS, days), (_SLA, sla)):
            for start in range(0, len(rows), 5000):
                await self._s.execute(insert(table), rows[start : start + 5000])
        await self._s.execute(insert(_STATE).values(name=ROLLUP, refreshed_at=now))
        return slices[ALL].total

    async def refreshed_at(self) -> datetime | None:
        value: datetime | None = (
            await self._s.execute(select(_STATE.c.refreshed_at).where(_STATE.c.name == ROLLUP))
        ).scalar()
        return value

    async def read(self, slice_: RollupSlice, period: Period) -> ComplaintStats | None:
        refreshed = await self.refreshed_at()
        if refreshed is None:
            return None
        figures = Figures()

        def of(table: Any) -> Any:
            return and_(
                table.c.slice_dimension == slice_.dimension, table.c.slice_key == slice_.key
            )

        for group, key, n in await self._s.execute(
            select(_COUNTS.c.dimension, _COUNTS.c.key, _COUNTS.c.n).where(of(_COUNTS))
        ):
            figures.by.setdefault(group, {})[key] = int(n)
        figures.days = [
            (_as_date(day), int(n))
            for day, n in await self._s.execute(
                select(_DAYS.c.day, _DAYS.c.n).where(of(_DAYS)).order_by(_DAYS.c.day)
            )
        ]
        for row in await self._s.execute(select(_SLA).where(of(_SLA))):
            figures.milestones[row.milestone] = MilestoneStats(
                row.met, row.breached, row.pending, row.median_seconds, row.p90_seconds
            )
        return figures.stats(period, refreshed, Source.rollup)
