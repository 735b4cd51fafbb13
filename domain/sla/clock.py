"""The SLA clock: business-time arithmetic over working hours, the calendar, and pauses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from domain.sla.calendar import BusinessCalendar, as_utc
from domain.sla.model import Pause, WorkingHours, invalid

_ZERO = timedelta(0)
_ONE_DAY = timedelta(days=1)
# Ten years without a single working day can only be a misconfiguration (e.g. closures
# covering everything); failing beats looping forever.
_MAX_IDLE_DAYS = 3660


@dataclass(frozen=True)
class BusinessClock:
    """Adds and measures business time for one set of working hours on one calendar.

    Every input must be timezone-aware (any offset); every output is in UTC. Work is
    proportional to the number of calendar days spanned, never to minutes.
    In 24×7 mode business time is elapsed time, so the calendar is ignored.
    """

    working_hours: WorkingHours
    calendar: BusinessCalendar

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
        for opens, closes in self._windows(self.calendar.local_date(start)):
            if closes <= start:
                continue
            begin = max(opens, start)
            available = closes - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise AssertionError("unreachable: _windows is endless or raises")  # pragma: no cover

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Business time from `a` to `b`; negative when `b` is before `a`."""
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

    def _windows(
        self, first_day: date, until: date | None = None
    ) -> Iterator[tuple[datetime, datetime]]:
        """Each working day's (opens, closes) in UTC from `first_day` on, in order."""
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
                    raise invalid(
                        "calendar",
                        "No working day found in ten years; check closures and working hours",
                        "ไม่พบวันทำการในสิบปี ตรวจสอบวันหยุดและเวลาทำการ",
                        code="sla.no_working_days",
                    )
            day += _ONE_DAY


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
