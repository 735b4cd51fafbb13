"""Routing: which rule applies to a case, which agency it names, and who coordinates there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from domain.directory.model import DISTRICT_CODE_RE, Agency, Coordinator
from domain.errors import Conflict, FieldError, InvalidValue, NotFound

NO_COORDINATOR_WARNING = "The agency has no available coordinator"


class TargetKind(StrEnum):
    agency = "agency"
    # Resolved per case: the district office of the case's district.
    district_office = "district_office"


class NoDistrict(InvalidValue):
    code = "routing.no_district"
    title = "The case has no district to route to a district office"
    title_th = "ไม่สามารถส่งเรื่องให้สำนักงานเขตได้เพราะไม่ทราบเขต"


class NoDistrictOffice(NotFound):
    code = "routing.no_district_office"
    title = "No active district office for the district"
    title_th = "ไม่พบสำนักงานเขตที่เปิดใช้งานของเขตนี้"


class NoRoutingRule(Conflict):
    """For the routing service when `choose_rule` finds nothing: the default rule is missing."""

    code = "routing.no_rule"
    title = "No routing rule applies"
    title_th = "ไม่มีกฎการส่งต่อเรื่องที่ใช้ได้"


@dataclass(frozen=True)
class RoutingTarget:
    """Either one named agency, or the district office of whichever district the case is in."""

    kind: TargetKind
    agency_id: UUID | None = None

    def __post_init__(self) -> None:
        if (self.kind is TargetKind.agency) != (self.agency_id is not None):
            msg = "agency_id is required for an agency target and forbidden otherwise"
            raise InvalidValue(
                msg,
                detail_th="ต้องระบุหน่วยงานเมื่อส่งให้หน่วยงานเฉพาะ และห้ามระบุในกรณีอื่น",
                code="routing.invalid_target",
                errors=[FieldError(("body", "target", "agency_id"), msg)],
            )

    @classmethod
    def to_agency(cls, agency_id: UUID) -> RoutingTarget:
        return cls(TargetKind.agency, agency_id)

    @classmethod
    def to_district_office(cls) -> RoutingTarget:
        return cls(TargetKind.district_office)


@dataclass(frozen=True)
class RoutingRule:
    """Send cases of a category (and its sub-categories), optionally in one district, to a target.

    No category means any category; no category and no district is the default rule.
    """

    id: UUID
    target: RoutingTarget
    category_id: UUID | None = None
    district_code: str | None = None
    is_active: bool = True
    version: int = 1

    def __post_init__(self) -> None:
        if self.district_code is not None and not DISTRICT_CODE_RE.fullmatch(self.district_code):
            msg = "A district code has 4 digits"
            raise InvalidValue(
                msg,
                detail_th="รหัสเขตต้องเป็นตัวเลข 4 หลัก",
                code="routing.invalid_rule",
                errors=[FieldError(("body", "district_code"), msg)],
            )

    @property
    def is_default(self) -> bool:
        return self.category_id is None and self.district_code is None


@dataclass(frozen=True)
class RoutingDecision:
    """Where a case goes, who to notify there, and why (the rule), for the audit trail."""

    agency_id: UUID
    coordinator: Coordinator | None
    rule: RoutingRule
    warning: str | None
    district_code: str | None


def choose_rule(
    rules: Iterable[RoutingRule],
    category_chain: Sequence[UUID],
    district_code: str | None,
) -> RoutingRule | None:
    """The most specific active rule for a case.

    `category_chain` runs from the case's category up to the root. The nearest category
    wins; at each level a rule for the case's district beats one for any district. After
    the root come the rules without a category: district-only, then the default.
    """
    by_key: dict[tuple[UUID | None, str | None], RoutingRule] = {}
    # Uniqueness of (category, district) is the store's job; if it slips, the lowest id wins
    # so that the same data always routes the same way.
    for rule in sorted(rules, key=lambda r: r.id.int, reverse=True):
        if rule.is_active:
            by_key[(rule.category_id, rule.district_code)] = rule
    levels: list[UUID | None] = [*category_chain, None]
    for category_id in levels:
        if district_code is not None and (category_id, district_code) in by_key:
            return by_key[(category_id, district_code)]
        if (category_id, None) in by_key:
            return by_key[(category_id, None)]
    return None


def resolve_agency(
    rule: RoutingRule, district_code: str | None, district_offices: Mapping[str, Agency]
) -> UUID:
    """The id of the agency the rule names for a case in `district_code`.

    `district_offices` maps district codes to their district office.
    """
    target = rule.target
    # RoutingTarget guarantees an agency_id for agency targets; the check narrows the type.
    if target.kind is TargetKind.agency and target.agency_id is not None:
        return target.agency_id
    if district_code is None:
        msg = "The routing rule sends this case to a district office, but the case has no district"
        raise NoDistrict(
            msg,
            detail_th="กฎการส่งต่อกำหนดให้ส่งสำนักงานเขต แต่เรื่องนี้ไม่ได้ระบุเขต",
            extra={"rule_id": str(rule.id)},
            errors=[FieldError(("body", "district_code"), msg, "missing")],
        )
    office = district_offices.get(district_code)
    if office is None or not office.is_active:
        raise NoDistrictOffice(
            f"District {district_code} has no active district office.",
            detail_th=f"เขตรหัส {district_code} ไม่มีสำนักงานเขตที่เปิดใช้งาน",
            extra={"district_code": district_code, "rule_id": str(rule.id)},
        )
    return office.id


def choose_coordinator(
    coordinators: Iterable[Coordinator],
) -> tuple[Coordinator | None, str | None]:
    """The agency's primary if available, else its first available backup, else a warning.

    Coordinators without a backup_rank are never picked: only named backups stand in.
    """
    available = sorted((c for c in coordinators if c.is_available), key=lambda c: c.id.int)
    primary = next((c for c in available if c.is_primary), None)
    if primary is not None:
        return primary, None
    backups = [c for c in available if c.backup_rank is not None]
    if backups:
        return min(backups, key=lambda c: c.backup_rank or 0), None
    return None, NO_COORDINATOR_WARNING
