"""The business calendar: days off from a holiday port plus admin closures, in Bangkok time."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import UTC, date, datetime, tzinfo
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from domain.sla.model import invalid

BANGKOK = ZoneInfo("Asia/Bangkok")


@runtime_checkable
class HolidayProvider(Protocol):
    """Source of official days off (weekday holidays and their substitution days)."""

    def days_off(self, first_year: int, last_year: int) -> AbstractSet[date]:
        """All days off in the inclusive range of years; weekends need not be listed."""
        ...


class FixedHolidays:
    """A `HolidayProvider` over a fixed set of dates: for tests and 24×7-only setups."""

    def __init__(self, days: Iterable[date] = ()) -> None:
        self._days = frozenset(days)

    def days_off(self, first_year: int, last_year: int) -> frozenset[date]:
        return frozenset(d for d in self._days if first_year <= d.year <= last_year)


def as_utc(value: datetime, field_name: str = "datetime") -> datetime:
    """The same instant in UTC; naive datetimes are refused because their zone is a guess."""
    if value.utcoffset() is None:
        raise invalid(
            field_name,
            f"{field_name} must be timezone-aware",
            f"{field_name} ต้องระบุเขตเวลา",
            code="sla.naive_datetime",
        )
    return value.astimezone(UTC)


class _YearCache:
    """Provider answers per year, shared by calendars that differ only in closures."""

    def __init__(self, provider: HolidayProvider) -> None:
        self.provider = provider
        self._years: dict[int, frozenset[date]] = {}

    def days_off(self, year: int) -> frozenset[date]:
        days = self._years.get(year)
        if days is None:
            days = frozenset(d for d in self.provider.days_off(year, year) if d.year == year)
            self._years[year] = days
        return days


class BusinessCalendar:
    """Which local dates are days off: official holidays plus cabinet-announced closures.

    Weekends are not the calendar's concern; they come from each policy's `WorkingHours`,
    because a 24×7 class and an office-hours class share one calendar.
    """

    def __init__(
        self,
        provider: HolidayProvider,
        closures: Iterable[date] = (),
        tz: tzinfo = BANGKOK,
    ) -> None:
        self._cache = _YearCache(provider)
        self._closures = frozenset(closures)
        self._tz = tz

    @property
    def tz(self) -> tzinfo:
        return self._tz

    @property
    def closures(self) -> frozenset[date]:
        return self._closures

    def with_closures(self, closures: Iterable[date]) -> BusinessCalendar:
        """A calendar with these extra closure days, reusing the holidays already loaded."""
        other = BusinessCalendar.__new__(BusinessCalendar)
        other._cache = self._cache
        other._closures = self._closures | frozenset(closures)
        other._tz = self._tz
        return other

    def is_day_off(self, day: date) -> bool:
        return day in self._closures or day in self._cache.days_off(day.year)

    def days_off_in(self, year: int) -> frozenset[date]:
        """Every day off in `year` (what `is_day_off` answers day by day), for arithmetic
        that counts days off in a stretch instead of asking about each day."""
        return self._cache.days_off(year) | {d for d in self._closures if d.year == year}

    def local_date(self, instant: datetime) -> date:
        return as_utc(instant).astimezone(self._tz).date()
