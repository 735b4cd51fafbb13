"""Unit tests for choosing a routing rule, resolving its agency and picking a coordinator."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from domain.directory import (
    NO_COORDINATOR_WARNING,
    Agency,
    AgencyKind,
    Coordinator,
    CoordinatorLevel,
    CoordinatorStatus,
    RoutingDecision,
    RoutingRule,
    RoutingTarget,
    TargetKind,
    choose_coordinator,
    choose_rule,
    resolve_agency,
)
from domain.errors import InvalidValue, NotFound

DIN_DAENG = "1026"
BANG_RAK = "1004"

# A three-level chain: zebra crossing -> roads -> (root) transport, ids only.
ZEBRA, ROADS, TRANSPORT = uuid4(), uuid4(), uuid4()
CHAIN = [ZEBRA, ROADS, TRANSPORT]


def rule(
    category_id: UUID | None = None, district_code: str | None = None, *, is_active: bool = True
) -> RoutingRule:
    return RoutingRule(
        id=uuid4(),
        target=RoutingTarget.to_agency(uuid4()),
        category_id=category_id,
        district_code=district_code,
        is_active=is_active,
    )


DEFAULT = rule()
ALL_LEVELS = [
    DEFAULT,
    rule(None, DIN_DAENG),
    rule(TRANSPORT),
    rule(TRANSPORT, DIN_DAENG),
    rule(ROADS),
    rule(ROADS, DIN_DAENG),
    rule(ZEBRA),
    rule(ZEBRA, DIN_DAENG),
]


@pytest.mark.parametrize(
    "expected_index",
    range(len(ALL_LEVELS)),
    ids=lambda i: f"drop-rules-above-{i}",
)
def test_precedence_from_most_to_least_specific(expected_index: int) -> None:
    # With every rule more specific than `expected` removed, `expected` must win.
    rules = ALL_LEVELS[: expected_index + 1]

    assert choose_rule(rules, CHAIN, DIN_DAENG) is ALL_LEVELS[expected_index]
    assert choose_rule(rules[::-1], CHAIN, DIN_DAENG) is ALL_LEVELS[expected_index]


def test_rules_for_other_districts_do_not_apply() -> None:
    by_category = rule(ZEBRA)
    rules = [DEFAULT, by_category, rule(ZEBRA, BANG_RAK), rule(None, BANG_RAK)]

    assert choose_rule(rules, CHAIN, DIN_DAENG) is by_category


def test_without_a_district_only_district_free_rules_apply() -> None:
    by_parent = rule(ROADS)
    rules = [DEFAULT, by_parent, rule(ZEBRA, DIN_DAENG)]

    assert choose_rule(rules, CHAIN, None) is by_parent


def test_nearer_category_beats_a_district_match_further_up() -> None:
    by_category = rule(ZEBRA)
    rules = [rule(ROADS, DIN_DAENG), by_category]

    assert choose_rule(rules, CHAIN, DIN_DAENG) is by_category


def test_default_rule_catches_unmatched_categories() -> None:
    rules = [DEFAULT, rule(uuid4()), rule(uuid4(), DIN_DAENG)]

    assert choose_rule(rules, CHAIN, DIN_DAENG) is DEFAULT
    assert choose_rule(rules, [], None) is DEFAULT
    assert DEFAULT.is_default


def test_inactive_rules_are_ignored() -> None:
    rules = [DEFAULT, rule(ZEBRA, DIN_DAENG, is_active=False), rule(ZEBRA, is_active=False)]

    assert choose_rule(rules, CHAIN, DIN_DAENG) is DEFAULT
    assert choose_rule([rule(is_active=False)], CHAIN, DIN_DAENG) is None


def test_no_rule_at_all_gives_none() -> None:
    assert choose_rule([], CHAIN, DIN_DAENG) is None


def test_duplicate_rules_resolve_the_same_way_whatever_the_order() -> None:
    a, b = rule(ZEBRA), rule(ZEBRA)
    winner = min(a, b, key=lambda r: r.id.int)

    assert choose_rule([a, b], CHAIN, None) is winner
    assert choose_rule([b, a], CHAIN, None) is winner


def office(code: str, *, is_active: bool = True) -> Agency:
    return Agency(
        uuid4(),
        code,
        AgencyKind.district_office,
        f"สำนักงานเขต {code}",
        f"District Office {code}",
        district_code=code,
        is_active=is_active,
    )


def test_district_office_target_resolves_to_the_cases_district_office() -> None:
    din_daeng, bang_rak = office(DIN_DAENG), office(BANG_RAK)
    offices = {DIN_DAENG: din_daeng, BANG_RAK: bang_rak}
    to_office = RoutingRule(uuid4(), RoutingTarget.to_district_office())

    assert resolve_agency(to_office, DIN_DAENG, offices) == din_daeng.id
    assert resolve_agency(to_office, BANG_RAK, offices) == bang_rak.id


def test_agency_target_ignores_the_district() -> None:
    dds = uuid4()
    to_dds = RoutingRule(uuid4(), RoutingTarget.to_agency(dds))

    assert resolve_agency(to_dds, None, {}) == dds
    assert resolve_agency(to_dds, DIN_DAENG, {DIN_DAENG: office(DIN_DAENG)}) == dds


def test_district_office_target_without_a_district_is_invalid() -> None:
    to_office = RoutingRule(uuid4(), RoutingTarget.to_district_office())

    with pytest.raises(InvalidValue) as caught:
        resolve_agency(to_office, None, {DIN_DAENG: office(DIN_DAENG)})

    assert caught.value.code == "routing.no_district"
    assert caught.value.extra == {"rule_id": str(to_office.id)}


@pytest.mark.parametrize("offices", [{}, {DIN_DAENG: office(DIN_DAENG, is_active=False)}])
def test_missing_or_inactive_district_office_is_not_found(offices: dict[str, Agency]) -> None:
    to_office = RoutingRule(uuid4(), RoutingTarget.to_district_office())

    with pytest.raises(NotFound) as caught:
        resolve_agency(to_office, DIN_DAENG, offices)

    assert caught.value.code == "routing.no_district_office"


@pytest.mark.parametrize(
    ("kind", "agency_id"),
    [(TargetKind.agency, None), (TargetKind.district_office, uuid4())],
)
def test_target_needs_an_agency_exactly_when_it_names_one(
    kind: TargetKind, agency_id: UUID | None
) -> None:
    with pytest.raises(InvalidValue) as caught:
        RoutingTarget(kind, agency_id)

    assert caught.value.code == "routing.invalid_target"


def test_rule_rejects_a_malformed_district_code() -> None:
    with pytest.raises(InvalidValue):
        RoutingRule(uuid4(), RoutingTarget.to_district_office(), district_code="26")


AGENCY = uuid4()


def coordinator(
    name: str,
    *,
    is_primary: bool = False,
    backup_rank: int | None = None,
    status: CoordinatorStatus = CoordinatorStatus.active,
    is_active: bool = True,
) -> Coordinator:
    return Coordinator(
        uuid4(),
        AGENCY,
        name,
        CoordinatorLevel.district,
        is_primary=is_primary,
        backup_rank=backup_rank,
        status=status,
        is_active=is_active,
    )


def test_available_primary_is_chosen() -> None:
    primary = coordinator("primary", is_primary=True)
    backup = coordinator("backup", backup_rank=1)

    assert choose_coordinator([backup, primary]) == (primary, None)


def test_primary_on_leave_falls_back_to_the_first_available_backup() -> None:
    primary = coordinator("primary", is_primary=True, status=CoordinatorStatus.on_leave)
    first_away = coordinator("b1", backup_rank=1, status=CoordinatorStatus.on_leave)
    second = coordinator("b2", backup_rank=2)
    third = coordinator("b3", backup_rank=3)

    assert choose_coordinator([third, primary, first_away, second]) == (second, None)


def test_deactivated_primary_and_backups_are_skipped() -> None:
    primary = coordinator("primary", is_primary=True, is_active=False)
    gone = coordinator("b1", backup_rank=1, is_active=False)
    backup = coordinator("b2", backup_rank=2)

    assert choose_coordinator([primary, gone, backup]) == (backup, None)


def test_coordinators_without_a_backup_rank_never_stand_in() -> None:
    primary = coordinator("primary", is_primary=True, status=CoordinatorStatus.on_leave)
    plain = coordinator("not a backup")

    assert choose_coordinator([primary, plain]) == (None, NO_COORDINATOR_WARNING)


def test_no_coordinator_gives_a_warning() -> None:
    chosen, warning = choose_coordinator([])

    assert chosen is None
    assert warning == "The agency has no available coordinator"


def test_routing_decision_records_the_outcome() -> None:
    to_office = RoutingRule(uuid4(), RoutingTarget.to_district_office())
    din_daeng = office(DIN_DAENG)
    agency_id = resolve_agency(to_office, DIN_DAENG, {DIN_DAENG: din_daeng})
    chosen, warning = choose_coordinator([])

    decision = RoutingDecision(agency_id, chosen, to_office, warning, DIN_DAENG)

    assert decision.agency_id == din_daeng.id
    assert decision.warning == NO_COORDINATOR_WARNING
