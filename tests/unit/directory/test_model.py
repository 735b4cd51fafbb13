"""Unit tests for the directory's entities, the coordinator-level rule and the category tree."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from domain.directory import (
    Agency,
    AgencyKind,
    Category,
    CategoryNotFound,
    Coordinator,
    CoordinatorLevel,
    CoordinatorStatus,
    ancestor_chain,
    check_level_matches,
    check_parent,
)
from domain.errors import FieldError, InvalidValue, NotFound


def category(code: str, parent: Category | None = None, **kw: object) -> Category:
    return Category(
        id=uuid4(),
        service_code=code,
        name_th=code,
        name_en=code,
        sla_class="standard",
        parent_id=parent.id if parent else None,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("level", "kind"),
    [
        (CoordinatorLevel.district, AgencyKind.district_office),
        (CoordinatorLevel.bureau, AgencyKind.bureau),
        (CoordinatorLevel.other, AgencyKind.omb),
        (CoordinatorLevel.other, AgencyKind.external_partner),
        (CoordinatorLevel.other, AgencyKind.other_government),
    ],
)
def test_level_matching_the_agency_kind_is_accepted(
    level: CoordinatorLevel, kind: AgencyKind
) -> None:
    check_level_matches(level, kind)


@pytest.mark.parametrize(
    ("level", "kind"),
    [
        (CoordinatorLevel.bureau, AgencyKind.district_office),
        (CoordinatorLevel.other, AgencyKind.district_office),
        (CoordinatorLevel.district, AgencyKind.bureau),
        (CoordinatorLevel.other, AgencyKind.bureau),
        (CoordinatorLevel.district, AgencyKind.omb),
        (CoordinatorLevel.bureau, AgencyKind.external_partner),
    ],
)
def test_level_mismatch_is_invalid_on_the_level_field(
    level: CoordinatorLevel, kind: AgencyKind
) -> None:
    with pytest.raises(InvalidValue) as caught:
        check_level_matches(level, kind)

    assert caught.value.code == "coordinator.level_mismatch"
    assert [e.loc for e in caught.value.errors] == [("level",)]


def test_bureau_coordinator_on_a_district_office_names_the_expected_level() -> None:
    with pytest.raises(InvalidValue) as caught:
        check_level_matches(CoordinatorLevel.bureau, AgencyKind.district_office)

    assert caught.value.extra == {"expected_level": "district"}
    assert isinstance(caught.value.errors[0], FieldError)


def test_district_office_requires_a_district_code() -> None:
    with pytest.raises(InvalidValue) as caught:
        Agency(uuid4(), "1026", AgencyKind.district_office, "สำนักงานเขตดินแดง", "Din Daeng")

    assert caught.value.code == "agency.district_required"
    assert caught.value.errors[0].loc == ("district_code",)


@pytest.mark.parametrize("district_code", ["126", "10266", "abcd"])
def test_agency_rejects_malformed_district_codes(district_code: str) -> None:
    with pytest.raises(InvalidValue):
        Agency(uuid4(), "X", AgencyKind.district_office, "x", "x", district_code=district_code)


def test_bureau_needs_no_district() -> None:
    agency = Agency(uuid4(), "DDS", AgencyKind.bureau, "สำนักการระบายน้ำ", "Drainage")

    assert agency.district_code is None
    assert agency.version == 1


@pytest.mark.parametrize(
    ("status", "is_active", "available"),
    [
        (CoordinatorStatus.active, True, True),
        (CoordinatorStatus.on_leave, True, False),
        (CoordinatorStatus.active, False, False),
    ],
)
def test_coordinator_availability(
    status: CoordinatorStatus, is_active: bool, available: bool
) -> None:
    coordinator = Coordinator(
        uuid4(), uuid4(), "สมชาย", CoordinatorLevel.district, status=status, is_active=is_active
    )

    assert coordinator.is_available is available


def test_backup_rank_starts_at_one() -> None:
    with pytest.raises(InvalidValue):
        Coordinator(uuid4(), uuid4(), "สมชาย", CoordinatorLevel.district, backup_rank=0)


@pytest.mark.parametrize("code", ["Roads", "roads.", ".roads", "roads zebra", "roads..x", "1roads"])
def test_category_rejects_malformed_service_codes(code: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        category(code)

    assert caught.value.errors[0].loc == ("service_code",)


@pytest.mark.parametrize("area", [0, 6])
def test_category_rejects_unknown_mou_areas(area: int) -> None:
    with pytest.raises(InvalidValue):
        category("roads", mou_area_id=area)


def test_ancestor_chain_runs_from_the_category_to_the_root() -> None:
    roads = category("roads")
    zebra = category("roads.zebra_crossing", roads, mou_area_id=5)
    other = category("other")
    by_id = {c.id: c for c in (roads, zebra, other)}

    assert ancestor_chain(zebra.id, by_id) == [zebra, roads]
    assert ancestor_chain(roads.id, by_id) == [roads]


def test_ancestor_chain_detects_cycles() -> None:
    a_id, b_id, c_id = uuid4(), uuid4(), uuid4()
    by_id = {
        a_id: Category(a_id, "a", "a", "a", "standard", parent_id=b_id),
        b_id: Category(b_id, "b", "b", "b", "standard", parent_id=c_id),
        c_id: Category(c_id, "c", "c", "c", "standard", parent_id=a_id),
    }

    with pytest.raises(InvalidValue) as caught:
        ancestor_chain(a_id, by_id)

    assert caught.value.code == "category.cycle"
    assert caught.value.errors[0].loc == ("parent_id",)


def test_a_category_cannot_be_its_own_parent() -> None:
    same = uuid4()

    with pytest.raises(InvalidValue) as caught:
        Category(same, "a", "a", "a", "standard", parent_id=same)

    assert caught.value.code == "category.cycle"


def test_ancestor_chain_reports_unknown_and_dangling_ids() -> None:
    orphan = category("orphan", parent=None)
    dangling = Category(uuid4(), "d", "d", "d", "standard", parent_id=uuid4())
    by_id: dict[UUID, Category] = {orphan.id: orphan, dangling.id: dangling}

    with pytest.raises(CategoryNotFound):
        ancestor_chain(uuid4(), by_id)
    with pytest.raises(NotFound) as caught:
        ancestor_chain(dangling.id, by_id)
    assert caught.value.code == "category.not_found"


def test_check_parent_refuses_moving_a_category_under_its_descendant() -> None:
    roads = category("roads")
    zebra = category("roads.zebra_crossing", roads)
    paint = category("roads.zebra_crossing.paint", zebra)
    other = category("other")
    by_id = {c.id: c for c in (roads, zebra, paint, other)}

    for new_parent in (zebra.id, paint.id, roads.id):
        with pytest.raises(InvalidValue) as caught:
            check_parent(roads.id, new_parent, by_id)
        assert caught.value.code == "category.cycle"

    check_parent(roads.id, other.id, by_id)
    check_parent(roads.id, None, by_id)
    check_parent(uuid4(), paint.id, by_id)  # a new category under a leaf
