"""The Songkran case: a fast-track case filed just before Songkran 2026 on real Thai data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import holidays
from holidays.constants import PUBLIC

from domain.sla import (
    BANGKOK,
    BusinessCalendar,
    BusinessClock,
    SlaPolicy,
    SlaTarget,
    Urgency,
    WorkingHours,
)
from infra.calendar import ThaiHolidayProvider

H = timedelta(hours=1)
SONGKRAN = "วันสงกรานต์"  # the package's Thai name, also inside "ชดเชยวันสงกรานต์" (in lieu)


def songkran_days(year: int) -> list[date]:
    th = holidays.country_holidays("TH", years=year, categories=(PUBLIC,), language="th")
    return sorted(d for d in th if any(SONGKRAN in name for name in th.get_list(d)))


def test_fast_track_case_filed_before_songkran_is_due_after_it() -> None:
    songkran = songkran_days(2026)
    # 13-15 April 2026 is Monday to Wednesday, so no substitution day is added.
    assert songkran == [date(2026, 4, 13), date(2026, 4, 14), date(2026, 4, 15)]

    hours = WorkingHours.office(time(8, 30), time(16, 30))
    calendar = BusinessCalendar(ThaiHolidayProvider())
    policy = SlaPolicy(
        sla_class="standard",
        working_hours=hours,
        targets={u: SlaTarget(first_response=16 * H, resolution=120 * H) for u in Urgency},
        fast_track_targets={u: SlaTarget(first_response=8 * H, resolution=40 * H) for u in Urgency},
    )
    target = policy.target_for(Urgency.NORMAL, fast_track=True).first_response
    assert target == 8 * H

    day_before = songkran[0] - timedelta(days=1)
    while day_before.weekday() not in hours.weekdays or calendar.is_day_off(day_before):
        day_before -= timedelta(days=1)
    assert day_before == date(2026, 4, 10)  # Friday; Sat 11 and Sun 12 are the weekend

    filed = datetime.combine(day_before, time(15, 0), BANGKOK)
    due = BusinessClock(hours, calendar).add_business_time(filed, target)

    # By hand: Fri 10 Apr 15:00-16:30 uses 1.5 h; Sat 11, Sun 12 are the weekend and
    # Mon 13-Wed 15 are Songkran; the other 6.5 h run from Thu 16 Apr 08:30 to 15:00
    # ICT (UTC+7), which is 08:00 UTC.
    assert due == datetime(2026, 4, 16, 8, 0, tzinfo=UTC)
    assert due.astimezone(BANGKOK) == datetime(2026, 4, 16, 15, 0, tzinfo=BANGKOK)
