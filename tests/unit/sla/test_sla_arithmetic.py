"""The closed-form business-time arithmetic (issue 22) answers exactly what the old walk
over working days answered (`tests/support/sla_walk.py`, the oracle), for random instants,
durations, working weekdays and hours, holidays and closures, on the Bangkok calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import InvalidValue
from domain.sla import BANGKOK, BusinessCalendar, BusinessClock, FixedHolidays, WorkingHours
from infra.calendar.thai_holidays import ThaiHolidayProvider
from tests.support.sla_walk import WalkingClock

FIRST, LAST = date(2025, 6, 1), date(2027, 12, 31)
DAYS = st.dates(min_value=FIRST, max_value=LAST)
ZONES = st.sampled_from([UTC, BANGKOK, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))])
INSTANTS = st.datetimes(
    min_value=datetime(2025, 6, 1), max_value=datetime(2027, 12, 31), timezones=ZONES
)
QUARTERS = st.integers(min_value=0, max_value=95).map(lambda q: time(q // 4, 15 * (q % 4)))


@st.composite
def hours(draw: st.DrawFn) -> WorkingHours:
    start, end = sorted(draw(st.lists(QUARTERS, min_size=2, max_size=2, unique=True)))
    weekdays = draw(st.frozensets(st.integers(0, 6), min_size=1))
    return WorkingHours.office(start, end, weekdays)


@st.composite
def clocks(draw: st.DrawFn) -> tuple[BusinessClock, WalkingClock]:
    working = draw(hours())
    holidays = draw(st.lists(DAYS, max_size=30))
    # Runs of closure days too (Songkran-like), not only single days.
    closures: list[date] = []
    for first, length in draw(st.lists(st.tuples(DAYS, st.integers(1, 12)), max_size=6)):
        closures += [first + timedelta(days=n) for n in range(length)]
    calendar = BusinessCalendar(FixedHolidays(holidays), closures)
    return BusinessClock(working, calendar), WalkingClock(working, calendar)


DURATIONS = st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=2000))


@settings(deadline=None, max_examples=400)
@given(pair=clocks(), start=INSTANTS, duration=DURATIONS)
def test_adding_business_time_matches_the_walk(
    pair: tuple[BusinessClock, WalkingClock], start: datetime, duration: timedelta
) -> None:
    fast, walk = pair
    assert fast.add_business_time(start, duration) == walk.add_business_time(start, duration)


@settings(deadline=None, max_examples=400)
@given(pair=clocks(), a=INSTANTS, b=INSTANTS)
def test_business_time_between_matches_the_walk(
    pair: tuple[BusinessClock, WalkingClock], a: datetime, b: datetime
) -> None:
    fast, walk = pair
    assert fast.business_time_between(a, b) == walk.business_time_between(a, b)


THAI = BusinessCalendar(ThaiHolidayProvider(), [date(2026, 6, 2)])
OFFICE = WorkingHours.office(time(8, 30), time(16, 30))


@settings(deadline=None)
@given(start=INSTANTS, duration=DURATIONS, later=INSTANTS)
def test_the_thai_calendar_matches_the_walk(
    start: datetime, duration: timedelta, later: datetime
) -> None:
    fast, walk = BusinessClock(OFFICE, THAI), WalkingClock(OFFICE, THAI)
    assert fast.add_business_time(start, duration) == walk.add_business_time(start, duration)
    assert fast.business_time_between(start, later) == walk.business_time_between(start, later)


class _Counting(BusinessCalendar):
    asked = 0

    def is_day_off(self, day: date) -> bool:
        type(self).asked += 1
        return super().is_day_off(day)

    def days_off_in(self, year: int) -> frozenset[date]:
        type(self).asked += 1
        return super().days_off_in(year)


def test_cost_does_not_grow_with_the_span() -> None:
    clock = BusinessClock(OFFICE, _Counting(ThaiHolidayProvider()))
    start = datetime(2026, 1, 5, 9, tzinfo=BANGKOK)
    # Ten years of business time: the walk would ask about ~3,650 days.
    due = clock.add_business_time(start, timedelta(hours=8 * 2400))
    assert clock.business_time_between(start, due) == timedelta(hours=8 * 2400)
    assert _Counting.asked <= 30  # a few days' windows plus each year's days off, once


def test_ten_idle_years_inside_a_measured_stretch_are_refused_like_the_walk() -> None:
    closed = [date(2026, 1, 1) + timedelta(days=n) for n in range(366 * 11)]
    calendar = BusinessCalendar(FixedHolidays(), closed)
    a = datetime(2025, 12, 1, tzinfo=UTC)
    b = datetime(2037, 6, 1, tzinfo=UTC)
    for clock in (BusinessClock(OFFICE, calendar), WalkingClock(OFFICE, calendar)):
        with pytest.raises(InvalidValue) as info:
            clock.business_time_between(a, b)
        assert info.value.code == "sla.no_working_days"
