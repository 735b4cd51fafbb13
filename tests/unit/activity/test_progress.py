"""Coverage of the 50 districts, target progress and period totals, computed without I/O."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from domain.activity.model import Activity, ActivityAction, ActivityType, Outcome
from domain.activity.progress import SummaryPeriod, coverage, period_of, summarise
from domain.reference.model import District, MouArea, MouTarget, MouTargetKind

BANGKOK = timezone(timedelta(hours=7))
NOW = datetime(2022, 8, 10, tzinfo=BANGKOK)
DISTRICTS = [District(f"{1000 + i}", f"เขต{i}", f"District {i}", 13.7, 100.5) for i in range(1, 51)]
AREA2 = MouArea(
    2, "หน่วยเคลื่อนที่", "Mobile units", "", "", (MouTarget(MouTargetKind.districts_held, 50),)
)


def unit(code: str, day: int, *, held: bool, consultations: int = 0) -> Activity:
    start = datetime(2022, 8, day, 9, tzinfo=BANGKOK)
    a = Activity.plan(
        type=ActivityType.mobile_unit,
        title=f"หน่วยเคลื่อนที่ {code}",
        district_codes=[code],
        starts_at=start,
        ends_at=start + timedelta(hours=6),
        now=NOW,
    )
    if held:
        a = a.apply(ActivityAction.hold, start + timedelta(hours=6))
        a = a.record_outcome(Outcome(legal_consultations=consultations), a.ends_at)
    return a


def test_coverage_counts_districts_held_and_planned_and_the_target() -> None:
    activities = [
        unit("1034", 13, held=True, consultations=38),
        unit("1048", 14, held=True),
        unit("1032", 18, held=True),
        unit("1026", 20, held=True),
        unit("1026", 27, held=False),  # a second visit planned where one was held
        unit("1022", 21, held=False),
        unit("1009", 24, held=False),
    ]
    c = coverage(AREA2, DISTRICTS, activities, {})
    assert c.districts_total == 50
    assert c.districts_held == 4
    assert c.districts_planned == 2  # Din Daeng's second visit does not count
    (target,) = c.targets
    assert (target.kind, target.target, target.actual, target.met) == (
        MouTargetKind.districts_held,
        50,
        4,
        False,
    )
    assert target.ratio == 0.08
    dindaeng = next(d for d in c.districts if d.district.code == "1026")
    assert len(dindaeng.held) == 1 and len(dindaeng.planned) == 1


def test_cancelled_activities_count_nowhere() -> None:
    cancelled = unit("1022", 21, held=False).apply(ActivityAction.cancel, NOW, reason="ฝนตก")
    c = coverage(AREA2, DISTRICTS, [cancelled], {})
    assert c.districts_held == 0 and c.districts_planned == 0


def test_period_is_the_calendar_in_bangkok() -> None:
    late_utc = datetime(2022, 8, 31, 18, 30, tzinfo=UTC)  # 1 September 01:30 in Bangkok
    assert period_of(late_utc, SummaryPeriod.month) == "2022-09"
    assert period_of(datetime(2022, 12, 31, 17, 0, tzinfo=UTC), SummaryPeriod.year) == "2023"


def test_summary_per_month_and_year() -> None:
    held = unit("1034", 13, held=True, consultations=38)
    other = unit("1026", 20, held=True, consultations=42)
    sept = replace(
        unit("1009", 24, held=False),
        starts_at=datetime(2022, 9, 24, 9, tzinfo=BANGKOK),
        ends_at=datetime(2022, 9, 24, 15, tzinfo=BANGKOK),
    )
    items, total = summarise([held, other, sept], {other.id: 3}, SummaryPeriod.month)
    assert [i.period for i in items] == ["2022-08", "2022-09"]
    assert items[0].activities_held == 2 and items[0].legal_consultations == 80
    assert items[0].complaints_received == 3
    assert items[1].activities_held == 0 and items[1].activities_planned == 1
    assert (total.period, total.activities_held, total.complaints_received) == ("total", 2, 3)
    years, _ = summarise([held, other, sept], {}, SummaryPeriod.year)
    assert [(y.period, y.activities_held, y.activities_planned) for y in years] == [("2022", 2, 1)]
