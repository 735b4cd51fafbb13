"""The activity rules without I/O: transitions, schedules, outcomes, masking, the policy."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from domain.activity.model import (
    Activity,
    ActivityAction,
    ActivityNotEditable,
    ActivityNotHeld,
    ActivityNotStarted,
    ActivityStatus,
    ActivityType,
    IllegalActivityTransition,
    NamedParticipant,
    Outcome,
    ParticipantRole,
    TargetGroup,
)
from domain.complaint.model import Consent
from domain.errors import InvalidValue
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.principal import Principal, PrincipalKind, Role

S = ActivityStatus
A = ActivityAction
BANGKOK = timezone(timedelta(hours=7))
START = datetime(2022, 8, 21, 9, 0, tzinfo=BANGKOK)
BEFORE = START - timedelta(days=3)
AFTER = START + timedelta(hours=7)

# The specification, written out independently of the implementation's table.
EXPECTED = {
    (S.planned, A.hold): S.held,
    (S.planned, A.cancel): S.cancelled,
    (S.planned, A.postpone): S.postponed,
    (S.postponed, A.hold): S.held,
    (S.postponed, A.cancel): S.cancelled,
    (S.postponed, A.postpone): S.postponed,
}


def plan(type: ActivityType = ActivityType.mobile_unit, **kw: object) -> Activity:
    args: dict[str, object] = {
        "type": type,
        "title": "หน่วยเคลื่อนที่ เขตภาษีเจริญ",
        "district_codes": ["1022"],
        "starts_at": START,
        "ends_at": START + timedelta(hours=6),
        "now": BEFORE,
    }
    args.update(kw)
    return Activity.plan(**args)  # type: ignore[arg-type]


def _args(action: ActivityAction) -> dict[str, object]:
    if action is A.cancel:
        return {"reason": "ฝนตกหนัก"}
    if action is A.postpone:
        return {
            "reason": "ติดภารกิจ",
            "new_starts_at": START + timedelta(days=7),
            "new_ends_at": START + timedelta(days=7, hours=6),
        }
    return {}


@pytest.mark.parametrize(("status", "action"), list(itertools.product(S, A)))
def test_every_status_and_action(status: ActivityStatus, action: ActivityAction) -> None:
    activity = replace(plan(), status=status)
    if (status, action) in EXPECTED:
        after = activity.apply(action, AFTER, **_args(action))  # type: ignore[arg-type]
        assert after.status is EXPECTED[(status, action)]
    else:
        with pytest.raises(IllegalActivityTransition) as err:
            activity.apply(action, AFTER, **_args(action))  # type: ignore[arg-type]
        assert err.value.code == "activity.illegal_transition"
        assert err.value.extra["status"] == status.value


def test_plan_defaults_the_mou_area_from_the_type() -> None:
    assert plan(ActivityType.mobile_unit).mou_area_id == 2
    assert plan(ActivityType.community_training).mou_area_id == 3
    assert plan(ActivityType.youth_training).mou_area_id == 4
    assert plan(ActivityType.traffic_campaign).mou_area_id == 5
    assert plan(ActivityType.mobile_unit, mou_area_id=1).mou_area_id == 1
    with pytest.raises(InvalidValue) as err:
        plan(ActivityType.meeting)
    assert err.value.errors[0].loc == ("mou_area_id",)
    assert plan(ActivityType.meeting, mou_area_id=1).status is S.planned


def test_plan_checks_schedule_districts_and_target_groups() -> None:
    with pytest.raises(InvalidValue) as err:
        plan(ends_at=START)
    assert ("ends_at",) in [e.loc for e in err.value.errors]
    with pytest.raises(InvalidValue):
        plan(starts_at=datetime(2022, 8, 21, 9), ends_at=datetime(2022, 8, 21, 15))
    with pytest.raises(InvalidValue):
        plan(district_codes=[])
    with pytest.raises(InvalidValue):
        plan(district_codes=["10x6"])
    with pytest.raises(InvalidValue):
        plan(title="   ")
    with pytest.raises(InvalidValue):
        plan(ActivityType.mobile_unit, target_groups=[TargetGroup.drivers])
    campaign = plan(ActivityType.traffic_campaign, target_groups=[TargetGroup.shops])
    assert campaign.target_groups == {TargetGroup.shops}
    assert plan(district_codes=["1026", "1022", "1026"]).district_codes == ("1022", "1026")


def test_hold_only_once_started() -> None:
    activity = plan()
    with pytest.raises(ActivityNotStarted):
        activity.apply(A.hold, START - timedelta(minutes=1))
    assert activity.apply(A.hold, START).status is S.held
    assert A.hold not in activity.available_actions(BEFORE)
    assert activity.available_actions(AFTER) == {A.hold, A.cancel, A.postpone}


def test_cancel_needs_a_reason() -> None:
    with pytest.raises(InvalidValue) as err:
        plan().apply(A.cancel, BEFORE, reason="  ")
    assert err.value.errors[0].loc == ("reason",)
    cancelled = plan().apply(A.cancel, BEFORE, reason="น้ำท่วม")
    assert cancelled.status_reason == "น้ำท่วม"
    assert not cancelled.accepts_complaints


def test_postpone_needs_a_reason_and_a_later_date_and_keeps_the_first_one() -> None:
    activity = plan()
    with pytest.raises(InvalidValue) as err:
        activity.apply(A.postpone, BEFORE, reason="ติดภารกิจ")
    assert {e.loc for e in err.value.errors} == {("new_starts_at",), ("new_ends_at",)}
    with pytest.raises(InvalidValue):
        activity.apply(
            A.postpone,
            BEFORE,
            reason="ติดภารกิจ",
            new_starts_at=START - timedelta(days=1),
            new_ends_at=START,
        )
    once = activity.apply(A.postpone, BEFORE, **_args(A.postpone))  # type: ignore[arg-type]
    assert once.status is S.postponed and once.status_reason == "ติดภารกิจ"
    assert once.starts_at == START + timedelta(days=7) and once.postponed_from == START
    twice = once.apply(
        A.postpone,
        BEFORE,
        reason="อีกครั้ง",
        new_starts_at=START + timedelta(days=14),
        new_ends_at=START + timedelta(days=14, hours=6),
    )
    assert twice.postponed_from == START  # the original date is kept
    assert twice.accepts_complaints


def test_revise_only_while_upcoming() -> None:
    activity = plan()
    revised = activity.revise(BEFORE, venue="ตลาดบางแค", title="หน่วยเคลื่อนที่ (แก้ไข)")
    assert revised.venue == "ตลาดบางแค" and revised.status is S.planned
    with pytest.raises(InvalidValue):
        activity.revise(BEFORE, status=S.held)
    held = activity.apply(A.hold, AFTER)
    with pytest.raises(ActivityNotEditable):
        held.revise(AFTER, venue="ที่อื่น")


CONSENT = Consent("pdpa-2022-08", datetime(2022, 9, 17, 9, 0, tzinfo=BANGKOK))


def test_outcome_only_when_held_and_fitting_the_type() -> None:
    unit = plan()
    with pytest.raises(ActivityNotHeld):
        unit.record_outcome(Outcome(legal_consultations=3), AFTER)
    held = unit.apply(A.hold, AFTER)
    recorded = held.record_outcome(Outcome(legal_consultations=42), AFTER)
    assert recorded.outcome is not None and recorded.outcome.recorded_at == AFTER
    with pytest.raises(InvalidValue):
        held.record_outcome(Outcome(participants_by_role={ParticipantRole.youth: 3}), AFTER)
    training = plan(ActivityType.community_training).apply(A.hold, AFTER)
    with pytest.raises(InvalidValue):
        training.record_outcome(Outcome(legal_consultations=1), AFTER)
    with pytest.raises(InvalidValue):
        training.record_outcome(Outcome(participants_by_district={"1034": 5}), AFTER)
    done = training.record_outcome(
        Outcome(
            participants_by_role={
                ParticipantRole.community_chair: 12,
                ParticipantRole.public_health_volunteer: 20,
                ParticipantRole.civil_defence_volunteer: 8,
            }
        ),
        AFTER,
    )
    assert done.outcome is not None and done.outcome.participants_total == 40


def test_youth_training_counts_by_home_district_and_the_totals_agree() -> None:
    youth = plan(ActivityType.youth_training).apply(A.hold, AFTER)
    by_district = {f"{1000 + i}": 2 for i in range(1, 51)}
    ok = youth.record_outcome(Outcome(participants_by_district=by_district), AFTER)
    assert ok.outcome is not None and ok.outcome.participants_total == 100
    with pytest.raises(InvalidValue) as err:
        youth.record_outcome(
            Outcome(
                participants_by_role={ParticipantRole.youth: 99},
                participants_by_district=by_district,
            ),
            AFTER,
        )
    assert err.value.errors[0].type == "value_error.totals_differ"


def test_named_participants_need_consent_and_are_masked() -> None:
    training = plan(ActivityType.community_training).apply(A.hold, AFTER)
    somchai = NamedParticipant("สมชาย ใจดี", ParticipantRole.community_chair, CONSENT, "1034")
    with pytest.raises(InvalidValue):
        training.record_outcome(
            Outcome(
                participants_by_role={ParticipantRole.community_chair: 1},
                named_participants=(replace(somchai, consent=Consent(" ", CONSENT.given_at)),),
            ),
            AFTER,
        )
    with pytest.raises(InvalidValue):  # more names than participants counted
        training.record_outcome(Outcome(named_participants=(somchai,)), AFTER)
    done = training.record_outcome(
        Outcome(
            participants_by_role={ParticipantRole.community_chair: 1},
            named_participants=(somchai,),
        ),
        AFTER,
    )
    assert done.outcome is not None
    masked = done.outcome.masked()
    assert masked.named_participants[0].name == "ส***"
    assert "สมชาย" not in str(masked) and "ใจดี" not in str(masked)
    assert "สมชาย" not in str(done.audit_view())


def _who(role: Role, agency: uuid.UUID | None = None) -> Principal:
    return Principal(uuid.uuid4(), PrincipalKind.user, role, agency)


def test_policy_coordinators_record_in_their_own_district_only() -> None:
    dindaeng, suanluang = uuid.uuid4(), uuid.uuid4()
    here = Resource(ResourceKind.activity, agency_ids=frozenset({dindaeng}))
    both = Resource(ResourceKind.activity, agency_ids=frozenset({dindaeng, suanluang}))
    coord = _who(Role.coordinator, dindaeng)
    for action in (Action.create, Action.update, Action.transition):
        assert may(coord, action, here)
        assert not may(_who(Role.coordinator, suanluang), action, here)
        assert not may(coord, action, both)
        assert not may(_who(Role.agency_staff, dindaeng), action, here)
        assert may(_who(Role.omb_officer), action, both)
        assert may(_who(Role.admin), action, both)
    for role in Role:
        assert may(_who(role), Action.read, here) or role is Role.api_client
    assert may(_who(Role.omb_officer), Action.see_personal_data, both)
    assert may(coord, Action.see_personal_data, here)
    assert not may(_who(Role.admin), Action.see_personal_data, here)
    assert not may(_who(Role.agency_staff, dindaeng), Action.see_personal_data, here)


def test_times_must_be_aware() -> None:
    with pytest.raises(ValueError):
        plan().apply(A.hold, datetime(2022, 8, 22))
    assert plan().apply(A.hold, AFTER.astimezone(UTC)).status is S.held
