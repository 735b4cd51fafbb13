"""The directory: agencies, their coordinators and the complaint category tree."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

from domain.errors import FieldError, InvalidValue, NotFound

# Dotted lowercase slugs ("roads.zebra_crossing"): stable keys that seed data, routing rules
# and clients refer to, so they must survive renames of the Thai and English names.
SERVICE_CODE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
DISTRICT_CODE_RE = re.compile(r"^\d{4}$")
MOU_AREA_IDS = range(1, 6)


class AgencyKind(StrEnum):
    """Same values as the stored enum in infra; the values are stable."""

    district_office = "district_office"
    bureau = "bureau"
    omb = "omb"
    external_partner = "external_partner"
    other_government = "other_government"


class CoordinatorLevel(StrEnum):
    district = "district"
    bureau = "bureau"
    other = "other"


class CoordinatorStatus(StrEnum):
    active = "active"
    on_leave = "on_leave"


class CoordinatorLevelMismatch(InvalidValue):
    code = "coordinator.level_mismatch"
    title = "The coordinator's level does not match the agency"
    title_th = "ระดับผู้ประสานงานไม่ตรงกับประเภทหน่วยงาน"


class CategoryNotFound(NotFound):
    code = "category.not_found"
    title = "Category not found"
    title_th = "ไม่พบประเภทเรื่องร้องเรียน"


class CategoryCycle(InvalidValue):
    code = "category.cycle"
    title = "The category tree would contain a cycle"
    title_th = "โครงสร้างประเภทเรื่องร้องเรียนวนซ้ำ"


def _invalid(field_name: str, msg: str, msg_th: str, code: str) -> InvalidValue:
    return InvalidValue(msg, detail_th=msg_th, code=code, errors=[FieldError((field_name,), msg)])


@dataclass(frozen=True)
class ContactChannels:
    """How to reach an agency; every channel is optional."""

    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    line_id: str | None = None


@dataclass(frozen=True)
class CoordinatorContacts(ContactChannels):
    """A person's channels; `line_user_id` is the Messaging API id used for push notices,
    unlike `line_id`, which is the handle people type to add a friend."""

    line_user_id: str | None = None


@dataclass(frozen=True)
class Agency:
    """A district office, BMA bureau, the OMB or another body that can own a complaint."""

    id: UUID
    code: str
    kind: AgencyKind
    name_th: str
    name_en: str
    district_code: str | None = None
    contacts: ContactChannels = field(default_factory=ContactChannels)
    is_active: bool = True
    version: int = 1
    # The agency's head (ผู้อำนวยการเขต / ผู้อำนวยการสำนัก), the coordinators' supervisor:
    # escalation rules may name them (EscalationTarget.agency_head).
    head_name: str | None = None
    head_title_th: str | None = None
    head_email: str | None = None

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise _invalid("code", "Agency code is required", "ต้องระบุรหัสหน่วยงาน", "agency.invalid")
        # Routing to "the district office of the case's district" relies on this link.
        if self.kind is AgencyKind.district_office and self.district_code is None:
            raise _invalid(
                "district_code",
                "A district office needs its district code",
                "สำนักงานเขตต้องระบุรหัสเขต",
                "agency.district_required",
            )
        if self.district_code is not None and not DISTRICT_CODE_RE.fullmatch(self.district_code):
            raise _invalid(
                "district_code",
                "A district code has 4 digits",
                "รหัสเขตต้องเป็นตัวเลข 4 หลัก",
                "agency.invalid",
            )


def level_for(kind: AgencyKind) -> CoordinatorLevel:
    """The only coordinator level an agency of this kind may have."""
    if kind is AgencyKind.district_office:
        return CoordinatorLevel.district
    if kind is AgencyKind.bureau:
        return CoordinatorLevel.bureau
    return CoordinatorLevel.other


def check_level_matches(level: CoordinatorLevel, agency_kind: AgencyKind) -> None:
    """Raise `coordinator.level_mismatch` unless `level` fits an agency of `agency_kind`."""
    expected = level_for(agency_kind)
    if level is not expected:
        msg = (
            f"A coordinator of a {agency_kind.value} agency must have level "
            f"{expected.value!r}, not {level.value!r}"
        )
        raise CoordinatorLevelMismatch(
            msg,
            detail_th=f"ผู้ประสานงานของหน่วยงานประเภทนี้ต้องมีระดับ {expected.value}",
            extra={"expected_level": expected.value},
            errors=[FieldError(("level",), msg, "level_mismatch")],
        )


@dataclass(frozen=True)
class Coordinator:
    """The named contact of an agency for Fast Track cases (ผู้ประสานงาน)."""

    id: UUID
    agency_id: UUID
    name: str
    level: CoordinatorLevel
    # The position (ตำแหน่ง), e.g. "หัวหน้าฝ่ายโยธา".
    title_th: str | None = None
    contacts: CoordinatorContacts = field(default_factory=CoordinatorContacts)
    status: CoordinatorStatus = CoordinatorStatus.active
    is_primary: bool = False
    # 1 is asked first when the primary is away; None means not a backup at all.
    backup_rank: int | None = None
    user_id: UUID | None = None
    is_active: bool = True
    version: int = 1

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise _invalid(
                "name", "Coordinator name is required", "ต้องระบุชื่อผู้ประสานงาน", "coordinator.invalid"
            )
        if self.backup_rank is not None and self.backup_rank < 1:
            raise _invalid(
                "backup_rank",
                "backup_rank starts at 1",
                "ลำดับผู้ประสานงานสำรองต้องเริ่มที่ 1",
                "coordinator.invalid",
            )

    @property
    def is_available(self) -> bool:
        """Can take a case now: not deactivated and not on leave."""
        return self.is_active and self.status is CoordinatorStatus.active


@dataclass(frozen=True)
class Category:
    """A node of the complaint category tree; children inherit routing from their parents."""

    id: UUID
    service_code: str
    name_th: str
    name_en: str
    sla_class: str
    parent_id: UUID | None = None
    mou_area_id: int = 1
    is_active: bool = True
    version: int = 1

    def __post_init__(self) -> None:
        if not SERVICE_CODE_RE.fullmatch(self.service_code):
            raise _invalid(
                "service_code",
                "service_code must be a dotted lowercase slug like 'roads.zebra_crossing'",
                "รหัสบริการต้องเป็นตัวพิมพ์เล็กคั่นด้วยจุด เช่น roads.zebra_crossing",
                "category.invalid",
            )
        if not self.sla_class.strip():
            raise _invalid(
                "sla_class", "SLA class is required", "ต้องระบุประเภท SLA", "category.invalid"
            )
        if self.mou_area_id not in MOU_AREA_IDS:
            raise _invalid(
                "mou_area_id",
                "mou_area_id must be 1 to 5",
                "ด้านความร่วมมือต้องเป็น 1 ถึง 5",
                "category.invalid",
            )
        if self.parent_id == self.id:
            raise _cycle(self.id)


def _cycle(category_id: UUID) -> CategoryCycle:
    msg = f"Category {category_id} would be its own ancestor"
    return CategoryCycle(
        msg,
        detail_th="ประเภทเรื่องร้องเรียนจะเป็นบรรพบุรุษของตัวเอง",
        errors=[FieldError(("parent_id",), msg, "cycle")],
    )


def ancestor_chain(category_id: UUID, categories: Mapping[UUID, Category]) -> list[Category]:
    """The category itself, then its parent, and so on up to the root.

    Raises `category.not_found` for an unknown id or dangling parent, `category.cycle` on a loop.
    """
    chain: list[Category] = []
    seen: set[UUID] = set()
    current: UUID | None = category_id
    while current is not None:
        if current in seen:
            raise _cycle(current)
        category = categories.get(current)
        if category is None:
            raise CategoryNotFound(f"No category has the id {current}.")
        seen.add(current)
        chain.append(category)
        current = category.parent_id
    return chain


def check_parent(
    category_id: UUID, parent_id: UUID | None, categories: Mapping[UUID, Category]
) -> None:
    """Raise `category.cycle` if making `parent_id` the parent of `category_id` closes a loop.

    Call before saving a new or moved category: the stored tree is never allowed to loop.
    """
    if parent_id is None:
        return
    if parent_id == category_id:
        raise _cycle(category_id)
    # The parent's own chain must not pass through the category being moved.
    if any(c.id == category_id for c in ancestor_chain(parent_id, categories)):
        raise _cycle(category_id)
