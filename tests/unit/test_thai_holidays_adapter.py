"""The Thai holiday adapter: which entries of the `holidays` TH data are days off."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import holidays
import pytest
from holidays.constants import ARMED_FORCES, SCHOOL, WORKDAY

from domain.sla import BANGKOK, BusinessCalendar, BusinessClock, HolidayProvider, WorkingHours
from infra.calendar import ThaiHolidayProvider

PROVIDER = ThaiHolidayProvider()
DAYS_OFF_2026 = PROVIDER.days_off(2026, 2026)


def _category(category: str, year: int) -> dict[date, str]:
    th = holidays.country_holidays("TH", years=year, categories=(category,), language="th")
    return dict(th.items())


def test_is_a_holiday_provider() -> None:
    assert isinstance(PROVIDER, HolidayProvider)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 4, 13),  # Songkran
        date(2026, 4, 6),  # Chakri Memorial Day
        date(2026, 1, 2),  # cabinet bridge holiday carried by the package
        date(2026, 6, 1),  # Visakha Bucha (in lieu), since 31 May is a Sunday
        date(2026, 12, 7),  # in lieu of 5 Dec (a Saturday carrying three names)
        date(2026, 5, 13),  # Royal Ploughing Ceremony: GOVERNMENT category, off for civil servants
    ],
)
def test_public_and_government_days_off_are_included(day: date) -> None:
    assert day in DAYS_OFF_2026


def test_national_science_day_is_an_observance_and_a_working_day() -> None:
    science_day = date(2026, 8, 18)  # Tuesday
    # The package lists it, but only under WORKDAY ("วันสำคัญ": observed, not a day off).
    assert _category(WORKDAY, 2026)[science_day] == "วันวิทยาศาสตร์แห่งชาติ"
    assert science_day not in DAYS_OFF_2026

    hours = WorkingHours.office(time(8, 30), time(16, 30))
    clock = BusinessClock(hours, BusinessCalendar(PROVIDER))
    morning = datetime.combine(science_day, time(0), BANGKOK)
    assert clock.business_time_between(morning, morning + timedelta(days=1)) == hours.daily


@pytest.mark.parametrize(
    ("category", "day", "name"),
    [
        (WORKDAY, date(2026, 9, 28), "วันพระราชทานธงชาติไทย"),  # Thai National Flag Day, Mon
        (SCHOOL, date(2026, 1, 16), "วันครู"),  # Teacher's Day: Ministry of Education only
        (ARMED_FORCES, date(2027, 1, 18), "วันกองทัพไทย"),  # Armed Forces Day: military only
    ],
)
def test_sector_only_days_and_observances_are_working_days(
    category: str, day: date, name: str
) -> None:
    assert day.weekday() < 5
    assert _category(category, day.year)[day] == name
    assert day not in PROVIDER.days_off(day.year, day.year)


def test_labour_day_is_not_a_day_off_for_government_offices_unless_configured() -> None:
    assert date(2026, 5, 1) not in DAYS_OFF_2026  # Friday
    # 1 May 2027 is a Saturday; its in-lieu Monday goes too, but 4 May (Coronation) stays.
    days_2027 = PROVIDER.days_off(2027, 2027)
    assert date(2027, 5, 3) not in days_2027
    assert date(2027, 5, 4) in days_2027

    private = ThaiHolidayProvider(labour_day_is_day_off=True)
    assert {date(2026, 5, 1), date(2027, 5, 3)} <= private.days_off(2026, 2027)


def test_year_ranges_are_inclusive() -> None:
    both = PROVIDER.days_off(2026, 2027)
    assert both == DAYS_OFF_2026 | PROVIDER.days_off(2027, 2027)
    assert {d.year for d in both} == {2026, 2027}
