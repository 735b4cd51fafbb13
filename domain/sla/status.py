"""SLA state of one milestone (first response or resolution) at a given instant."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.sla.calendar import as_utc
from domain.sla.clock import BusinessClock, merge_pauses
from domain.sla.model import Pause, SlaState, invalid, validate_due_soon_share


@dataclass(frozen=True)
class SlaStatus:
    """Where a milestone stands.

    `time_left` is wall-clock time to the due instant (from `met_at` once met), negative
    when overdue, None while paused. `business_time_left` is the same in business time;
    it is what "due soon" is judged on, and it stays 0 over a weekend right after a breach,
    which is why breach itself is judged on the instant, not on this value.
    """

    state: SlaState
    due_at: datetime | None
    time_left: timedelta | None
    business_time_left: timedelta


def milestone_state(
    *,
    due_at: datetime | None,
    now: datetime,
    met_at: datetime | None = None,
    due_soon: bool = False,
) -> SlaState:
    """The one rule for where a milestone stands, whoever asks: the single read (live
    calendar), list items, the change feed and exports (stored due times); the statistics'
    SQL counts by the same rule (met on time / breached / pending).

    Met: `met` when met at or before the due instant (or with no due instant), else
    `breached` - for good, whatever the clock says now. Not met: `paused` without a due
    instant, `breached` once past it, else `due_soon` or `on_track` as the caller judged.
    """
    if met_at is not None:
        return SlaState.MET if due_at is None or met_at <= due_at else SlaState.BREACHED
    if due_at is None:
        return SlaState.PAUSED
    if now > due_at:
        return SlaState.BREACHED
    return SlaState.DUE_SOON if due_soon else SlaState.ON_TRACK


def sla_state(
    clock: BusinessClock,
    *,
    start: datetime,
    due: datetime,
    now: datetime,
    met_at: datetime | None = None,
    due_soon_share: float = 0.25,
    total: timedelta | None = None,
) -> SlaStatus:
    """State from a known due instant.

    `total` is the full business-time budget; it defaults to the business time from
    `start` to `due`, which is right only when the clock never paused, so callers with
    pauses pass the target (or use `evaluate_milestone`). Being met exactly at the due
    instant counts as on time; not being met, the milestone is breached only after it.
    """
    validate_due_soon_share(due_soon_share)
    start, due, now = as_utc(start, "start"), as_utc(due, "due"), as_utc(now, "now")
    if due < start:
        raise invalid("due", "Due instant is before the start", "กำหนดเสร็จอยู่ก่อนเวลาเริ่ม")
    budget = clock.business_time_between(start, due) if total is None else total
    if met_at is not None:
        met = as_utc(met_at, "met_at")
        return SlaStatus(
            state=milestone_state(due_at=due, now=now, met_at=met),
            due_at=due,
            time_left=due - met,
            business_time_left=clock.business_time_between(met, due),
        )
    left = clock.business_time_between(now, due)
    state = milestone_state(due_at=due, now=now, due_soon=left < budget * due_soon_share)
    return SlaStatus(state=state, due_at=due, time_left=due - now, business_time_left=left)


def evaluate_milestone(
    clock: BusinessClock,
    *,
    created_at: datetime,
    target: timedelta,
    now: datetime,
    pauses: Iterable[Pause] = (),
    met_at: datetime | None = None,
    due_soon_share: float = 0.25,
) -> SlaStatus:
    """State of a milestone from the case's history: creation, pauses, and when it was met.

    Once met, the clock stopped at `met_at`, so pauses still open then are closed there
    and later ones are ignored. While a pause is open (and the target was not already
    used up before it) the state is PAUSED with no due instant.
    """
    validate_due_soon_share(due_soon_share)
    created = as_utc(created_at, "created_at")
    spans = merge_pauses(pauses, since=created)
    if met_at is not None:
        met = as_utc(met_at, "met_at")
        spans = [(s, met if e is None or e > met else e) for s, e in spans if s < met]
    due = clock.due_with_pauses(created, target, spans)
    if due is None:
        elapsed = clock.business_time_elapsed(created, now, spans)
        return SlaStatus(
            state=milestone_state(due_at=None, now=now),
            due_at=None,
            time_left=None,
            business_time_left=target - elapsed,
        )
    return sla_state(
        clock,
        start=created,
        due=due,
        now=now,
        met_at=met_at,
        due_soon_share=due_soon_share,
        total=target,
    )
