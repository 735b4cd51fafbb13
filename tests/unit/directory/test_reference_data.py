"""Consistency of the seeded category tree and routing rules, and the MOU routing scenarios."""

from __future__ import annotations

import csv
import json
from importlib import resources
from typing import Any
from uuid import UUID, uuid4

import pytest

from domain.directory import (
    Agency,
    AgencyKind,
    Category,
    RoutingRule,
    RoutingTarget,
    ancestor_chain,
    choose_rule,
    resolve_agency,
)

SLA_CLASSES = {"urgent_24x7", "standard", "extended"}
OMB_CODE = "OMB"


def _text(name: str) -> str:
    return resources.files("infra.reference_data").joinpath(name).read_text(encoding="utf-8")


def _csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_text(name).splitlines()))


CATEGORIES: list[dict[str, Any]] = json.loads(_text("categories.json"))
RULES: list[dict[str, Any]] = json.loads(_text("routing_rules.json"))
BUREAU_CODES = {row["code"] for row in _csv("bma_bureaus.csv")}
DISTRICTS = {row["code"]: row for row in _csv("bangkok_districts.csv")}
BY_CODE = {c["service_code"]: c for c in CATEGORIES}


def test_service_codes_are_unique() -> None:
    codes = [c["service_code"] for c in CATEGORIES]

    assert len(codes) == len(set(codes))


def test_every_parent_exists_and_comes_first() -> None:
    seen: set[str] = set()
    for c in CATEGORIES:
        # Parents first, so a loader can insert in file order.
        assert c["parent"] is None or c["parent"] in seen, c["service_code"]
        seen.add(c["service_code"])


def test_child_codes_extend_their_parents_code() -> None:
    for c in CATEGORIES:
        if c["parent"] is not None:
            assert c["service_code"].startswith(c["parent"] + "."), c["service_code"]


def test_categories_have_names_known_sla_classes_and_mou_areas() -> None:
    for c in CATEGORIES:
        assert set(c) == {"service_code", "parent", "name_th", "name_en", "sla_class", "mou_area"}
        assert c["name_th"].strip() and c["name_en"].strip()
        assert c["sla_class"] in SLA_CLASSES, c["service_code"]
        assert c["mou_area"] in {1, 5}, c["service_code"]


def test_required_top_level_categories_exist() -> None:
    top = {c["service_code"] for c in CATEGORIES if c["parent"] is None}

    assert {
        "roads",
        "drainage_and_flooding",
        "waste",
        "noise",
        "encroachment",
        "street_vendors",
        "traffic",
        "lighting",
        "trees",
        "public_health",
        "misconduct",
        "other",
    } <= top


def test_zebra_crossing_and_traffic_are_mou_area_5() -> None:
    assert BY_CODE["roads.zebra_crossing"]["mou_area"] == 5
    for c in CATEGORIES:
        if c["service_code"].split(".")[0] == "traffic":
            assert c["mou_area"] == 5, c["service_code"]


def test_every_rule_category_exists() -> None:
    for r in RULES:
        assert r["category"] is None or r["category"] in BY_CODE, r


def test_every_agency_code_is_a_seeded_bureau_or_the_omb() -> None:
    for r in RULES:
        if isinstance(r["target"], dict):
            assert r["target"]["agency_code"] in BUREAU_CODES | {OMB_CODE}, r
        else:
            assert r["target"] == "district_office", r


def test_rules_are_unique_per_category_and_district() -> None:
    keys = [(r["category"], r["district"]) for r in RULES]

    assert len(keys) == len(set(keys))


def test_drainage_and_flooding_routes_to_dds() -> None:
    assert {
        "category": "drainage_and_flooding",
        "district": None,
        "target": {"agency_code": "DDS"},
    } in RULES


def test_there_is_exactly_one_default_rule() -> None:
    defaults = [r for r in RULES if r["category"] is None and r["district"] is None]

    assert defaults == [{"category": None, "district": None, "target": "district_office"}]


# The seed files turned into domain objects, as the seeder will do, to route sample cases.
CATEGORY_IDS = {code: uuid4() for code in BY_CODE}
AGENCY_IDS = {code: uuid4() for code in BUREAU_CODES | {OMB_CODE}}
OFFICES = {
    code: Agency(
        uuid4(),
        code,
        AgencyKind.district_office,
        f"สำนักงานเขต{row['name_th']}",
        f"{row['name_en']} District Office",
        district_code=code,
    )
    for code, row in DISTRICTS.items()
}


def _category(c: dict[str, Any]) -> Category:
    return Category(
        id=CATEGORY_IDS[c["service_code"]],
        service_code=c["service_code"],
        name_th=c["name_th"],
        name_en=c["name_en"],
        sla_class=c["sla_class"],
        parent_id=CATEGORY_IDS[c["parent"]] if c["parent"] else None,
        mou_area_id=c["mou_area"],
    )


def _rule(r: dict[str, Any]) -> RoutingRule:
    target = (
        RoutingTarget.to_agency(AGENCY_IDS[r["target"]["agency_code"]])
        if isinstance(r["target"], dict)
        else RoutingTarget.to_district_office()
    )
    category_id = CATEGORY_IDS[r["category"]] if r["category"] else None
    return RoutingRule(uuid4(), target, category_id, r["district"])


TREE = {c.id: c for c in map(_category, CATEGORIES)}
DOMAIN_RULES = [_rule(r) for r in RULES]


def route(service_code: str, district_code: str | None) -> UUID:
    chain = [c.id for c in ancestor_chain(CATEGORY_IDS[service_code], TREE)]
    chosen = choose_rule(DOMAIN_RULES, chain, district_code)
    assert chosen is not None
    return resolve_agency(chosen, district_code, OFFICES)


def test_every_category_routes_somewhere_in_every_district() -> None:
    for code in BY_CODE:
        for district_code in DISTRICTS:
            route(code, district_code)


def test_faded_zebra_crossing_in_din_daeng_goes_to_the_din_daeng_district_office() -> None:
    assert DISTRICTS["1026"]["name_en"] == "Din Daeng"

    assert route("roads.zebra_crossing", "1026") == OFFICES["1026"].id


@pytest.mark.parametrize(
    ("service_code", "agency_code"),
    [
        ("drainage_and_flooding", "DDS"),
        ("drainage_and_flooding.blocked_drain", "DDS"),
        ("drainage_and_flooding.flooding", "DDS"),
        ("traffic.traffic_signals", "TTD"),
    ],
)
def test_bureau_rules_apply_to_the_category_and_its_children(
    service_code: str, agency_code: str
) -> None:
    assert route(service_code, "1026") == AGENCY_IDS[agency_code]
    assert route(service_code, None) == AGENCY_IDS[agency_code]


@pytest.mark.parametrize("service_code", ["misconduct", "traffic.illegal_parking", "other"])
def test_other_cases_go_to_the_district_office(service_code: str) -> None:
    assert route(service_code, "1004") == OFFICES["1004"].id
