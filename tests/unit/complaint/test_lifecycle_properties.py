"""Property tests: no sequence of actions, legal or not, leads the lifecycle into a bad state."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from hypothesis import event, given, settings
from hypothesis import strategies as st

from domain.complaint import (
    ComplaintAction,
    ComplaintStatus,
    IllegalTransition,
    LifecycleCommand,
    LifecycleEvent,
    LifecycleEventKind,
    LifecycleState,
    ReopenWindowExpired,
    allowed_actions,
    apply_action,
)
from domain.errors import InvalidValue

S = ComplaintStatus
A = ComplaintAction
START = datetime(2025, 1, 1, tzinfo=UTC)
CASE_ID = "case-1"
LIFECYCLE_FIELDS = {f.name for f in dataclasses.fields(LifecycleCommand)}

# Small pools make collisions (self-merge, same-agency transfer, blanks) likely.
texts = st.sampled_from([None, "", "  ", "x", " reason ", CASE_ID, "case-2", "case-3", "y"])
agencies = st.sampled_from([None, "", "agency-a", "agency-b", "agency-c", "agency-d"])
ENDINGS = {ComplaintAction.REJECT, ComplaintAction.WITHDRAW, ComplaintAction.MERGE}


def command_for(action: ComplaintAction) -> st.SearchStrategy[LifecycleCommand]:
    return st.builds(
        LifecycleCommand,
        action=st.just(action),
        reason=texts,
        referred_to=texts,
        target_case_id=texts,
        agency_id=agencies,
        resolution=texts,
    )


advances = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=20))
windows = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30))


def check_invariants(state: LifecycleState, now: datetime) -> None:
    status = state.status
    assert isinstance(status, ComplaintStatus)
    assert state.case_id == CASE_ID
    assert state.is_open == (
        status in {S.RECEIVED, S.TRIAGED, S.ASSIGNED, S.IN_PROGRESS, S.AWAITING_COMPLAINANT}
    )
    terminal = status in {S.CLOSED, S.REJECTED, S.WITHDRAWN, S.MERGED}
    assert (state.closed_at is not None) == terminal
    if terminal:
        assert allowed_actions(status) == frozenset()
    else:
        assert allowed_actions(status)
    if status is S.RESOLVED or (status is S.CLOSED and state.resolution is not None):
        assert state.resolved_at is not None
        assert state.resolution
    if state.is_open:
        assert state.resolved_at is None
        assert state.resolution is None
    assert (state.merged_into is not None) == (status is S.MERGED)
    if state.merged_into is not None:
        assert state.merged_into.strip() == state.merged_into != CASE_ID
        assert state.merged_into
    assert (state.rejection_reason is not None) == (status is S.REJECTED)
    assert (state.referred_to is not None) == (status is S.REJECTED)
    if status is S.REJECTED:
        assert state.rejection_reason and state.referred_to
    assert (state.withdrawal_reason is not None) == (status is S.WITHDRAWN)
    assert (state.sla_paused_at is not None) == (status is S.AWAITING_COMPLAINANT)
    if status in {S.ASSIGNED, S.IN_PROGRESS, S.AWAITING_COMPLAINANT, S.RESOLVED}:
        assert state.agency_id
    assert state.transfer_count >= 0
    assert state.reopen_count >= 0
    for stamp in (state.resolved_at, state.closed_at, state.sla_paused_at):
        assert stamp is None or START <= stamp <= now
    if state.resolved_at is not None and state.closed_at is not None:
        assert state.resolved_at <= state.closed_at


@settings(max_examples=300)
@given(st.data(), windows)
def test_random_action_sequences_keep_the_invariants(
    data: st.DataObject, window: timedelta
) -> None:
    state = LifecycleState(case_id=CASE_ID)
    now = START
    transfers = 0
    paused = False
    for _ in range(data.draw(st.integers(1, 30), label="length")):
        # Mostly pick a permitted action, rarely an early ending, so deep states are reached.
        permitted = sorted(allowed_actions(state.status))
        onward = [a for a in permitted if a not in ENDINGS]
        kind = data.draw(st.sampled_from(["onward"] * 10 + ["permitted"] * 3 + ["any"]))
        pool = {"onward": onward, "permitted": permitted}.get(kind) or list(A)
        command = data.draw(st.sampled_from(pool).flatmap(command_for), label="command")
        advance = data.draw(advances, label="advance")
        now += advance
        before = state
        try:
            state, events = apply_action(state, command, now, window)
        except IllegalTransition as error:
            assert command.action not in allowed_actions(before.status)
            assert error.extra["allowed_actions"] == sorted(
                a.value for a in allowed_actions(before.status)
            )
        except ReopenWindowExpired:
            assert command.action is ComplaintAction.REOPEN
            assert before.resolved_at is not None
            assert now - before.resolved_at > window
        except InvalidValue as error:
            assert command.action in allowed_actions(before.status)
            assert error.errors
            # The domain names the command's fields; the API says they came in the body.
            assert all(e.loc[0] in LIFECYCLE_FIELDS for e in error.errors)
        else:
            assert command.action in allowed_actions(before.status)
            check_events(before, state, events, command, now)
            if command.action is ComplaintAction.TRANSFER:
                transfers += 1
            paused = check_pause_balance(paused, events)
        check_invariants(state, now)
        assert state.transfer_count == transfers
        event(f"reached {state.status.value}")


def check_events(
    before: LifecycleState,
    after: LifecycleState,
    events: list[LifecycleEvent],
    command: LifecycleCommand,
    now: datetime,
) -> None:
    first = events[0]
    assert first.kind is LifecycleEventKind.TRANSITIONED
    assert (first.from_status, first.to_status) == (before.status, after.status)
    assert first.action is command.action
    assert all(e.occurred_at == now and e.case_id == CASE_ID for e in events)


def check_pause_balance(paused: bool, events: list[LifecycleEvent]) -> bool:
    """SLA pauses and resumes alternate strictly, starting with a pause."""
    for item in events[1:]:
        if item.kind is LifecycleEventKind.SLA_PAUSED:
            assert not paused
            paused = True
        else:
            assert item.kind is LifecycleEventKind.SLA_RESUMED
            assert paused
            paused = False
    return paused


@given(st.sampled_from(list(ComplaintStatus)), st.sampled_from(list(ComplaintAction)))
def test_legality_depends_only_on_the_table(
    status: ComplaintStatus, action: ComplaintAction
) -> None:
    state = LifecycleState(case_id=CASE_ID, status=status)
    if action not in allowed_actions(status):
        try:
            apply_action(state, LifecycleCommand(action), START, timedelta(days=1))
        except IllegalTransition:
            return
        raise AssertionError("an action outside allowed_actions was accepted")
