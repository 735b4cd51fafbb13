"""Unit tests for walking the matching rules to an agency that takes new cases."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.directory import Agency, AgencyKind, RoutingRule, RoutingTarget
from domain.directory.routing import (
    AgencyInactive,
    NoDistrict,
    NoDistrictOffice,
    NoRoutingRule,
    matching_rules,
    pick_agency,
    skipped_warning,
)

DIN_DAENG = "1026"
DRAINAGE, BLOCKED_DRAIN = uuid4(), uuid4()
CHAIN = [BLOCKED_DRAIN, DRAINAGE]

DDS = Agency(uuid4(), "DDS", AgencyKind.bureau, "สำนักการระบายน้ำ", "Drainage and Sewerage")
OFFICE = Agency(
    uuid4(),
    DIN_DAENG,
    AgencyKind.district_office,
    "สำนักงานเขตดินแดง",
    "Din Daeng District Office",
    district_code=DIN_DAENG,
)
TO_DDS = RoutingRule(uuid4(), RoutingTarget.to_agency(DDS.id), DRAINAGE)
DEFAULT = RoutingRule(uuid4(), RoutingTarget.to_district_office())
RULES = [DEFAULT, TO_DDS]


def test_matching_rules_are_most_specific_first() -> None:
    local = RoutingRule(uuid4(), RoutingTarget.to_district_office(), BLOCKED_DRAIN, DIN_DAENG)
    inactive = RoutingRule(
        uuid4(), RoutingTarget.to_agency(uuid4()), BLOCKED_DRAIN, is_active=False
    )

    assert matching_rules([*RULES, local, inactive], CHAIN, DIN_DAENG) == [local, TO_DDS, DEFAULT]
    assert matching_rules([*RULES, local], CHAIN, "1034") == [TO_DDS, DEFAULT]


def test_the_first_rule_with_an_active_agency_wins() -> None:
    routed = pick_agency(
        matching_rules(RULES, CHAIN, DIN_DAENG), DIN_DAENG, {DDS.id: DDS}, {DIN_DAENG: OFFICE}
    )

    assert routed.agency == DDS and routed.rule == TO_DDS and routed.skipped == ()


def test_a_deactivated_agency_is_passed_over_with_a_warning() -> None:
    closed = Agency(DDS.id, "DDS", AgencyKind.bureau, "ปิด", "Closed", is_active=False)
    agencies = {DDS.id: closed}

    routed = pick_agency(
        matching_rules(RULES, CHAIN, DIN_DAENG), DIN_DAENG, agencies, {DIN_DAENG: OFFICE}
    )

    assert routed.agency == OFFICE and routed.rule == DEFAULT
    assert routed.skipped == (TO_DDS,)
    assert skipped_warning(routed.skipped, agencies) == (
        f"rule {TO_DDS.id} skipped: agency DDS is deactivated"
    )


def test_when_every_rule_fails_the_most_specific_error_is_raised() -> None:
    closed = Agency(DDS.id, "DDS", AgencyKind.bureau, "ปิด", "Closed", is_active=False)
    with pytest.raises(AgencyInactive):
        pick_agency(matching_rules(RULES, CHAIN, None), None, {DDS.id: closed}, {})
    with pytest.raises(NoDistrict):
        pick_agency(matching_rules([DEFAULT], CHAIN, None), None, {}, {})
    closed_office = Agency(
        OFFICE.id, DIN_DAENG, AgencyKind.district_office, "ก", "A", DIN_DAENG, is_active=False
    )
    with pytest.raises(NoDistrictOffice):
        pick_agency([DEFAULT], DIN_DAENG, {}, {DIN_DAENG: closed_office})
    with pytest.raises(NoRoutingRule):
        pick_agency([], DIN_DAENG, {}, {DIN_DAENG: OFFICE})
