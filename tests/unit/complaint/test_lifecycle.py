"""Every (status, action) pair of the complaint lifecycle, plus its argument and time rules."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from domain.complaint import (
    ComplaintAction,
    ComplaintStatus,
    IllegalTransition,
    LifecycleCommand,
    LifecycleEventKind,
    LifecycleState,
    ReopenWindowExpired,
    allowed_actions,
    apply_action,
    needs_omb_attention,
)
from domain.errors import Conflict, InvalidValue

S = ComplaintStatus
A = ComplaintAction

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
WINDOW = timedelta(days=14)

# The specification, written out independently of the implementation's table.
EXPECTED: dict[tuple[ComplaintStatus, ComplaintAction], ComplaintStatus] = {
    (S.RECEIVED, A.TRIAGE): S.TRIAGED,
    (S.RECEIVED, A.REJECT): S.REJECTED,
    (S.RECEIVED, A.WITHDRAW): S.WITHDRAWN,
    (S.RECEIVED, A.MERGE): S.MERGED,
    (S.TRIAGED, A.ASSIGN): S.ASSIGNED,
    (S.TRIAGED, A.TRANSFER): S.ASSIGNED,
    (S.TRIAGED, A.REJECT): S.REJECTED,
    (S.TRIAGED, A.WITHDRAW): S.WITHDRAWN,
    (S.TRIAGED, A.MERGE): S.MERGED,
    (S.ASSIGNED, A.START): S.IN_PROGRESS,
    (S.ASSIGNED, A.TRANSFER): S.ASSIGNED,
    (S.ASSIGNED, A.REJECT): S.REJECTED,
    (S.ASSIGNED, A.WITHDRAW): S.WITHDRAWN,
    (S.ASSIGNED, A.MERGE): S.MERGED,
    (S.IN_PROGRESS, A.REQUEST_INFO): S.AWAITING_COMPLAINANT,
    (S.IN_PROGRESS, A.RESOLVE): S.RESOLVED,
    (S.IN_PROGRESS, A.TRANSFER): S.ASSIGNED,
    (S.IN_PROGRESS, A.WITHDRAW): S.WITHDRAWN,
    (S.AWAITING_COMPLAINANT, A.PROVIDE_INFO): S.IN_PROGRESS,
    (S.AWAITING_COMPLAINANT, A.RESUME): S.IN_PROGRESS,
    (S.AWAITING_COMPLAINANT, A.TRANSFER): S.ASSIGNED,
    (S.AWAITING_COMPLAINANT, A.WITHDRAW): S.WITHDRAWN,
    (S.RESOLVED, A.CLOSE): S.CLOSED,
    (S.RESOLVED, A.REOPEN): S.IN_PROGRESS,
}

EARLIER = NOW - timedelta(days=1)


def state_in(status: ComplaintStatus) -> LifecycleState:
    """A consistent state in `status`, as if reached through the normal path."""
    base = LifecycleState(case_id="case-1", status=status)
    with_agency = replace(base, agency_id="district-bang-rak")
    return {
        S.RECEIVED: base,
        S.TRIAGED: base,
        S.ASSIGNED: with_agency,
        S.IN_PROGRESS: with_agency,
        S.AWAITING_COMPLAINANT: replace(with_agency, sla_paused_at=EARLIER),
        S.RESOLVED: replace(with_agency, resolution="Fixed", resolved_at=EARLIER),
        S.CLOSED: replace(with_agency, resolution="Fixed", resolved_at=EARLIER, closed_at=NOW),
        S.REJECTED: replace(base, rejection_reason="x", referred_to="DOH", closed_at=EARLIER),
        S.WITHDRAWN: replace(base, withdrawal_reason="solved myself", closed_at=EARLIER),
        S.MERGED: replace(base, merged_into="case-0", closed_at=EARLIER),
    }[status]


def full_command(action: ComplaintAction) -> LifecycleCommand:
    """A command carrying every argument any action may need."""
    return LifecycleCommand(
        action,
        reason="Because",
        referred_to="Department of Highways",
        target_case_id="case-2",
        agency_id="district-pathum-wan",
        resolution="Repainted the crossing",
    )


def test_status_and_action_values_are_stable() -> None:
    assert [s.value for s in S] == [
        "received",
        "triaged",
        "assigned",
        "in_progress",
        "awaiting_complainant",
        "resolved",
        "closed",
        "rejected",
        "withdrawn",
        "merged",
    ]
    assert {a.value for a in A} == {
        "triage",
        "assign",
        "start",
        "request_info",
        "provide_info",
        "resume",
        "resolve",
        "close",
        "reject",
        "withdraw",
        "merge",
        "transfer",
        "reopen",
    }
    assert S("in_progress") is S.IN_PROGRESS
    assert isinstance(S.RECEIVED, str)


def test_open_and_closed_statuses() -> None:
    open_ = {S.RECEIVED, S.TRIAGED, S.ASSIGNED, S.IN_PROGRESS, S.AWAITING_COMPLAINANT}
    assert {s for s in S if s.is_open} == open_
    assert {s for s in S if s.is_terminal} == {S.CLOSED, S.REJECTED, S.WITHDRAWN, S.MERGED}
    assert not S.RESOLVED.is_open
    assert not S.RESOLVED.is_terminal


def test_every_status_and_action_has_both_labels() -> None:
    assert S.RECEIVED.label.th == "รับเรื่องแล้ว"
    assert S.RECEIVED.label.en == "Received"
    for item in [*S, *A]:
        assert item.label.th.strip()
        assert item.label.en.strip()
    assert len({s.label.th for s in S}) == len(S)


@pytest.mark.parametrize("status", list(S))
def test_allowed_actions_match_the_table(status: ComplaintStatus) -> None:
    expected = {a for (s, a) in EXPECTED if s is status}
    assert allowed_actions(status) == expected
    assert state_in(status).allowed_actions == expected
    if status.is_terminal:
        assert allowed_actions(status) == frozenset()


@pytest.mark.parametrize(
    ("status", "action"), list(itertools.product(S, A)), ids=lambda v: str(v.value)
)
def test_every_status_action_pair(status: ComplaintStatus, action: ComplaintAction) -> None:
    state = state_in(status)
    command = full_command(action)
    if (status, action) in EXPECTED:
        new, events = apply_action(state, command, NOW, WINDOW)
        assert new.status is EXPECTED[status, action]
        assert new.case_id == state.case_id
        assert events[0].kind is LifecycleEventKind.TRANSITIONED
        assert (events[0].from_status, events[0].to_status) == (status, new.status)
        assert events[0].action is action
        assert events[0].occurred_at == NOW
    else:
        with pytest.raises(IllegalTransition) as info:
            apply_action(state, command, NOW, WINDOW)
        error = info.value
        assert isinstance(error, Conflict)
        assert error.code == "complaint.illegal_transition"
        allowed = sorted(a.value for (s, a) in EXPECTED if s is status)
        assert error.extra["allowed_actions"] == allowed
        assert error.extra["status"] == status.value
        assert error.extra["action"] == action.value
        assert action.value in error.detail
        assert status.label.th in error.detail_th
        for name in allowed:
            assert name in error.detail


def test_terminal_detail_says_nothing_is_possible() -> None:
    with pytest.raises(IllegalTransition) as info:
        apply_action(state_in(S.CLOSED), full_command(A.REOPEN), NOW, WINDOW)
    assert info.value.extra["allowed_actions"] == []
    assert "final" in info.value.detail


def test_illegal_action_is_reported_before_missing_arguments() -> None:
    with pytest.raises(IllegalTransition):
        apply_action(state_in(S.RECEIVED), LifecycleCommand(A.RESOLVE), NOW, WINDOW)


def test_happy_path_end_to_end() -> None:
    state = LifecycleState(case_id="c")
    steps = [
        LifecycleCommand(A.TRIAGE),
        LifecycleCommand(A.ASSIGN, agency_id="district-bang-rak"),
        LifecycleCommand(A.START),
        LifecycleCommand(A.REQUEST_INFO),
        LifecycleCommand(A.PROVIDE_INFO),
        LifecycleCommand(A.RESOLVE, resolution="Repainted"),
        LifecycleCommand(A.CLOSE),
    ]
    for i, command in enumerate(steps):
        state, _ = state.apply(command, NOW + timedelta(hours=i), WINDOW)
    assert state.status is S.CLOSED
    assert state.agency_id == "district-bang-rak"
    assert state.resolution == "Repainted"
    assert state.resolved_at == NOW + timedelta(hours=5)
    assert state.closed_at == NOW + timedelta(hours=6)
    assert state.sla_paused_at is None


# --- required arguments -------------------------------------------------------------------

REQUIRED = [
    (S.TRIAGED, A.ASSIGN, {"agency_id"}),
    (S.ASSIGNED, A.TRANSFER, {"agency_id", "reason"}),
    (S.IN_PROGRESS, A.RESOLVE, {"resolution"}),
    (S.RECEIVED, A.REJECT, {"reason", "referred_to"}),
    (S.RECEIVED, A.WITHDRAW, {"reason"}),
    (S.RECEIVED, A.MERGE, {"target_case_id"}),
]


@pytest.mark.parametrize(("status", "action", "fields"), REQUIRED)
@pytest.mark.parametrize("blank", [None, "", "   "])
def test_missing_arguments_are_field_errors(
    status: ComplaintStatus, action: ComplaintAction, fields: set[str], blank: str | None
) -> None:
    command = LifecycleCommand(action, **dict.fromkeys(fields, blank))
    with pytest.raises(InvalidValue) as info:
        apply_action(state_in(status), command, NOW, WINDOW)
    assert {e.loc for e in info.value.errors} == {(f,) for f in fields}
    assert all(e.type == "missing" for e in info.value.errors)
    assert info.value.detail_th


@pytest.mark.parametrize(("status", "action", "fields"), REQUIRED)
def test_each_required_argument_alone_is_not_enough(
    status: ComplaintStatus, action: ComplaintAction, fields: set[str]
) -> None:
    for present in fields:
        if len(fields) == 1:
            continue
        command = LifecycleCommand(action, **{present: "value"})
        with pytest.raises(InvalidValue) as info:
            apply_action(state_in(status), command, NOW, WINDOW)
        assert {e.loc for e in info.value.errors} == {(f,) for f in fields - {present}}


def test_arguments_are_stripped() -> None:
    command = LifecycleCommand(A.REJECT, reason="  not BMA  ", referred_to=" DOH ")
    new, events = apply_action(state_in(S.RECEIVED), command, NOW, WINDOW)
    assert (new.rejection_reason, new.referred_to) == ("not BMA", "DOH")
    assert events[0].data == {"reason": "not BMA", "referred_to": "DOH"}
    assert new.closed_at == NOW


def test_cannot_merge_into_itself() -> None:
    command = LifecycleCommand(A.MERGE, target_case_id="case-1")
    with pytest.raises(InvalidValue) as info:
        apply_action(state_in(S.RECEIVED), command, NOW, WINDOW)
    assert [(e.loc, e.type) for e in info.value.errors] == [
        (("target_case_id",), "value_error.self_merge")
    ]


def test_merge_records_the_target() -> None:
    command = LifecycleCommand(A.MERGE, target_case_id="case-9")
    new, _ = apply_action(state_in(S.TRIAGED), command, NOW, WINDOW)
    assert (new.status, new.merged_into, new.closed_at) == (S.MERGED, "case-9", NOW)


def test_withdraw_records_the_reason() -> None:
    command = LifecycleCommand(A.WITHDRAW, reason="fixed by a neighbour")
    new, _ = apply_action(state_in(S.IN_PROGRESS), command, NOW, WINDOW)
    assert (new.withdrawal_reason, new.closed_at) == ("fixed by a neighbour", NOW)


# --- transfers ------------------------------------------------------------------------------


def test_transfer_moves_to_the_new_agency_and_counts() -> None:
    state = state_in(S.IN_PROGRESS)
    command = LifecycleCommand(A.TRANSFER, agency_id="district-sathon", reason="wrong district")
    new, events = apply_action(state, command, NOW, WINDOW)
    assert (new.status, new.agency_id, new.transfer_count) == (S.ASSIGNED, "district-sathon", 1)
    assert events[0].data == {
        "agency_id": "district-sathon",
        "reason": "wrong district",
        "previous_agency_id": "district-bang-rak",
    }
    again, _ = apply_action(
        new, LifecycleCommand(A.TRANSFER, agency_id="district-bang-rak", reason="no"), NOW, WINDOW
    )
    assert again.transfer_count == 2


def test_transfer_to_the_same_agency_is_invalid() -> None:
    command = LifecycleCommand(A.TRANSFER, agency_id="district-bang-rak", reason="r")
    with pytest.raises(InvalidValue) as info:
        apply_action(state_in(S.ASSIGNED), command, NOW, WINDOW)
    assert [e.type for e in info.value.errors] == ["value_error.same_agency"]


def test_transfer_from_triaged_assigns() -> None:
    command = LifecycleCommand(A.TRANSFER, agency_id="bureau-traffic", reason="bureau matter")
    new, events = apply_action(state_in(S.TRIAGED), command, NOW, WINDOW)
    assert (new.status, new.agency_id, new.transfer_count) == (S.ASSIGNED, "bureau-traffic", 1)
    assert "previous_agency_id" not in events[0].data


@pytest.mark.parametrize(
    ("count", "threshold", "expected"),
    [(0, 3, False), (2, 3, False), (3, 3, True), (7, 3, True), (1, 1, True)],
)
def test_needs_omb_attention(count: int, threshold: int, expected: bool) -> None:
    assert needs_omb_attention(count, threshold) is expected


def test_needs_omb_attention_rejects_a_nonsense_threshold() -> None:
    with pytest.raises(ValueError):
        needs_omb_attention(1, 0)


# --- the SLA pause --------------------------------------------------------------------------


def test_request_info_pauses_and_provide_info_resumes_the_sla() -> None:
    paused, events = apply_action(
        state_in(S.IN_PROGRESS), LifecycleCommand(A.REQUEST_INFO), NOW, WINDOW
    )
    assert paused.sla_paused_at == NOW
    assert [e.kind for e in events] == [
        LifecycleEventKind.TRANSITIONED,
        LifecycleEventKind.SLA_PAUSED,
    ]
    later = NOW + timedelta(days=3)
    resumed, events = apply_action(paused, LifecycleCommand(A.PROVIDE_INFO), later, WINDOW)
    assert resumed.sla_paused_at is None
    assert [e.kind for e in events] == [
        LifecycleEventKind.TRANSITIONED,
        LifecycleEventKind.SLA_RESUMED,
    ]
    assert events[1].data == {"paused_at": NOW.isoformat()}


@pytest.mark.parametrize("action", [A.RESUME, A.TRANSFER, A.WITHDRAW])
def test_every_way_out_of_awaiting_resumes_the_sla(action: ComplaintAction) -> None:
    new, events = apply_action(state_in(S.AWAITING_COMPLAINANT), full_command(action), NOW, WINDOW)
    assert new.sla_paused_at is None
    assert events[-1].kind is LifecycleEventKind.SLA_RESUMED


# --- reopening ------------------------------------------------------------------------------


def resolved_at(when: datetime) -> LifecycleState:
    return replace(state_in(S.RESOLVED), resolved_at=when)


@pytest.mark.parametrize("elapsed", [timedelta(0), timedelta(days=3), WINDOW])
def test_reopen_inside_the_window(elapsed: timedelta) -> None:
    state = resolved_at(NOW - elapsed)
    assert A.REOPEN in state.available_actions(NOW, WINDOW)
    new, events = apply_action(state, LifecycleCommand(A.REOPEN), NOW, WINDOW)
    assert new.status is S.IN_PROGRESS
    assert (new.resolution, new.resolved_at, new.closed_at) == (None, None, None)
    assert new.reopen_count == 1
    assert new.agency_id == state.agency_id
    assert events[0].data == {"previous_resolution": "Fixed"}


@pytest.mark.parametrize("elapsed", [WINDOW + timedelta(seconds=1), timedelta(days=400)])
def test_reopen_outside_the_window_is_a_conflict(elapsed: timedelta) -> None:
    state = resolved_at(NOW - elapsed)
    assert A.REOPEN not in state.available_actions(NOW, WINDOW)
    assert A.REOPEN in state.allowed_actions
    with pytest.raises(ReopenWindowExpired) as info:
        apply_action(state, LifecycleCommand(A.REOPEN), NOW, WINDOW)
    error = info.value
    assert isinstance(error, Conflict)
    assert error.code == "complaint.reopen_window_expired"
    assert error.extra["allowed_actions"] == ["close"]
    assert error.extra["reopen_deadline"] == (NOW - elapsed + WINDOW).isoformat()


def test_a_zero_window_allows_only_an_immediate_reopen() -> None:
    state = resolved_at(NOW)
    apply_action(state, LifecycleCommand(A.REOPEN), NOW, timedelta(0))
    with pytest.raises(ReopenWindowExpired):
        apply_action(
            state, LifecycleCommand(A.REOPEN), NOW + timedelta(microseconds=1), timedelta(0)
        )


def test_closed_cannot_be_reopened() -> None:
    with pytest.raises(IllegalTransition):
        apply_action(state_in(S.CLOSED), LifecycleCommand(A.REOPEN), EARLIER, WINDOW)


# --- guards against misuse ------------------------------------------------------------------


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        apply_action(state_in(S.RECEIVED), LifecycleCommand(A.TRIAGE), datetime(2025, 1, 1), WINDOW)


def test_negative_window_is_refused() -> None:
    with pytest.raises(ValueError):
        apply_action(state_in(S.RECEIVED), LifecycleCommand(A.TRIAGE), NOW, -WINDOW)


def test_failed_action_leaves_the_state_untouched() -> None:
    state = state_in(S.RECEIVED)
    snapshot = replace(state)
    with pytest.raises(InvalidValue):
        apply_action(state, LifecycleCommand(A.REJECT, reason="x"), NOW, WINDOW)
    assert state == snapshot
