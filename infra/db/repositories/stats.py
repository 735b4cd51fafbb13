"""Statistics straight from the complaints table, the same figures on both databases."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, delete, exists, func, insert, literal_column, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import ComplaintStatus
from domain.shared.clock import Clock
from domain.stats.model import (
    ComplaintStats,
    MilestoneStats,
    Period,
    StatsFilter,
    StatsScope,
    percentile,
)
from infra.db.tables import (
    ComplaintCoHandlerRow,
    ComplaintDailyCountRow,
    ComplaintRow,
    StatsRollupRow,
    table_of,
)

C: Any = table_of(ComplaintRow).c
H: Any = table_of(ComplaintCoHandlerRow).c
_T = table_of(ComplaintRow)

GROUP_COLUMNS = {
    "status": C.status,
    "district": C.district_code,
    "agency": C.lead_agency_id,
    "category": C.category_id,
    "channel": C.channel,
    "mou_area": C.mou_area_id,
}
# Cases closed without a resolution do not count for the resolution SLA.
_NO_RESOLUTION = [ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN, ComplaintStatus.MERGED]


def scope_clause(scope: StatsScope) -> Any:
    if scope.all_cases:
        return None
    parts = []
    if scope.agency_id is not None:
        parts.append(C.lead_agency_id == scope.agency_id)
        parts.append(exists().where(H.complaint_id == C.id, H.agency_id == scope.agency_id))
    if scope.submitted_by is not None:
        parts.append(C.submitted_by_id == scope.submitted_by)
    return or_(*parts) if parts else text("1 = 0")


def dimension_clauses(f: StatsFilter, t: Any) -> list[Any]:
    """The filters on the dimensions the complaints table and the rollup share."""
    pairs = [
        (f.district_code, t.district_code),
        (f.agency_id, t.lead_agency_id),
        (f.category_id, t.category_id),
        (f.channel, t.channel),
        (f.mou_area_id, t.mou_area_id),
    ]
    out: list[Any] = [column == value for value, column in pairs if value]
    if f.statuses:
        out.append(t.status.in_(list(f.statuses)))
    if f.fast_track is not None:
        out.append(t.fast_track == f.fast_track)
    return out


def filter_clauses(f: StatsFilter) -> list[Any]:
    out = dimension_clauses(f, C)
    if f.created_from:
        out.append(C.created_at >= f.created_from)
    if f.created_to:
        out.append(C.created_at < f.created_to)
    return out


def _bucket(dialect: str, period: Period) -> Any:
    if dialect == "postgresql":
        return literal_column(
            f"(date_trunc('{period.value}', complaints.created_at AT TIME ZONE "
            "'Asia/Bangkok'))::date"
        )
    local = "datetime(complaints.created_at, '+7 hours')"
    if period is Period.day:
        return literal_column(f"date({local})")
    if period is Period.week:
        return literal_column(f"date({local}, 'weekday 0', '-6 days')")
    return literal_column(f"strftime('%Y-%m-01', {local})")


def _seconds(dialect: str, end: Any, start: Any) -> Any:
    if dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


class SqlStatsQueries:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def complaint_stats(
        self, scope: StatsScope, filters: StatsFilter, period: Period, clock: Clock
    ) -> ComplaintStats:
        dialect = self._s.bind.dialect.name
        now = clock.now()
        where = [w for w in [scope_clause(scope), *filter_clauses(filters)] if w is not None]
        cond = and_(*where) if where else text("1 = 1")

        notes = ["computed live from the complaints table"]
        refreshed = None
        if not filters.live and rollup_applies(scope, filters):
            refreshed = await SqlStatsRollups(self._s).refreshed_at()
        if refreshed is not None:
            total, by, series = await SqlStatsRollups(self._s).counts(filters, period)
            notes = [
                f"total, counts and series: the daily rollup rebuilt at {refreshed.isoformat()} "
                "by `fasttrack maintenance` (ask live=true for current counts)",
                "SLA figures and durations: live",
            ]
        else:
            total, by, series = await self._live_counts(dialect, cond, period)

        first = await self._milestone(
            dialect, cond, C.first_response_at, C.first_response_due_at, now
        )
        resolution = await self._milestone(
            dialect,
            and_(cond, C.status.not_in(_NO_RESOLUTION)),
            C.resolved_at,
            C.resolution_due_at,
            now,
        )
        return ComplaintStats(
            total=total,
            by=by,
            series=series,
            first_response=first,
            resolution=resolution,
            generated_at=now,
            notes=notes,
        )

    async def _live_counts(
        self, dialect: str, cond: Any, period: Period
    ) -> tuple[int, dict[str, dict[str, int]], list[tuple[date, int]]]:
        by: dict[str, dict[str, int]] = {}
        total = 0
        for name, column in GROUP_COLUMNS.items():
            rows = (
                await self._s.execute(
                    select(column, func.count()).select_from(_T).where(cond).group_by(column)
                )
            ).all()
            by[name] = {str(k.value if hasattr(k, "value") else k): int(n) for k, n in rows}
            total = sum(by[name].values())
        bucket = _bucket(dialect, period)
        series_rows = (
            await self._s.execute(
                select(bucket, func.count())
                .select_from(_T)
                .where(cond)
                .group_by(bucket)
                .order_by(bucket)
            )
        ).all()
        series = [
            (b if isinstance(b, date) else date.fromisoformat(str(b)), int(n))
            for b, n in series_rows
        ]
        return total, by, series

    async def _milestone(
        self, dialect: str, cond: Any, met_at: Any, due_at: Any, now: datetime
    ) -> MilestoneStats:
        met = and_(met_at.is_not(None), or_(due_at.is_(None), met_at <= due_at))
        late = and_(met_at.is_not(None), due_at.is_not(None), met_at > due_at)
        overdue = and_(met_at.is_(None), due_at.is_not(None), due_at < now)
        row = (
            await self._s.execute(
                select(
                    func.count(case((met, 1))),
                    func.count(case((or_(late, overdue), 1))),
                    func.count(),
                ).where(cond)
            )
        ).one()
        n_met, n_breached, n_all = int(row[0]), int(row[1]), int(row[2])
        seconds = _seconds(dialect, met_at, C.created_at)
        done = and_(cond, met_at.is_not(None))
        if dialect == "postgresql":
            med, p90 = (
                await self._s.execute(
                    select(
                        func.percentile_cont(0.5).within_group(seconds),
                        func.percentile_cont(0.9).within_group(seconds),
                    ).where(done)
                )
            ).one()
            median = float(med) if med is not None else None
            p90_value = float(p90) if p90 is not None else None
        else:
            # SQLite has no percentile function: the same interpolation, in Python.
            values = [
                float(v)
                for v in (
                    await self._s.execute(select(seconds).where(done).order_by(seconds))
                ).scalars()
            ]
            median, p90_value = percentile(values, 0.5), percentile(values, 0.9)
        return MilestoneStats(n_met, n_breached, n_all - n_met - n_breached, median, p90_value)


ROLLUP = "complaint_daily_counts"
R: Any = table_of(ComplaintDailyCountRow).c
S: Any = table_of(StatsRollupRow).c
ROLLUP_GROUPS = {
    "status": R.status,
    "district": R.district_code,
    "agency": R.lead_agency_id,
    "category": R.category_id,
    "channel": R.channel,
    "mou_area": R.mou_area_id,
}


def _local_day(dialect: str) -> Any:
    if dialect == "postgresql":
        return literal_column("(complaints.created_at AT TIME ZONE 'Asia/Bangkok')::date")
    return literal_column("date(datetime(complaints.created_at, '+7 hours'))")


def _period_start(day: date, period: Period) -> date:
    if period is Period.week:
        return date.fromordinal(day.toordinal() - day.weekday())
    if period is Period.month:
        return day.replace(day=1)
    return day


def rollup_applies(scope: StatsScope, f: StatsFilter) -> bool:
    """The rollup answers OMB-wide counts without a creation window (other filters are
    its own dimensions)."""
    return scope.all_cases and f.created_from is None and f.created_to is None


class SqlStatsRollups:
    """Rebuilds and reads the daily counts rollup."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def refresh(self, now: datetime) -> int:
        dialect = self._s.bind.dialect.name
        day = _local_day(dialect)
        src = (
            select(
                day,
                C.status,
                C.district_code,
                C.lead_agency_id,
                C.category_id,
                C.channel,
                C.mou_area_id,
                C.fast_track,
                func.count(),
            )
            .select_from(_T)
            .group_by(
                day,
                C.status,
                C.district_code,
                C.lead_agency_id,
                C.category_id,
                C.channel,
                C.mou_area_id,
                C.fast_track,
            )
        )
        await self._s.execute(delete(table_of(ComplaintDailyCountRow)))
        await self._s.execute(
            insert(table_of(ComplaintDailyCountRow)).from_select(
                [
                    "day",
                    "status",
                    "district_code",
                    "lead_agency_id",
                    "category_id",
                    "channel",
                    "mou_area_id",
                    "fast_track",
                    "n",
                ],
                src,
            )
        )
        await self._s.execute(delete(table_of(StatsRollupRow)).where(S.name == ROLLUP))
        await self._s.execute(
            insert(table_of(StatsRollupRow)).values(name=ROLLUP, refreshed_at=now)
        )
        total = (await self._s.execute(select(func.coalesce(func.sum(R.n), 0)))).scalar_one()
        return int(total)

    async def refreshed_at(self) -> datetime | None:
        value: datetime | None = (
            await self._s.execute(select(S.refreshed_at).where(S.name == ROLLUP))
        ).scalar()
        return value

    async def counts(
        self, f: StatsFilter, period: Period
    ) -> tuple[int, dict[str, dict[str, int]], list[tuple[date, int]]]:
        cond = and_(*dimension_clauses(f, R)) if dimension_clauses(f, R) else text("1 = 1")
        by: dict[str, dict[str, int]] = {}
        total = 0
        for name, column in ROLLUP_GROUPS.items():
            rows = (
                await self._s.execute(select(column, func.sum(R.n)).where(cond).group_by(column))
            ).all()
            by[name] = {str(k): int(n) for k, n in rows}
            total = sum(by[name].values())
        per_day = (
            await self._s.execute(
                select(R.day, func.sum(R.n)).where(cond).group_by(R.day).order_by(R.day)
            )
        ).all()
        series: dict[date, int] = {}
        for d, n in per_day:
            day_value = d if isinstance(d, date) else date.fromisoformat(str(d))
            start = _period_start(day_value, period)
            series[start] = series.get(start, 0) + int(n)
        return total, by, sorted(series.items())
