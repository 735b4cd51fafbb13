"""The SLA clock as it was before issue 22: business time found by walking working day after
working day. Kept as the oracle the closed-form arithmetic in `domain/sla/clock.py` is
checked against (tests/unit/sla/test_sla_arithmetic.py); never used by the app."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from domain.sla.calendar import BusinessCalendar, as_utc
from domain.sla.model import WorkingHours, invalid

_ZERO = timedelta(0)
_ONE_DAY = timedelta(days=1)
_MAX_IDLE_DAYS = 3660


@dataclass(frozen=True)
class WalkingClock:
    working_hours: WorkingHours
    calendar: BusinessCalendar

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        start = as_utc(start, "start")
        if duration < _ZERO:
            raise invalid("duration", "negative", "ติดลบ")
        if duration == _ZERO or self.working_hours.always_open:
            return start + duration
        remaining = duration
        for opens, closes in self._windows(self.calendar.local_date(start)):
            if closes <= start:
                continue
            begin = max(opens, start)
            available = closes - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise AssertionError("unreachable")  # pragma: no cover

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        a, b = as_utc(a, "a"), as_utc(b, "b")
        if b < a:
            return -self.business_time_between(b, a)
        if self.working_hours.always_open:
            return b - a
        total = _ZERO
        last_day = self.calendar.local_date(b)
        for opens, closes in self._windows(self.calendar.local_date(a), until=last_day):
            lo, hi = max(opens, a), min(closes, b)
            if hi > lo:
                total += hi - lo
        return total

    def _windows(
        self, first_day: date, until: date | None = None
    ) -> Iterator[tuple[datetime, datetime]]:
        hours, calendar = self.working_hours, self.calendar
        day, idle = first_day, 0
        while until is None or day <= until:
            if day.weekday() in hours.weekdays and not calendar.is_day_off(day):
                idle = 0
                yield (
                    datetime.combine(day, hours.start, calendar.tz).astimezone(UTC),
                    datetime.combine(day, hours.end, calendar.tz).astimezone(UTC),
                )
            else:
                idle += 1
                if idle > _MAX_IDLE_DAYS:
                    raise invalid("calendar", "none", "ไม่มี", code="sla.no_working_days")
            day += _ONE_DAY
