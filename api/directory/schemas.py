"""HTTP schemas for agencies, coordinators, complaint categories, routing rules and the preview.

In the Update schemas a field left out keeps its stored value. Fields that may be empty accept
null to clear them; for the others (marked NOT_NULL) null is a 422.
"""

from __future__ import annotations

import uuid
from typing import Annotated, TypeVar

from pydantic import AfterValidator, EmailStr, Field, StrictBool, StrictInt

from api.schemas import InputModel, OutputModel, PointIn
from domain.directory.model import (
    Agency,
    AgencyKind,
    Category,
    Coordinator,
    CoordinatorLevel,
    CoordinatorStatus,
)
from domain.directory.routing import RoutingDecision, RoutingRule, TargetKind

PHONE = r"^[0-9+\-() ]{3,32}$"
LINE_ID = r"^@?[A-Za-z0-9._-]{1,63}$"
# The Messaging API user id LINE sends with events: "U" and 32 hex digits.
LINE_USER_ID = r"^U[0-9a-f]{32}$"
DISTRICT_CODE = r"^\d{4}$"
AGENCY_CODE = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"
SERVICE_CODE = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"
SLA_CLASS = r"^[a-z][a-z0-9_]{0,31}$"

T = TypeVar("T")


def _not_null(value: T) -> T:
    if value is None:
        raise ValueError("may be left out, but cannot be null")
    return value


# For PATCH fields that cannot be empty: absent keeps the stored value, null is a 422.
NOT_NULL = AfterValidator(_not_null)


# --- agencies ------------------------------------------------------------------------------


class AgencyRead(OutputModel):
    """A district office, BMA bureau, the OMB or another body that can own a complaint."""

    id: uuid.UUID
    code: str
    kind: AgencyKind
    name_th: str
    name_en: str
    district_code: str | None
    phone: str | None
    fax: str | None
    email: str | None
    line_id: str | None
    is_active: bool
    version: int
    head_name: str | None = Field(description="The agency's head: the coordinators' supervisor")
    head_title_th: str | None = Field(description="The head's position, e.g. ผู้อำนวยการเขต")
    head_email: str | None = Field(
        description="Where escalations naming `agency_head` go (staff only)"
    )

    @classmethod
    def of(cls, agency: Agency) -> AgencyRead:
        c = agency.contacts
        return cls(
            id=agency.id,
            code=agency.code,
            kind=agency.kind,
            name_th=agency.name_th,
            name_en=agency.name_en,
            district_code=agency.district_code,
            phone=c.phone,
            fax=c.fax,
            email=c.email,
            line_id=c.line_id,
            is_active=agency.is_active,
            version=agency.version,
            head_name=agency.head_name,
            head_title_th=agency.head_title_th,
            head_email=agency.head_email,
        )


class AgencyPage(OutputModel):
    items: list[AgencyRead]
    next_cursor: str | None


class AgencyCreate(InputModel):
    """A new agency; a district office names its district (one office per district)."""

    code: str = Field(pattern=AGENCY_CODE, description="Stable short code, e.g. DDS or 1026")
    kind: AgencyKind
    name_th: str = Field(min_length=1, max_length=300)
    name_en: str = Field(min_length=1, max_length=300)
    district_code: str | None = Field(default=None, pattern=DISTRICT_CODE)
    phone: str | None = Field(default=None, pattern=PHONE)
    fax: str | None = Field(default=None, pattern=PHONE)
    email: EmailStr | None = None
    line_id: str | None = Field(default=None, pattern=LINE_ID)
    head_name: str | None = Field(default=None, min_length=1, max_length=200)
    head_title_th: str | None = Field(default=None, min_length=1, max_length=200)
    head_email: EmailStr | None = None


class AgencyUpdate(InputModel):
    """Names, contact channels and the active flag; code, kind and district never change."""

    name_th: Annotated[str | None, NOT_NULL] = Field(default=None, min_length=1, max_length=300)
    name_en: Annotated[str | None, NOT_NULL] = Field(default=None, min_length=1, max_length=300)
    phone: str | None = Field(default=None, pattern=PHONE)
    fax: str | None = Field(default=None, pattern=PHONE)
    email: EmailStr | None = None
    line_id: str | None = Field(default=None, pattern=LINE_ID)
    is_active: Annotated[StrictBool | None, NOT_NULL] = Field(default=None)
    head_name: str | None = Field(default=None, min_length=1, max_length=200)
    head_title_th: str | None = Field(default=None, min_length=1, max_length=200)
    head_email: EmailStr | None = None


# --- coordinators --------------------------------------------------------------------------


class CoordinatorRead(OutputModel):
    """A Fast Track coordinator of an agency (ผู้ประสานงาน)."""

    id: uuid.UUID
    agency_id: uuid.UUID
    name: str
    level: CoordinatorLevel
    title_th: str | None
    phone: str | None
    fax: str | None
    email: str | None
    line_id: str | None
    line_user_id: str | None
    status: CoordinatorStatus
    is_primary: bool
    backup_rank: int | None
    user_id: uuid.UUID | None
    is_active: bool
    version: int

    @classmethod
    def of(cls, coordinator: Coordinator) -> CoordinatorRead:
        c = coordinator.contacts
        return cls(
            id=coordinator.id,
            agency_id=coordinator.agency_id,
            name=coordinator.name,
            level=coordinator.level,
            title_th=coordinator.title_th,
            phone=c.phone,
            fax=c.fax,
            email=c.email,
            line_id=c.line_id,
            line_user_id=c.line_user_id,
            status=coordinator.status,
            is_primary=coordinator.is_primary,
            backup_rank=coordinator.backup_rank,
            user_id=coordinator.user_id,
            is_active=coordinator.is_active,
            version=coordinator.version,
        )


class CoordinatorPage(OutputModel):
    items: list[CoordinatorRead]
    next_cursor: str | None


class CoordinatorCreate(InputModel):
    """A new coordinator. `level` defaults to the one the agency's kind requires; a second
    primary is a 409 (swap with PUT /agencies/{id}/primary-coordinator)."""

    agency_id: uuid.UUID
    name: str = Field(min_length=1, max_length=200)
    level: CoordinatorLevel | None = None
    title_th: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, pattern=PHONE)
    fax: str | None = Field(default=None, pattern=PHONE)
    email: EmailStr | None = None
    line_id: str | None = Field(default=None, pattern=LINE_ID)
    line_user_id: str | None = Field(default=None, pattern=LINE_USER_ID)
    status: CoordinatorStatus = CoordinatorStatus.active
    is_primary: StrictBool = False
    backup_rank: StrictInt | None = Field(default=None, ge=1, le=99)
    user_id: uuid.UUID | None = None


class CoordinatorUpdate(InputModel):
    """Changes to a coordinator; the agency stays (someone who moves gets a new record)."""

    name: Annotated[str | None, NOT_NULL] = Field(default=None, min_length=1, max_length=200)
    level: Annotated[CoordinatorLevel | None, NOT_NULL] = Field(default=None)
    title_th: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, pattern=PHONE)
    fax: str | None = Field(default=None, pattern=PHONE)
    email: EmailStr | None = None
    line_id: str | None = Field(default=None, pattern=LINE_ID)
    line_user_id: str | None = Field(default=None, pattern=LINE_USER_ID)
    status: Annotated[CoordinatorStatus | None, NOT_NULL] = Field(default=None)
    is_primary: Annotated[StrictBool | None, NOT_NULL] = Field(default=None)
    backup_rank: StrictInt | None = Field(default=None, ge=1, le=99)
    user_id: uuid.UUID | None = None
    is_active: Annotated[StrictBool | None, NOT_NULL] = Field(default=None)


class PrimaryCoordinatorUpdate(InputModel):
    """The coordinator who becomes the agency's primary (the previous one is demoted)."""

    coordinator_id: uuid.UUID


# --- categories ----------------------------------------------------------------------------


class CategoryRead(OutputModel):
    """A node of the complaint category tree."""

    id: uuid.UUID
    service_code: str
    parent_id: uuid.UUID | None
    name_th: str
    name_en: str
    sla_class: str
    mou_area_id: int
    is_active: bool
    version: int

    @classmethod
    def of(cls, category: Category) -> CategoryRead:
        return cls(
            id=category.id,
            service_code=category.service_code,
            parent_id=category.parent_id,
            name_th=category.name_th,
            name_en=category.name_en,
            sla_class=category.sla_class,
            mou_area_id=category.mou_area_id,
            is_active=category.is_active,
            version=category.version,
        )


class CategoryPage(OutputModel):
    items: list[CategoryRead]
    next_cursor: str | None


class CategoryCreate(InputModel):
    """A new category; `service_code` is permanent (e.g. roads.zebra_crossing)."""

    service_code: str = Field(max_length=100, pattern=SERVICE_CODE)
    parent_id: uuid.UUID | None = None
    name_th: str = Field(min_length=1, max_length=200)
    name_en: str = Field(min_length=1, max_length=200)
    sla_class: str = Field(pattern=SLA_CLASS, examples=["standard"])
    mou_area_id: StrictInt = Field(default=1, ge=1, le=5)


class CategoryUpdate(InputModel):
    """Rename, re-class, move (`parent_id`, null for the top level) or (de)activate."""

    parent_id: uuid.UUID | None = None
    name_th: Annotated[str | None, NOT_NULL] = Field(default=None, min_length=1, max_length=200)
    name_en: Annotated[str | None, NOT_NULL] = Field(default=None, min_length=1, max_length=200)
    sla_class: Annotated[str | None, NOT_NULL] = Field(default=None, pattern=SLA_CLASS)
    mou_area_id: Annotated[StrictInt | None, NOT_NULL] = Field(default=None, ge=1, le=5)
    is_active: Annotated[StrictBool | None, NOT_NULL] = Field(default=None)


# --- routing rules -------------------------------------------------------------------------


class RoutingRuleRead(OutputModel):
    """Cases of the category (and its sub-categories), optionally in one district, go to the
    target: one agency, or the district office of the case's district. No category and no
    district is the default rule."""

    id: uuid.UUID
    category_id: uuid.UUID | None
    district_code: str | None
    target_kind: TargetKind
    target_agency_id: uuid.UUID | None
    is_active: bool
    assign_at_intake: bool = Field(
        description="A new case this rule routes goes straight to the agency and its available "
        "coordinator at intake (timeline entry naming the rule), without OMB triage"
    )
    version: int

    @classmethod
    def of(cls, rule: RoutingRule) -> RoutingRuleRead:
        return cls(
            id=rule.id,
            category_id=rule.category_id,
            district_code=rule.district_code,
            target_kind=rule.target.kind,
            target_agency_id=rule.target.agency_id,
            is_active=rule.is_active,
            assign_at_intake=rule.assign_at_intake,
            version=rule.version,
        )


class RoutingRulePage(OutputModel):
    items: list[RoutingRuleRead]
    next_cursor: str | None


class RoutingRuleCreate(InputModel):
    """A new rule; one live rule per (category, district)."""

    category_id: uuid.UUID | None = None
    district_code: str | None = Field(default=None, pattern=DISTRICT_CODE)
    target_kind: TargetKind
    target_agency_id: uuid.UUID | None = Field(
        default=None, description="Required when target_kind is agency, forbidden otherwise"
    )
    is_active: StrictBool = True
    assign_at_intake: StrictBool = Field(
        default=False,
        description="Assign new cases this rule routes at intake, skipping OMB triage",
    )


class RoutingRuleUpdate(InputModel):
    """Retarget or (de)activate a rule; its category and district are fixed."""

    target_kind: Annotated[TargetKind | None, NOT_NULL] = Field(default=None)
    target_agency_id: uuid.UUID | None = None
    is_active: Annotated[StrictBool | None, NOT_NULL] = Field(default=None)
    assign_at_intake: Annotated[StrictBool | None, NOT_NULL] = Field(default=None)


# --- routing preview -----------------------------------------------------------------------


class RoutingPreviewRequest(InputModel):
    """A category and where the case is: a district code, or a location (not both)."""

    category_id: uuid.UUID
    district_code: str | None = Field(default=None, pattern=DISTRICT_CODE)
    location: PointIn | None = None


class RoutingPreviewRead(OutputModel):
    """Where such a case would go now, who coordinates it there, and which rule decided."""

    agency: AgencyRead
    coordinator: CoordinatorRead | None
    warning: str | None
    rule_id: uuid.UUID
    district_code: str | None
    skipped_rule_ids: list[uuid.UUID] = Field(
        description="More specific rules passed over because their agency takes no new cases"
    )

    @classmethod
    def of(cls, decision: RoutingDecision) -> RoutingPreviewRead:
        assert decision.agency is not None
        return cls(
            agency=AgencyRead.of(decision.agency),
            coordinator=CoordinatorRead.of(decision.coordinator) if decision.coordinator else None,
            warning=decision.warning,
            rule_id=decision.rule.id,
            district_code=decision.district_code,
            skipped_rule_ids=list(decision.skipped_rule_ids),
        )
