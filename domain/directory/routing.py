"""Routing: which rule applies to a case, which agency it names, and who coordinates there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from domain.directory.model import DISTRICT_CODE_RE, Agency, Coordinator
from domain.errors import Conflict, DomainError, FieldError, InvalidValue, NotFound

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


class AgencyInactive(Conflict):
    code = "routing.agency_inactive"
    title = "The agency the routing rule names takes no new cases"
    title_th = "หน่วยงานที่กฎการส่งต่อกำหนดไม่รับเรื่องใหม่"


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
                errors=[FieldError(("target", "agency_id"), msg)],
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
    # A new case this rule routes goes straight to the agency and its available coordinator,
    # without waiting for OMB triage (urgent categories).
    assign_at_intake: bool = False

    def __post_init__(self) -> None:
        if self.district_code is not None and not DISTRICT_CODE_RE.fullmatch(self.district_code):
            msg = "A district code has 4 digits"
            raise InvalidValue(
                msg,
                detail_th="รหัสเขตต้องเป็นตัวเลข 4 หลัก",
                code="routing.invalid_rule",
                errors=[FieldError(("district_code",), msg)],
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
    # The agency itself (for display) and the more specific rules passed over because
    # their agency could not take new cases.
    agency: Agency | None = None
    skipped_rule_ids: tuple[UUID, ...] = ()


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
    candidates = matching_rules(rules, category_chain, district_code)
    return candidates[0] if candidates else None


def matching_rules(
    rules: Iterable[RoutingRule],
    category_chain: Sequence[UUID],
    district_code: str | None,
) -> list[RoutingRule]:
    """Every active rule that applies to the case, most specific first (see `choose_rule`)."""
    by_key: dict[tuple[UUID | None, str | None], RoutingRule] = {}
    # Uniqueness of (category, district) is the store's job; if it slips, the lowest id wins
    # so that the same data always routes the same way.
    for rule in sorted(rules, key=lambda r: r.id.int, reverse=True):
        if rule.is_active:
            by_key[(rule.category_id, rule.district_code)] = rule
    levels: list[UUID | None] = [*category_chain, None]
    found: list[RoutingRule] = []
    for category_id in levels:
        if district_code is not None and (category_id, district_code) in by_key:
            found.append(by_key[(category_id, district_code)])
        if (category_id, None) in by_key:
            found.append(by_key[(category_id, None)])
    return found


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
            errors=[FieldError(("district_code",), msg, "missing")],
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


@dataclass(frozen=True)
class RoutedAgency:
    """The agency a case goes to, the rule that sent it there, and the rules passed over."""

    agency: Agency
    rule: RoutingRule
    skipped: tuple[RoutingRule, ...] = ()


def pick_agency(
    candidates: Sequence[RoutingRule],
    district_code: str | None,
    agencies: Mapping[UUID, Agency],
    district_offices: Mapping[str, Agency],
) -> RoutedAgency:
    """Walk `candidates` (from `matching_rules`) to the first one naming an active agency.

    A deactivated agency receives no new cases, so its rule is passed over and the next,
    less specific rule decides: intake keeps working and the decision says what was skipped.
    A district-office rule for a case without a district, or whose district office is
    missing or deactivated, is passed over the same way. When nothing is left, the error
    of the most specific rule is raised; with no rule at all, `routing.no_rule`.
    `agencies` holds at least the agencies the candidates name.
    """
    if not candidates:
        raise NoRoutingRule(
            "No routing rule applies and there is no default rule.",
            detail_th="ไม่มีกฎการส่งต่อที่ใช้ได้และไม่มีกฎตั้งต้น",
        )
    skipped: list[RoutingRule] = []
    first_error: DomainError | None = None
    for rule in candidates:
        try:
            agency_id = resolve_agency(rule, district_code, district_offices)
        except (NoDistrict, NoDistrictOffice) as exc:
            first_error = first_error or exc
            skipped.append(rule)
            continue
        agency = agencies.get(agency_id)
        if agency is None and district_code is not None:
            office = district_offices.get(district_code)
            agency = office if office is not None and office.id == agency_id else None
        if agency is None or not agency.is_active:
            first_error = first_error or AgencyInactive(
                f"Routing rule {rule.id} names an agency that takes no new cases.",
                detail_th="กฎการส่งต่อกำหนดหน่วยงานที่ถูกปิดการใช้งาน",
                extra={"rule_id": str(rule.id), "agency_id": str(agency_id)},
            )
            skipped.append(rule)
            continue
        return RoutedAgency(agency, rule, tuple(skipped))
    assert first_error is not None
    raise first_error


def skipped_warning(skipped: Sequence[RoutingRule], agencies: Mapping[UUID, Agency]) -> str | None:
    """A human-readable note of the rules `pick_agency` passed over, or None."""
    if not skipped:
        return None
    parts = []
    for rule in skipped:
        target = rule.target
        if target.kind is TargetKind.agency and target.agency_id is not None:
            agency = agencies.get(target.agency_id)
            name = agency.code if agency is not None else str(target.agency_id)
            parts.append(f"rule {rule.id} skipped: agency {name} is deactivated")
        else:
            parts.append(f"rule {rule.id} skipped: no active district office for the case")
    return "; ".join(parts)
