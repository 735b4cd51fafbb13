"""Invariants of SLA policies, working hours and targets, and target selection."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from domain.errors import InvalidValue
from domain.sla import SlaPolicy, SlaTarget, Urgency, WorkingHours
from domain.sla.model import Milestone

H = timedelta(hours=1)


def _table(first: timedelta, resolution: timedelta) -> dict[Urgency, SlaTarget]:
    return {u: SlaTarget(first_response=first, resolution=resolution) for u in Urgency}


def _policy(**overrides: object) -> SlaPolicy:
    fields: dict[str, object] = {
        "sla_class": "standard",
        "working_hours": WorkingHours.office(time(8, 30), time(16, 30)),
        "targets": _table(8 * H, 80 * H),
        "fast_track_targets": _table(4 * H, 40 * H),
    }
    fields.update(overrides)
    return SlaPolicy(**fields)  # type: ignore[arg-type]


def test_target_for_picks_the_fast_track_table() -> None:
    targets = _table(8 * H, 80 * H)
    targets[Urgency.CRITICAL] = SlaTarget(first_response=2 * H, resolution=16 * H)
    fast = _table(4 * H, 40 * H)
    fast[Urgency.CRITICAL] = SlaTarget(first_response=1 * H, resolution=8 * H)
    policy = _policy(targets=targets, fast_track_targets=fast)

    assert policy.target_for(Urgency.CRITICAL, fast_track=True).resolution == 8 * H
    assert policy.target_for(Urgency.CRITICAL, fast_track=False).resolution == 16 * H
    assert policy.target_for(Urgency.LOW, fast_track=True).first_response == 4 * H
    assert policy.target_for(Urgency("normal"), fast_track=False).for_milestone(
        Milestone.FIRST_RESPONSE
    ) == (8 * H)


def test_policy_tables_are_read_only_copies() -> None:
    targets = _table(8 * H, 80 * H)
    policy = _policy(targets=targets)
    targets.clear()
    assert policy.target_for(Urgency.LOW, fast_track=False).first_response == 8 * H
    with pytest.raises(TypeError):
        policy.targets[Urgency.LOW] = SlaTarget(H, H)  # type: ignore[index]


@pytest.mark.parametrize(
    "overrides",
    [
        {"sla_class": " "},
        {"targets": {Urgency.LOW: SlaTarget(H, H)}},
        {"fast_track_targets": _table(9 * H, 40 * H)},
        {"fast_track_targets": _table(4 * H, 81 * H)},
        {"due_soon_share": 1.5},
        {"due_soon_share": -0.1},
    ],
)
def test_invalid_policies_are_rejected(overrides: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        _policy(**overrides)


@pytest.mark.parametrize(
    ("first", "resolution"), [(timedelta(0), H), (H, timedelta(0)), (-H, H), (H, -H)]
)
def test_targets_must_be_positive(first: timedelta, resolution: timedelta) -> None:
    with pytest.raises(InvalidValue) as info:
        SlaTarget(first_response=first, resolution=resolution)
    assert info.value.code == "sla.invalid"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": time(16, 30), "end": time(8, 30)},
        {"start": time(8, 30), "end": time(8, 30)},
        {"start": time(8, 30), "end": time(16, 30), "weekdays": []},
        {"start": time(8, 30), "end": time(16, 30), "weekdays": [7]},
    ],
)
def test_working_hours_invariants(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        WorkingHours.office(**kwargs)  # type: ignore[arg-type]


def test_working_hours_shapes() -> None:
    office = WorkingHours.office(time(8, 30), time(16, 30), weekdays=[0, 1, 2, 3, 4])
    assert office.daily == 8 * H
    assert office.weekdays == frozenset(range(5))
    assert office == WorkingHours()  # the Thai civil-service default
    always = WorkingHours.around_the_clock()
    assert always.always_open
    assert always.daily == 24 * H
    hash(office)
