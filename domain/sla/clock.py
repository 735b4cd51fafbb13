"""The SLA clock: business-time arithmetic over working hours, the calendar, and pauses."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from domain.errors import InvalidValue
from domain.sla.calendar import BusinessCalendar, as_utc
from domain.sla.model import Pause, WorkingHours, invalid

_ZERO = timedelta(0)
# Ten years without a single working day can only be a misconfiguration (e.g. closures
# covering everything); failing beats looping forever.
_MAX_IDLE_DAYS = 3660


@dataclass(frozen=True)
class BusinessClock:
    """Adds and measures business time for one set of working hours on one calendar.

    Every input must be timezone-aware (any offset); every output is in UTC. Nothing walks
    day by day: a stretch of whole days counts its working days in closed form (whole weeks
    times the working weekdays) less the days off that fall on working weekdays (a bisect
    in each year's sorted list, built once per clock and year), so the cost does not grow
    with the span. The calendar's zone must keep one UTC offset (Bangkok has since 1920).
    In 24×7 mode business time is elapsed time, so the calendar is ignored.
    """

    working_hours: WorkingHours
    calendar: BusinessCalendar
    _off: dict[int, list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The instant at which `duration` of business time has elapsed since `start`.

        A due instant that exhausts a day exactly is that day's closing time, not the
        next opening, so "8 hours from 08:30" is 16:30 the same day.
        """
        start = as_utc(start, "start")
        if duration < _ZERO:
            raise invalid(
                "duration", "Business time to add must not be negative", "ระยะเวลาต้องไม่ติดลบ"
            )
        if duration == _ZERO or self.working_hours.always_open:
            return start + duration
        remaining = duration
        first = self.calendar.local_date(start).toordinal()
        if self._is_working(first):
            opens, closes = self._window(first)
            if start < closes:
                begin = max(opens, start)
                if remaining <= closes - begin:
                    return begin + remaining
                remaining -= closes - begin
        daily = self.working_hours.daily
        # The m-th working day after the first takes what is left: m - 1 whole days, then
        # the rest (a whole day when it divides exactly: the due instant is then a closing).
        whole, rest = divmod(remaining, daily)
        m = whole if rest == _ZERO else whole + 1
        day = self._nth_working_day_after(first, m)
        return self._window(day)[0] + (remaining - (m - 1) * daily)

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Business time from `a` to `b`; negative when `b` is before `a`."""
        a, b = as_utc(a, "a"), as_utc(b, "b")
        if b < a:
            return -self.business_time_between(b, a)
        if self.working_hours.always_open:
            return b - a
        first = self.calendar.local_date(a).toordinal()
        last = self.calendar.local_date(b).toordinal()
        self._check_idle(first, last)
        total = _ZERO
        for day in (first, last) if last > first else (first,):
            if self._is_working(day):
                opens, closes = self._window(day)
                lo, hi = max(opens, a), min(closes, b)
                if hi > lo:
                    total += hi - lo
        if last - first > 1:
            total += self.working_hours.daily * self._working_days(first + 1, last - 1)
        return total

    def due_with_pauses(
        self, created_at: datetime, target: timedelta, pauses: Iterable[Pause] = ()
    ) -> datetime | None:
        """The due instant once time spent paused is given back.

        Returns None while a pause is still open, because the deadline then depends on
        when the complainant answers; but a target already used up before that pause
        began keeps its (past) due instant, so a breach is never hidden by pausing.
        """
        created = as_utc(created_at, "created_at")
        if target <= _ZERO:
            raise invalid("target", "SLA targets must be positive", "เป้าหมาย SLA ต้องมากกว่าศูนย์")
        remaining = target
        cursor = created
        for pause_start, pause_end in merge_pauses(pauses, since=created):
            if pause_start > cursor:
                run = self.business_time_between(cursor, pause_start)
                if run >= remaining:
                    return self.add_business_time(cursor, remaining)
                remaining -= run
            if pause_end is None:
                return None
            cursor = max(cursor, pause_end)
        return self.add_business_time(cursor, remaining)

    def business_time_elapsed(
        self, created_at: datetime, until: datetime, pauses: Iterable[Pause] = ()
    ) -> timedelta:
        """Business time the clock actually ran from `created_at` to `until` (pauses excluded)."""
        created, end = as_utc(created_at, "created_at"), as_utc(until, "until")
        if end <= created:
            return _ZERO
        total = self.business_time_between(created, end)
        for pause_start, pause_end in merge_pauses(pauses, since=created):
            if pause_start >= end:
                break
            stop = end if pause_end is None else min(pause_end, end)
            total -= self.business_time_between(pause_start, stop)
        return total

    # --- whole days, in closed form ----------------------------------------------------------

    def _window(self, day: int) -> tuple[datetime, datetime]:
        """The working day's (opens, closes) in UTC; `day` is a date ordinal."""
        local, tz = date.fromordinal(day), self.calendar.tz
        return (
            datetime.combine(local, self.working_hours.start, tz).astimezone(UTC),
            datetime.combine(local, self.working_hours.end, tz).astimezone(UTC),
        )

    def _is_working(self, day: int) -> bool:
        return _weekday(day) in self.working_hours.weekdays and not self.calendar.is_day_off(
            date.fromordinal(day)
        )

    def _off_in(self, year: int) -> list[int]:
        """Sorted ordinals of the year's days off that fall on working weekdays."""
        found = self._off.get(year)
        if found is None:
            weekdays = self.working_hours.weekdays
            found = sorted(
                d.toordinal() for d in self.calendar.days_off_in(year) if d.weekday() in weekdays
            )
            self._off[year] = found
        return found

    def _off_days(self, first: int, last: int) -> int:
        """How many days off fall on working weekdays from `first` to `last` (inclusive)."""
        if last < first:
            return 0
        count = 0
        for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 1):
            days = self._off_in(year)
            count += bisect_right(days, last) - bisect_left(days, first)
        return count

    def _weekdays_upto(self, day: int) -> int:
        """How many working weekdays (holidays ignored) from ordinal 1 to `day`."""
        weeks, rest = divmod(day, 7)
        return weeks * len(self.working_hours.weekdays) + _prefix(self.working_hours.weekdays, rest)

    def _working_days(self, first: int, last: int) -> int:
        if last < first:
            return 0
        weekdays = self._weekdays_upto(last) - self._weekdays_upto(first - 1)
        return weekdays - self._off_days(first, last)

    def _nth_weekday_after(self, day: int, n: int) -> int:
        """The n-th working weekday (holidays ignored) after ordinal `day`, n >= 1."""
        wanted = self._weekdays_upto(day) + n
        order = sorted(self.working_hours.weekdays)
        weeks, index = divmod(wanted - 1, len(order))
        return 7 * weeks + order[index] + 1

    def _nth_working_day_after(self, day: int, n: int) -> int:
        """The n-th working day after ordinal `day`: the n-th working weekday, pushed on by
        the days off it passed, until it passes no more (a few rounds: holidays cluster)."""
        candidate, checked = day, day
        while n > 0:
            nxt = self._nth_weekday_after(candidate, n)
            n = self._off_days(candidate + 1, nxt)
            candidate = nxt
            if candidate - checked > _MAX_IDLE_DAYS:
                self._check_idle(checked, candidate)
                checked = candidate - _MAX_IDLE_DAYS
        return candidate

    def _check_idle(self, first: int, last: int) -> None:
        """Refuse a stretch holding more than ten years without a working day, as the old
        day-by-day walk did (only a misconfiguration, e.g. closures covering everything,
        makes one). Each step jumps past the last working day of a ten-year window."""
        start = first
        while last - start >= _MAX_IDLE_DAYS:
            end = start + _MAX_IDLE_DAYS
            if self._working_days(start, end) == 0:
                raise _no_working_days()
            start = self._last_working_day_in(start, end) + 1

    def _last_working_day_in(self, first: int, last: int) -> int:
        """The last working day from `first` to `last` (the caller knows there is one)."""
        lo, hi = first, last
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._working_days(mid, last) > 0:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _weekday(day: int) -> int:
    """`date.weekday()` of a date ordinal (ordinal 1, 1 January of year 1, was a Monday)."""
    return (day - 1) % 7


def _prefix(weekdays: frozenset[int], rest: int) -> int:
    """Working weekdays among ordinals 7k+1 .. 7k+rest, which are weekdays 0 .. rest-1."""
    return sum(1 for w in weekdays if w < rest)


def _no_working_days() -> InvalidValue:
    return invalid(
        "calendar",
        "No working day found in ten years; check closures and working hours",
        "ไม่พบวันทำการในสิบปี ตรวจสอบวันหยุดและเวลาทำการ",
        code="sla.no_working_days",
    )


def merge_pauses(pauses: Iterable[Pause], *, since: datetime) -> list[Pause]:
    """Pauses in UTC, clipped to start no earlier than `since`, sorted, overlaps merged.

    Merging matters because a pause recorded twice must not give the time back twice.
    """
    spans: list[Pause] = []
    for raw_start, raw_end in pauses:
        start = as_utc(raw_start, "pause.start")
        end = None if raw_end is None else as_utc(raw_end, "pause.end")
        if end is not None and end < start:
            raise invalid(
                "pause.end", "A pause cannot end before it starts", "ช่วงพักต้องไม่สิ้นสุดก่อนเริ่ม"
            )
        if end is not None and end <= since:
            continue
        spans.append((max(start, since), end))
    spans.sort(key=lambda span: span[0])
    merged: list[Pause] = []
    for start, end in spans:
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None:
                break
            if start <= last_end:
                merged[-1] = (last_start, None if end is None else max(last_end, end))
                continue
        merged.append((start, end))
    return merged
