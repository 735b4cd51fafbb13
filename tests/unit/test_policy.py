"""The policy's complaint rules as one table: every role × action × relation to the case
(its lead agency, a co-handling agency, another agency), and who sees personal data how."""

from __future__ import annotations

import uuid

import pytest

from domain.complaint.lifecycle import ComplaintAction
from domain.policy import (
    CLIENT_SCOPES,
    Action,
    Representation,
    Resource,
    ResourceKind,
    complaint_action_needs,
    may,
    personal_data,
)
from domain.privacy.disclosure import PiiAccess
from domain.shared.principal import Principal, PrincipalKind, Role

MINE = uuid.uuid4()  # the principal's agency
OTHER = uuid.uuid4()  # another agency
ME = uuid.uuid4()

ALL_SCOPES = frozenset(CLIENT_SCOPES.values())
COMPLAINT_ACTIONS = (
    Action.list_cases,
    Action.read,
    Action.comment,
    Action.create,
    Action.update,
    Action.transition,
    Action.assign,
    Action.transfer,
    Action.add_co_handler,
    Action.see_personal_data,
)


def principal(role: Role, scopes: frozenset[str] | None = None) -> Principal:
    client = role is Role.api_client
    return Principal(
        id=ME,
        kind=PrincipalKind.api_client if client else PrincipalKind.user,
        role=role,
        agency_id=MINE,
        scopes=(ALL_SCOPES if scopes is None else scopes) if client else None,
    )


def case(relation: str, *, confidential: bool = False) -> Resource:
    """A case as seen from agency MINE:
    lead      led by MINE
    assigned  led by MINE and assigned to the principal
    co        led by OTHER, MINE co-handles it
    other     led by OTHER alone (cross-agency)
    filed     led by OTHER alone, filed by the principal (a partner's own ticket)"""
    lead = MINE if relation in ("lead", "assigned") else OTHER
    agencies = {lead, MINE} if relation == "co" else {lead}
    return Resource(
        ResourceKind.complaint,
        agency_ids=frozenset(agencies),
        lead_agency_id=lead,
        assignee_id=ME if relation == "assigned" else None,
        submitted_by=ME if relation == "filed" else uuid.uuid4(),
        confidential=confidential,
    )


A = Action
EVERYTHING = frozenset(COMPLAINT_ACTIONS)
ANY_CASE = frozenset({A.create, A.list_cases})  # not about this case
READS = ANY_CASE | {A.read, A.comment}
WORK = READS | {A.update, A.transition}
STEER = {A.assign, A.transfer, A.add_co_handler}

# (role, relation) -> the actions allowed; every other complaint action is refused.
TABLE: dict[tuple[Role, str], frozenset[Action]] = {
    (Role.omb_officer, "lead"): EVERYTHING,
    (Role.omb_officer, "co"): EVERYTHING,
    (Role.omb_officer, "other"): EVERYTHING,
    (Role.admin, "lead"): frozenset({A.read, A.list_cases}),
    (Role.admin, "co"): frozenset({A.read, A.list_cases}),
    (Role.admin, "other"): frozenset({A.read, A.list_cases}),
    (Role.coordinator, "lead"): WORK | STEER | {A.see_personal_data},
    (Role.coordinator, "assigned"): WORK | STEER | {A.see_personal_data},
    (Role.coordinator, "co"): READS,
    (Role.coordinator, "other"): ANY_CASE,
    (Role.agency_staff, "lead"): WORK,
    (Role.agency_staff, "assigned"): WORK | {A.see_personal_data},
    (Role.agency_staff, "co"): READS,
    (Role.agency_staff, "other"): ANY_CASE,
    (Role.api_client, "lead"): WORK | STEER,
    (Role.api_client, "co"): READS,
    (Role.api_client, "other"): ANY_CASE,
    (Role.api_client, "filed"): READS,
}


@pytest.mark.parametrize(("role", "relation"), sorted(TABLE))
@pytest.mark.parametrize("action", COMPLAINT_ACTIONS)
def test_every_role_and_action_on_a_case(role: Role, relation: str, action: Action) -> None:
    expected = action in TABLE[(role, relation)]
    assert may(principal(role), action, case(relation)) is expected


def test_the_table_covers_every_role() -> None:
    assert {role for role, _ in TABLE} == set(Role)


@pytest.mark.parametrize("role", [Role.coordinator, Role.agency_staff])
def test_confidential_cases_never_show_staff_personal_data(role: Role) -> None:
    for relation in ("lead", "assigned"):
        assert not may(principal(role), A.see_personal_data, case(relation, confidential=True))
    assert may(principal(Role.omb_officer), A.see_personal_data, case("other", confidential=True))


def test_only_the_lead_coordinator_and_omb_transfer_a_case() -> None:
    allowed = {
        (role, relation)
        for role, relation in TABLE
        if may(principal(role), A.transfer, case(relation))
    }
    assert allowed == {
        (Role.omb_officer, "lead"),
        (Role.omb_officer, "co"),
        (Role.omb_officer, "other"),
        (Role.coordinator, "lead"),
        (Role.coordinator, "assigned"),
        (Role.api_client, "lead"),
    }


def test_client_scopes_narrow_each_action() -> None:
    for action in COMPLAINT_ACTIONS:
        scope = CLIENT_SCOPES.get((ResourceKind.complaint, action))
        if scope is None:  # personal data: no scope gives it
            assert not may(principal(Role.api_client), action, case("lead"))
            continue
        without = principal(Role.api_client, ALL_SCOPES - {scope})
        assert not may(without, action, case("lead")), action
        assert may(principal(Role.api_client, frozenset({scope})), action, case("lead"))


def test_assigning_and_transferring_need_their_own_permission() -> None:
    assert complaint_action_needs(ComplaintAction.ASSIGN) is A.assign
    assert complaint_action_needs(ComplaintAction.TRANSFER) is A.transfer
    others = set(ComplaintAction) - {ComplaintAction.ASSIGN, ComplaintAction.TRANSFER}
    assert {complaint_action_needs(a) for a in others} == {A.transition}


FULL, MASKED, HIDDEN = PiiAccess.full, PiiAccess.masked, PiiAccess.hidden
CASE, EXPORT, EVENT = Representation.case, Representation.export, Representation.event

# (role, relation, confidential) -> personal data in a case view, an export, an event.
PERSONAL_DATA: dict[tuple[Role, str, bool], tuple[PiiAccess, PiiAccess, PiiAccess]] = {
    (Role.omb_officer, "other", False): (FULL, MASKED, HIDDEN),
    (Role.omb_officer, "other", True): (FULL, MASKED, HIDDEN),
    (Role.admin, "other", False): (MASKED, MASKED, HIDDEN),
    (Role.admin, "other", True): (HIDDEN, HIDDEN, HIDDEN),
    (Role.coordinator, "lead", False): (FULL, MASKED, HIDDEN),
    (Role.coordinator, "lead", True): (HIDDEN, HIDDEN, HIDDEN),
    (Role.coordinator, "co", False): (MASKED, MASKED, HIDDEN),
    (Role.coordinator, "co", True): (HIDDEN, HIDDEN, HIDDEN),
    (Role.agency_staff, "lead", False): (MASKED, MASKED, HIDDEN),
    (Role.agency_staff, "assigned", False): (FULL, MASKED, HIDDEN),
    (Role.agency_staff, "assigned", True): (HIDDEN, HIDDEN, HIDDEN),
    (Role.agency_staff, "co", False): (MASKED, MASKED, HIDDEN),
    (Role.api_client, "lead", False): (MASKED, MASKED, HIDDEN),
    (Role.api_client, "lead", True): (HIDDEN, HIDDEN, HIDDEN),
    (Role.api_client, "filed", False): (MASKED, MASKED, HIDDEN),
}


@pytest.mark.parametrize(("role", "relation", "confidential"), sorted(PERSONAL_DATA))
def test_who_sees_personal_data_how(role: Role, relation: str, confidential: bool) -> None:
    who, resource = principal(role), case(relation, confidential=confidential)
    assert may(who, A.read, resource)
    shown = tuple(personal_data(who, resource, r) for r in (CASE, EXPORT, EVENT))
    assert shown == PERSONAL_DATA[(role, relation, confidential)]
