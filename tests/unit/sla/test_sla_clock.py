"""Business-time arithmetic: working hours, 24×7, closures, pauses, naive input, properties."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import InvalidValue
from domain.sla import (
    BANGKOK,
    BusinessCalendar,
    BusinessClock,
    FixedHolidays,
    WorkingHours,
    evaluate_milestone,
    sla_state,
)

H = timedelta(hours=1)
OFFICE = WorkingHours.office(time(8, 30), time(16, 30))
SONGKRAN_2026 = [date(2026, 4, 13), date(2026, 4, 14), date(2026, 4, 15)]


def bkk(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BANGKOK)


def office_clock(
    holidays: list[date] | None = None, closures: list[date] | None = None
) -> BusinessClock:
    calendar = BusinessCalendar(FixedHolidays(holidays or []), closures=closures or [])
    return BusinessClock(OFFICE, calendar)


MON = date(2026, 3, 2)  # a plain Monday; no holidays are loaded in these tests unless named
TUE, WED, THU, FRI = (MON + timedelta(days=n) for n in range(1, 5))
NEXT_MON = MON + timedelta(days=7)


@pytest.mark.parametrize(
    ("start", "duration", "due"),
    [
        (bkk(MON, 9), 2 * H, bkk(MON, 11)),
        # Used up exactly at closing: due at 16:30, not at the next opening.
        (bkk(MON, 8, 30), 8 * H, bkk(MON, 16, 30)),
        (bkk(MON, 7), 1 * H, bkk(MON, 9, 30)),
        (bkk(FRI, 17), 1 * H, bkk(NEXT_MON, 9, 30)),
        (bkk(FRI, 16), 1 * H, bkk(NEXT_MON, 9)),
        (bkk(date(2026, 3, 7), 12), 1 * H, bkk(NEXT_MON, 9, 30)),  # filed on a Saturday
        (bkk(MON, 9), timedelta(0), bkk(MON, 9)),
    ],
)
def test_add_business_time_in_office_hours(
    start: datetime, duration: timedelta, due: datetime
) -> None:
    result = office_clock().add_business_time(start, duration)
    assert result == due
    assert result.tzinfo is UTC


def test_any_offset_is_accepted_and_utc_comes_out() -> None:
    clock = office_clock()
    in_utc = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 09:00 in Bangkok
    in_minus5 = in_utc.astimezone(timezone(timedelta(hours=-5)))
    assert clock.add_business_time(in_utc, H) == clock.add_business_time(in_minus5, H)
    assert clock.add_business_time(in_minus5, H) == datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def test_business_time_between_is_antisymmetric_and_skips_nights_and_weekends() -> None:
    clock = office_clock()
    assert clock.business_time_between(bkk(MON, 9), bkk(TUE, 9)) == 8 * H
    assert clock.business_time_between(bkk(FRI, 16), bkk(NEXT_MON, 9)) == 1 * H
    assert clock.business_time_between(bkk(NEXT_MON, 9), bkk(FRI, 16)) == -1 * H
    assert clock.business_time_between(
        bkk(date(2026, 3, 7), 9), bkk(date(2026, 3, 8), 20)
    ) == timedelta(0)


def test_negative_duration_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        office_clock().add_business_time(bkk(MON, 9), -H)


def test_24x7_ignores_holidays_and_weekends() -> None:
    calendar = BusinessCalendar(FixedHolidays(SONGKRAN_2026), closures=[date(2026, 4, 16)])
    clock = BusinessClock(WorkingHours.around_the_clock(), calendar)
    friday_3pm = bkk(date(2026, 4, 10), 15)
    # Straight through the weekend and Songkran: 72 h later is Monday 13 Apr 15:00 ICT.
    assert clock.add_business_time(friday_3pm, 72 * H) == datetime(2026, 4, 13, 8, tzinfo=UTC)
    assert clock.add_business_time(friday_3pm, 8 * H) == datetime(2026, 4, 10, 16, tzinfo=UTC)
    assert clock.business_time_between(bkk(date(2026, 4, 11)), bkk(date(2026, 4, 17))) == 6 * 24 * H


def test_admin_closure_shifts_due_by_one_business_day() -> None:
    plain = office_clock()
    closed = office_clock(closures=[TUE])
    start = bkk(MON, 9)
    # 24 business hours = three 8-hour days: Mon 09:00 → Thu 09:00, or Fri 09:00 with Tue closed.
    assert plain.add_business_time(start, 24 * H) == bkk(THU, 9)
    assert closed.add_business_time(start, 24 * H) == bkk(FRI, 9)
    assert closed.add_business_time(start, 24 * H) == plain.add_business_time(
        plain.add_business_time(start, 24 * H), OFFICE.daily
    )
    via_with = BusinessClock(OFFICE, plain.calendar.with_closures([TUE]))
    assert via_with.add_business_time(start, 24 * H) == bkk(FRI, 9)
    # A closure on a Saturday changes nothing: the office was shut anyway.
    assert office_clock(closures=[date(2026, 3, 7)]).add_business_time(start, 24 * H) == bkk(THU, 9)


def test_holiday_and_closure_both_count_as_days_off() -> None:
    clock = office_clock(holidays=[TUE], closures=[WED])
    assert clock.add_business_time(bkk(MON, 9), 24 * H) == bkk(NEXT_MON, 9)


# Mon 09:00 + 16 business hours is Wed 09:00 without pauses.
CREATED = bkk(MON, 9)
TARGET = 16 * H
DUE_UNPAUSED = bkk(WED, 9)


@pytest.mark.parametrize(
    "pauses",
    [
        # Mon 10:00 → Thu 10:00: three whole business days.
        [(bkk(MON, 10), bkk(THU, 10))],
        # Same three days in two pieces, one of them spanning a night.
        [(bkk(MON, 10), bkk(TUE, 10)), (bkk(TUE, 12), bkk(THU, 12))],
        # An overnight pause gives back nothing; Tue 12:00 → Fri 12:00 gives back three days.
        [(bkk(MON, 16, 30), bkk(TUE, 8, 30)), (bkk(TUE, 12), bkk(FRI, 12))],
    ],
)
def test_three_business_days_paused_move_due_by_three_business_days(
    pauses: list[tuple[datetime, datetime | None]],
) -> None:
    clock = office_clock()
    assert clock.due_with_pauses(CREATED, TARGET) == DUE_UNPAUSED
    due = clock.due_with_pauses(CREATED, TARGET, pauses)
    assert due == clock.add_business_time(DUE_UNPAUSED, 3 * OFFICE.daily)
    # Hand computed for the first case: 1 h used Mon 09:00-10:00, 15 h left from Thu 10:00:
    # Thu 6.5 h + Fri 8 h = 14.5 h, then 0.5 h on Monday → Mon 9 Mar 09:00 ICT (02:00Z).
    assert due == datetime(2026, 3, 9, 2, 0, tzinfo=UTC)


def test_pause_across_weekend_counts_only_business_days() -> None:
    clock = office_clock()
    created = bkk(THU, 9)  # due Mon 09:00 unpaused (Thu 7.5 h + Fri 8 h + 0.5 h)
    # Fri 12:00 → Wed 12:00 is 4.5 + 8 + 8 + 3.5 = 24 business hours: three days.
    paused = [(bkk(FRI, 12), bkk(NEXT_MON + timedelta(days=2), 12))]
    assert clock.due_with_pauses(created, TARGET) == bkk(NEXT_MON, 9)
    assert clock.due_with_pauses(created, TARGET, paused) == bkk(NEXT_MON + timedelta(days=3), 9)


def test_duplicate_and_early_pauses_are_not_given_back_twice() -> None:
    clock = office_clock()
    once = [(bkk(MON, 10), bkk(THU, 10))]
    twice = [*once, (bkk(MON, 10), bkk(WED, 10))]
    before_creation = [(bkk(MON, 7), bkk(MON, 9, 30))]  # only 09:00-09:30 counts
    assert clock.due_with_pauses(CREATED, TARGET, twice) == clock.due_with_pauses(
        CREATED, TARGET, once
    )
    assert clock.due_with_pauses(CREATED, TARGET, before_creation) == bkk(WED, 9, 30)


def test_open_pause_has_no_due_instant_but_an_earlier_breach_keeps_it() -> None:
    clock = office_clock()
    assert clock.due_with_pauses(CREATED, TARGET, [(bkk(MON, 10), None)]) is None
    # Target used up Wed 09:00; pausing on Thursday must not hide the breach.
    assert clock.due_with_pauses(CREATED, TARGET, [(bkk(THU, 10), None)]) == DUE_UNPAUSED
    assert clock.business_time_elapsed(CREATED, bkk(FRI, 9), [(bkk(MON, 10), None)]) == H


def test_pause_ending_before_it_starts_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        office_clock().due_with_pauses(CREATED, TARGET, [(bkk(TUE, 10), bkk(MON, 10))])


NAIVE = datetime(2026, 3, 2, 9, 0)
AWARE = bkk(MON, 9)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.add_business_time(NAIVE, H),
        lambda c: c.business_time_between(NAIVE, AWARE),
        lambda c: c.business_time_between(AWARE, NAIVE),
        lambda c: c.due_with_pauses(NAIVE, H),
        lambda c: c.due_with_pauses(AWARE, H, [(NAIVE, None)]),
        lambda c: c.due_with_pauses(AWARE, H, [(AWARE, NAIVE)]),
        lambda c: c.calendar.local_date(NAIVE),
        lambda c: sla_state(c, start=AWARE, due=AWARE + H, now=NAIVE),
        lambda c: sla_state(c, start=NAIVE, due=AWARE + H, now=AWARE),
        lambda c: evaluate_milestone(c, created_at=AWARE, target=H, now=NAIVE),
        lambda c: evaluate_milestone(c, created_at=AWARE, target=H, now=AWARE, met_at=NAIVE),
    ],
)
def test_naive_datetimes_are_rejected(call: Callable[[BusinessClock], object]) -> None:
    with pytest.raises(InvalidValue) as info:
        call(office_clock())
    assert info.value.code == "sla.naive_datetime"


def test_calendar_with_no_working_day_fails_instead_of_looping() -> None:
    everything = [date(2026, 1, 1) + timedelta(days=n) for n in range(366 * 11)]
    with pytest.raises(InvalidValue) as info:
        office_clock(closures=everything).add_business_time(bkk(MON, 9), H)
    assert info.value.code == "sla.no_working_days"


class _CountingCalendar(BusinessCalendar):
    calls = 0

    def is_day_off(self, day: date) -> bool:
        type(self).calls += 1
        return super().is_day_off(day)


def test_cost_is_per_day_not_per_minute() -> None:
    clock = BusinessClock(OFFICE, _CountingCalendar(FixedHolidays()))
    # 1000 business hours = 125 working days ≈ 175 calendar days.
    due = clock.add_business_time(bkk(MON, 9), 1000 * H)
    assert _CountingCalendar.calls <= 180
    assert clock.business_time_between(bkk(MON, 9), due) == 1000 * H


# A few weekday holidays and a closure inside the generated range, to cross them too.
PROPERTY_CLOCK = office_clock(
    holidays=[*SONGKRAN_2026, date(2026, 5, 1), date(2026, 12, 31), date(2027, 1, 1)],
    closures=[date(2026, 6, 2)],
)
ZONES = st.sampled_from([UTC, BANGKOK, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))])
STARTS = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 6, 30), timezones=ZONES
)


@settings(deadline=None)
@given(start=STARTS, duration=st.timedeltas(min_value=timedelta(0), max_value=400 * H))
def test_between_inverts_add(start: datetime, duration: timedelta) -> None:
    due = PROPERTY_CLOCK.add_business_time(start, duration)
    assert due >= start
    assert PROPERTY_CLOCK.business_time_between(start, due) == duration


@settings(deadline=None)
@given(a=STARTS, b=STARTS, c=STARTS)
def test_between_is_additive(a: datetime, b: datetime, c: datetime) -> None:
    between = PROPERTY_CLOCK.business_time_between
    assert between(a, b) + between(b, c) == between(a, c)
