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
    Column,
    MetaData,
    Table,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import OPEN_STATUSES, ComplaintStatus
from domain.shared.clock import Clock
from domain.stats.model import (
    SLICE_DIMENSIONS,
    VISIBLE_TO,
    ComplaintStats,
    DistrictFigures,
    MilestoneStats,
    Period,
    RatingSummary,
    RollupSlice,
    Satisfaction,
    Source,
    StatsFilter,
    StatsScope,
    dimension_key,
    percentile,
)
from infra.db import core
from infra.db.repositories.case_filters import queue_clauses, scope_ids_clause, search_for
from infra.db.tables import (
    ComplaintCoHandlerRow,
    ComplaintRatingRow,
    ComplaintRow,
    StatsRollupCountRow,
    StatsRollupDayRow,
    StatsRollupRow,
    StatsRollupSlaRow,
    table_of,
)

H: Any = table_of(ComplaintCoHandlerRow).c
_T = table_of(ComplaintRow)
RT: Any = table_of(ComplaintRatingRow)

# Response group -> column of `complaints` (and of the rollup's snapshot of it).
GROUP_FIELDS = {
    "status": "status",
    "district": "district_code",
    "agency": "lead_agency_id",
    "category": "category_id",
    "channel": "channel",
    "mou_area": "mou_area_id",
}
SLICE_FIELDS = {**GROUP_FIELDS, "fast_track": "fast_track"}
assert tuple(SLICE_FIELDS) == SLICE_DIMENSIONS
# What the aggregates read of a case: the rollup copies these columns once.
SNAPSHOT_FIELDS = (
    "id",
    *SLICE_FIELDS.values(),
    "created_at",
    "first_response_at",
    "first_response_due_at",
    "resolved_at",
    "resolution_due_at",
)
# Cases closed without a resolution do not count for the resolution SLA.
_NO_RESOLUTION = [ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN, ComplaintStatus.MERGED]
MILESTONES = ("first_response", "resolution")
ALL = RollupSlice()


def _local_day(dialect: str, table: str) -> Any:
    # Literal SQL, so that the SELECT and the GROUP BY are the same expression (no parameters).
    if dialect == "postgresql":
        return literal_column(f"({table}.created_at AT TIME ZONE 'Asia/Bangkok')::date")
    return literal_column(f"date(datetime({table}.created_at, '+7 hours'))")


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
    if period is Period.day:  # each day its own period: no call per day (issue 22)
        for day, n in days:
            series[day] += n
    else:
        for day, n in days:
            series[period_start(day, period)] += n
    return sorted(series.items())


_EMPTY = MilestoneStats(0, 0, 0, None, None)


@dataclass
class Figures:
    """The aggregates of one group of cases (a live request, or one rollup slice)."""

    by: dict[str, dict[str, int]] = field(default_factory=lambda: {g: {} for g in GROUP_FIELDS})
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
    """The aggregate queries over the cases of `table` (`complaints`, or the rollup's snapshot
    of it) matching `cond`, grouped by `by` (a slice column) or as one group (key "")."""

    def __init__(
        self,
        session: AsyncSession,
        table: Any,
        cond: Any,
        by: Any | None = None,
        source: Any | None = None,
    ) -> None:
        self._s = session
        self._dialect = session.bind.dialect.name
        self._table = table
        self._t = table.c
        self._cond = cond
        self._cols = [by] if by is not None else []
        self._from = source if source is not None else table

    def _key(self, row: Any) -> str:
        return dimension_key(row[0]) if self._cols else ""

    async def collect(self, now: datetime) -> dict[str, Figures]:
        if self._dialect == "postgresql":
            return await self._collect_in_two_scans(now)
        return await self._collect_portable(now)

    def _milestone_conditions(self, now: datetime) -> dict[str, tuple[Any, Any, Any, Any, Any]]:
        """Per milestone: the cases it counts for, those met in time, those breached, those
        met at all (each within the counted ones), and the seconds from filing to meeting.
        Met and breached are `domain.sla.status.milestone_state` in SQL (met on or before the
        due instant; met late or past due unmet); any other state counts as pending."""
        t = self._t
        out = {}
        for name, met_at, due_at, counted in (
            ("first_response", t.first_response_at, t.first_response_due_at, true()),
            ("resolution", t.resolved_at, t.resolution_due_at, t.status.not_in(_NO_RESOLUTION)),
        ):
            met = and_(met_at.is_not(None), or_(due_at.is_(None), met_at <= due_at))
            late = and_(met_at.is_not(None), due_at.is_not(None), met_at > due_at)
            overdue = and_(met_at.is_(None), due_at.is_not(None), due_at < now)
            out[name] = (
                counted,
                and_(counted, met),
                and_(counted, or_(late, overdue)),
                and_(counted, met_at.is_not(None)),
                _seconds(self._dialect, met_at, t.created_at),
            )
        return out

    async def _collect_in_two_scans(self, now: datetime) -> dict[str, Figures]:
        """PostgreSQL: the counts by every dimension and by day in one scan (GROUPING SETS),
        and both milestones' counts and percentiles in another (FILTER), instead of eleven
        scans — the same figures as the portable path."""
        out: dict[str, Figures] = defaultdict(Figures)
        t = self._t
        # The slice column wrapped, so that GROUPING() of a dimension that is also the slice
        # column (status within the status slices) still tells its own grouping set apart.
        cols = [func.coalesce(c, c) for c in self._cols]
        names = list(GROUP_FIELDS)
        dims = [t[GROUP_FIELDS[n]] for n in names] + [_local_day(self._dialect, self._table.name)]
        stmt = (
            select(*cols, *dims, func.grouping(*dims), func.count())
            .select_from(self._from)
            .where(self._cond)
            .group_by(func.grouping_sets(*(tuple_(*cols, d) for d in dims)))
        )
        width = len(dims)
        for row in await self._s.execute(stmt):
            rolled_up, n = int(row[-2]), int(row[-1])
            # GROUPING() sets a bit (first argument = highest) for each dimension left out.
            (i,) = [k for k in range(width) if not rolled_up & (1 << (width - 1 - k))]
            value = row[len(cols) + i]
            figures = out[self._key(row)]
            if i == width - 1:
                figures.days.append((_as_date(value), n))
            else:
                figures.by[names[i]][dimension_key(value)] = n
        for figures in out.values():
            figures.days.sort()
        columns: list[Any] = []
        conditions = self._milestone_conditions(now)
        for counted, met, breached, done, seconds in conditions.values():
            columns += [
                func.count().filter(met),
                func.count().filter(breached),
                func.count().filter(counted),
                func.percentile_cont(0.5).within_group(seconds).filter(done),
                func.percentile_cont(0.9).within_group(seconds).filter(done),
            ]
        cols = self._cols
        stmt = select(*cols, *columns).select_from(self._from).where(self._cond).group_by(*cols)
        for row in await self._s.execute(stmt):
            values = list(row)[len(cols) :]
            figures = out[self._key(row)]
            for k, name in enumerate(conditions):
                n_met, n_breached, n_all, median, p90 = values[5 * k : 5 * k + 5]
                figures.milestones[name] = MilestoneStats(
                    int(n_met),
                    int(n_breached),
                    int(n_all) - int(n_met) - int(n_breached),
                    None if median is None else float(median),
                    None if p90 is None else float(p90),
                )
        return dict(out)

    async def _collect_portable(self, now: datetime) -> dict[str, Figures]:
        """One statement per figure, percentiles in Python: any SQL database (here: SQLite,
        which has neither GROUPING SETS nor a percentile function)."""
        out: dict[str, Figures] = defaultdict(Figures)
        cols = self._cols
        t = self._t
        for name, name_of_column in GROUP_FIELDS.items():
            column = t[name_of_column]
            stmt = (
                select(*cols, column, func.count())
                .select_from(self._from)
                .where(self._cond)
                .group_by(*cols, column)
            )
            for row in await self._s.execute(stmt):
                out[self._key(row)].by[name][dimension_key(row[-2])] = int(row[-1])
        day = _local_day(self._dialect, self._table.name)
        stmt = (
            select(*cols, day, func.count())
            .select_from(self._from)
            .where(self._cond)
            .group_by(*cols, day)
            .order_by(*cols, day)
        )
        for row in await self._s.execute(stmt):
            out[self._key(row)].days.append((_as_date(row[-2]), int(row[-1])))
        for name, conditions in self._milestone_conditions(now).items():
            for key, stats in (await self._milestone(*conditions)).items():
                out[key].milestones[name] = stats
        return dict(out)

    async def _milestone(
        self, counted: Any, met: Any, breached: Any, done: Any, seconds: Any
    ) -> dict[str, MilestoneStats]:
        cols = self._cols
        cond = and_(self._cond, counted)
        counts = {
            self._key(row): (int(row[-3]), int(row[-2]), int(row[-1]))
            for row in await self._s.execute(
                select(
                    *cols,
                    func.count(case((met, 1))),
                    func.count(case((breached, 1))),
                    func.count(),
                )
                .select_from(self._from)
                .where(cond)
                .group_by(*cols)
            )
        }
        # No percentile function here: PostgreSQL's percentile_cont interpolation, in Python.
        rows = await self._s.execute(
            select(*cols, seconds)
            .select_from(self._from)
            .where(and_(self._cond, done))
            .order_by(*cols, seconds)
        )
        spread: dict[str, tuple[float | None, float | None]] = {}
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
        clauses = queue_clauses(filters, now, search_for(self._s))
        where = [w for w in [scope_ids_clause(scope), *clauses] if w is not None]
        cond = and_(*where) if where else text("1 = 1")
        figures = (await Aggregates(self._s, _T, cond).collect(now)).get("", Figures())
        return figures.stats(period, now, Source.live)

    async def district_figures(self, now: datetime) -> list[DistrictFigures]:
        # The very aggregates of the statistics, grouped by district: the same SLA rule.
        grouped = await Aggregates(self._s, _T, text("1 = 1"), _T.c.district_code).collect(now)
        out = []
        for key, f in grouped.items():
            if key == dimension_key(None):
                continue
            statuses = f.by["status"]
            resolution = f.milestones["resolution"]
            out.append(
                DistrictFigures(
                    district_code=key,
                    open=sum(statuses.get(s.value, 0) for s in OPEN_STATUSES),
                    # A resolved case keeps its resolution time when it is closed afterwards.
                    resolved=statuses.get(ComplaintStatus.RESOLVED.value, 0)
                    + statuses.get(ComplaintStatus.CLOSED.value, 0),
                    resolved_in_time=resolution.met,
                    median_seconds_to_resolve=resolution.median_seconds,
                )
            )
        return out

    async def satisfaction(
        self, scope: StatsScope, filters: StatsFilter, now: datetime
    ) -> Satisfaction:
        clauses = queue_clauses(filters, now, search_for(self._s))
        where = [w for w in [scope_ids_clause(scope), *clauses] if w is not None]
        stmt = (
            select(_T.c.lead_agency_id, _T.c.district_code, RT.c.score, func.count())
            .select_from(_T.join(RT, RT.c.complaint_id == _T.c.id))
            .where(*where)
            .group_by(_T.c.lead_agency_id, _T.c.district_code, RT.c.score)
        )
        overall: dict[int, int] = defaultdict(int)
        agency: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        district: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for agency_id, district_code, score, n in await core.rows(self._s, stmt):
            overall[score] += n
            if agency_id is not None:
                agency[dimension_key(agency_id)][score] += n
            if district_code is not None:
                district[district_code][score] += n
        return Satisfaction(
            RatingSummary.of(overall),
            {k: RatingSummary.of(v) for k, v in sorted(agency.items())},
            {k: RatingSummary.of(v) for k, v in sorted(district.items())},
        )


ROLLUP = "stats"
_COUNTS = table_of(StatsRollupCountRow)
_DAYS = table_of(StatsRollupDayRow)
_SLA = table_of(StatsRollupSlaRow)
_STATE = table_of(StatsRollupRow)


def _of_slice(table: Any) -> Any:
    return and_(
        table.c.slice_dimension == bindparam("dimension"), table.c.slice_key == bindparam("key")
    )


# The rollup's reads, built once (issue 22): every statistics request sends them.
_REFRESHED_AT = select(_STATE.c.refreshed_at).where(_STATE.c.name == ROLLUP)
_READ_COUNTS = select(_COUNTS.c.dimension, _COUNTS.c.key, _COUNTS.c.n).where(_of_slice(_COUNTS))
_READ_DAYS = select(_DAYS.c.day, _DAYS.c.n).where(_of_slice(_DAYS)).order_by(_DAYS.c.day)
_READ_SLA = select(_SLA).where(_of_slice(_SLA))


class SqlStatsRollups:
    """Rebuilds and reads the rollup: for every case, and for each value of each slice
    dimension, the counts by dimension, the cases per Bangkok day and the SLA figures."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def _snapshot(self) -> tuple[Any, Any]:
        """Copies what the aggregates read of every case, and the co-handlers, into temporary
        tables: every slice is then computed from one state of the cases (each statement of a
        PostgreSQL transaction would otherwise see the writes committed since the last), and
        the aggregates scan narrow rows instead of whole cases."""
        dialect = self._s.bind.dialect
        meta = MetaData()
        cases = Table(
            "stats_snapshot",
            meta,
            *(Column(name, _T.c[name].type.copy()) for name in SNAPSHOT_FIELDS),
        )
        co = Table(
            "stats_snapshot_co",
            meta,
            Column("complaint_id", H.complaint_id.type.copy()),
            Column("agency_id", H.agency_id.type.copy()),
        )
        for table, source in (
            (co, select(H.complaint_id, H.agency_id)),
            (cases, select(*(_T.c[name] for name in SNAPSHOT_FIELDS))),
        ):
            await self._s.execute(text(f"DROP TABLE IF EXISTS {table.name}"))
            query = source.compile(dialect=dialect)
            await self._s.execute(text(f"CREATE TEMPORARY TABLE {table.name} AS {query}"))
            if dialect.name == "postgresql":
                await self._s.execute(text(f"ANALYZE {table.name}"))
        return cases, co

    async def refresh(self, now: datetime) -> int:
        slices: dict[RollupSlice, Figures] = {}
        snap, co = await self._snapshot()
        everything = await Aggregates(self._s, snap, text("1 = 1")).collect(now)
        slices[ALL] = everything.get("", Figures())
        for dimension, name in SLICE_FIELDS.items():
            grouped = await Aggregates(self._s, snap, text("1 = 1"), snap.c[name]).collect(now)
            for key, figures in grouped.items():
                slices[RollupSlice(dimension, key)] = figures
        # What each agency sees: the cases it leads, and those it co-handles (once, should it
        # also lead one).
        lead = snap.alias("lead")
        seen = union_all(
            select(snap.c.id.label("complaint_id"), snap.c.lead_agency_id.label("agency_id")).where(
                snap.c.lead_agency_id.is_not(None)
            ),
            select(co.c.complaint_id, co.c.agency_id)
            .select_from(co.join(lead, lead.c.id == co.c.complaint_id))
            .where(or_(lead.c.lead_agency_id.is_(None), lead.c.lead_agency_id != co.c.agency_id)),
        ).subquery("seen")
        grouped = await Aggregates(
            self._s,
            snap,
            text("1 = 1"),
            seen.c.agency_id,
            snap.join(seen, seen.c.complaint_id == snap.c.id),
        ).collect(now)
        for key, figures in grouped.items():
            slices[RollupSlice(VISIBLE_TO, key)] = figures
        for table in (snap, co):
            await self._s.execute(text(f"DROP TABLE {table.name}"))
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
        value: datetime | None = await core.scalar(self._s, _REFRESHED_AT)
        return value

    async def read(self, slice_: RollupSlice, period: Period) -> ComplaintStats | None:
        refreshed = await self.refreshed_at()
        if refreshed is None:
            return None
        figures = Figures()
        of = {"dimension": slice_.dimension, "key": slice_.key}
        for group, key, n in await core.rows(self._s, _READ_COUNTS, of):
            figures.by.setdefault(group, {})[key] = int(n)
        figures.days = [
            # PostgreSQL's are dates and ints already: no call per day (issue 22)
            (day if day.__class__ is date else _as_date(day), n if n.__class__ is int else int(n))
            for day, n in await core.rows(self._s, _READ_DAYS, of)
        ]
        for row in await core.rows(self._s, _READ_SLA, of):
            figures.milestones[row.milestone] = MilestoneStats(
                row.met, row.breached, row.pending, row.median_seconds, row.p90_seconds
            )
        return figures.stats(period, refreshed, Source.rollup)
