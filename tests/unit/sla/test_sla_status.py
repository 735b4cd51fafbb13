"""SLA states over time: on_track → due_soon → breached, met on time or late, paused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from domain.errors import InvalidValue
from domain.sla import (
    BANGKOK,
    BusinessCalendar,
    BusinessClock,
    FixedHolidays,
    SlaState,
    WorkingHours,
    evaluate_milestone,
    milestone_state,
    sla_state,
)

H = timedelta(hours=1)
US = timedelta(microseconds=1)
CLOCK = BusinessClock(
    WorkingHours.office(time(8, 30), time(16, 30)), BusinessCalendar(FixedHolidays())
)
MON = date(2026, 3, 2)
TUE, WED, THU, FRI, SAT = (MON + timedelta(days=n) for n in range(1, 6))


def bkk(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BANGKOK)


# Created Mon 08:30 with 8 business hours: due Mon 16:30. With due_soon_share 0.25 the
# milestone is due soon once less than 2 business hours are left, i.e. after 14:30.
CREATED = bkk(MON, 8, 30)
TARGET = 8 * H
DUE = bkk(MON, 16, 30)


def test_state_values_are_the_api_strings() -> None:
    assert [s.value for s in SlaState] == ["on_track", "due_soon", "breached", "met", "paused"]


@pytest.mark.parametrize(
    ("now", "state", "business_left", "wall_left"),
    [
        (CREATED, SlaState.ON_TRACK, 8 * H, 8 * H),
        (bkk(MON, 14, 30), SlaState.ON_TRACK, 2 * H, 2 * H),  # exactly 25 % left: not yet
        (bkk(MON, 14, 30) + US, SlaState.DUE_SOON, 2 * H - US, 2 * H - US),
        (DUE, SlaState.DUE_SOON, timedelta(0), timedelta(0)),  # due at 16:30, not late yet
        (DUE + US, SlaState.BREACHED, timedelta(0), -US),
        (bkk(TUE, 9), SlaState.BREACHED, -0.5 * H, -16.5 * H),
        # Overdue business time stops growing over the weekend; the state stays breached.
        (bkk(SAT, 12), SlaState.BREACHED, -32 * H, -(4 * 24 + 19.5) * H),
    ],
)
def test_transitions_at_the_right_instants(
    now: datetime, state: SlaState, business_left: timedelta, wall_left: timedelta
) -> None:
    status = sla_state(CLOCK, start=CREATED, due=DUE, now=now, due_soon_share=0.25)
    assert (status.state, status.business_time_left, status.time_left) == (
        state,
        business_left,
        wall_left,
    )
    assert status.due_at == DUE
    assert evaluate_milestone(CLOCK, created_at=CREATED, target=TARGET, now=now) == status


def test_nights_do_not_eat_into_the_budget() -> None:
    created = bkk(MON, 15, 30)  # due Tue 15:30
    status = evaluate_milestone(CLOCK, created_at=created, target=TARGET, now=bkk(MON, 23))
    assert status.state is SlaState.ON_TRACK
    assert status.due_at == bkk(TUE, 15, 30)
    assert status.business_time_left == 7 * H


@pytest.mark.parametrize(
    ("met_at", "state", "margin"),
    [
        (bkk(MON, 16), SlaState.MET, 0.5 * H),
        (DUE, SlaState.MET, timedelta(0)),
        (DUE + timedelta(minutes=1), SlaState.BREACHED, -timedelta(minutes=1)),
    ],
)
def test_met_on_time_is_met_and_met_late_stays_breached(
    met_at: datetime, state: SlaState, margin: timedelta
) -> None:
    for now in (met_at, bkk(FRI, 12)):
        status = evaluate_milestone(
            CLOCK, created_at=CREATED, target=TARGET, now=now, met_at=met_at
        )
        assert (status.state, status.time_left, status.due_at) == (state, margin, DUE)


def test_open_pause_is_paused_with_the_budget_frozen() -> None:
    pauses = [(bkk(MON, 10), None)]
    status = evaluate_milestone(
        CLOCK, created_at=CREATED, target=TARGET, now=bkk(WED), pauses=pauses
    )
    assert status.state is SlaState.PAUSED
    assert (status.due_at, status.time_left) == (None, None)
    assert status.business_time_left == 6.5 * H  # 1.5 h ran before the pause


def test_closed_pause_judges_due_soon_on_the_target_not_the_stretched_span() -> None:
    # 1.5 h ran, paused Mon 10:00 → Wed 10:00, 6.5 h left from Wed 10:00: due Wed 16:30.
    pauses = [(bkk(MON, 10), bkk(WED, 10))]
    at_11 = evaluate_milestone(
        CLOCK, created_at=CREATED, target=TARGET, now=bkk(WED, 11), pauses=pauses
    )
    assert (at_11.state, at_11.due_at, at_11.business_time_left) == (
        SlaState.ON_TRACK,
        bkk(WED, 16, 30),
        5.5 * H,
    )
    at_15 = evaluate_milestone(
        CLOCK, created_at=CREATED, target=TARGET, now=bkk(WED, 15), pauses=pauses
    )
    assert at_15.state is SlaState.DUE_SOON


def test_met_while_paused_closes_the_pause_at_met_at() -> None:
    status = evaluate_milestone(
        CLOCK,
        created_at=CREATED,
        target=TARGET,
        now=bkk(THU, 9),
        pauses=[(bkk(MON, 10), None)],
        met_at=bkk(TUE, 9),
    )
    assert status.state is SlaState.MET
    assert status.due_at == bkk(TUE, 15, 30)  # 6.5 h left from Tue 09:00


def test_pausing_after_the_breach_does_not_hide_it() -> None:
    status = evaluate_milestone(
        CLOCK, created_at=CREATED, target=TARGET, now=bkk(TUE, 11), pauses=[(bkk(TUE, 10), None)]
    )
    assert (status.state, status.due_at) == (SlaState.BREACHED, DUE)


@pytest.mark.parametrize("share", [-0.01, 1.01])
def test_due_soon_share_is_a_fraction(share: float) -> None:
    with pytest.raises(InvalidValue):
        sla_state(CLOCK, start=CREATED, due=DUE, now=CREATED, due_soon_share=share)


def test_due_before_start_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        sla_state(CLOCK, start=DUE, due=CREATED, now=CREATED)


@pytest.mark.parametrize(
    ("met_at", "due_soon", "now_offset", "expected"),
    [
        (-H, False, 48 * H, SlaState.MET),  # met before due stays met long after
        (timedelta(0), False, 48 * H, SlaState.MET),  # met exactly at the due instant
        (H, False, -2 * H, SlaState.BREACHED),  # met late stays breached
        (None, False, H, SlaState.BREACHED),
        (None, True, -H, SlaState.DUE_SOON),
        (None, False, -H, SlaState.ON_TRACK),
        (None, False, timedelta(0), SlaState.ON_TRACK),  # breached only after the instant
    ],
)
def test_milestone_state_is_the_one_rule(
    met_at: timedelta | None, due_soon: bool, now_offset: timedelta, expected: SlaState
) -> None:
    due = bkk(MON, 12)
    met = None if met_at is None else due + met_at
    assert milestone_state(due_at=due, now=due + now_offset, met_at=met, due_soon=due_soon) is (
        expected
    )
    # Without a due instant: paused, or met when it was met anyway.
    assert milestone_state(due_at=None, now=due, met_at=met) is (
        SlaState.PAUSED if met is None else SlaState.MET
    )
