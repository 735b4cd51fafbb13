"""Administration of the directory: agencies, coordinators, categories and routing rules.

Every signed-in principal reads; only administrators change, and every change is
audit-logged in the same transaction. Edits need the version the editor read
(`expected_version`, the version the editor read): a stale edit is a ConcurrentUpdate.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from enum import Enum
from typing import Any, Protocol, TypeVar
from uuid import UUID, uuid4

from domain.audit.model import AuditEntry
from domain.directory.model import (
    Agency,
    AgencyKind,
    Category,
    CategoryNotFound,
    ContactChannels,
    Coordinator,
    CoordinatorContacts,
    CoordinatorLevel,
    CoordinatorStatus,
    check_level_matches,
    check_parent,
    level_for,
)
from domain.directory.routing import RoutingRule, RoutingTarget, TargetKind
from domain.errors import (
    ConcurrentUpdate,
    Conflict,
    FieldError,
    Forbidden,
    InvalidValue,
    NotFound,
    PreconditionRequired,
    check_changeable,
)
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Principal, Role
from domain.uow import UnitOfWork


class AgencyNotFound(NotFound):
    code = "agency.not_found"
    title = "Agency not found"
    title_th = "ไม่พบหน่วยงาน"


class AgencyCodeTaken(Conflict):
    code = "agency.code_taken"
    title = "An agency with this code exists"
    title_th = "มีหน่วยงานที่ใช้รหัสนี้แล้ว"


class CoordinatorNotFound(NotFound):
    code = "coordinator.not_found"
    title = "Coordinator not found"
    title_th = "ไม่พบผู้ประสานงาน"


class CoordinatorUserMismatch(InvalidValue):
    code = "coordinator.user_mismatch"
    title = "The linked user does not match the coordinator"
    title_th = "บัญชีผู้ใช้ที่เชื่อมโยงไม่ตรงกับผู้ประสานงาน"


class CoordinatorAgencyMismatch(InvalidValue):
    code = "coordinator.agency_mismatch"
    title = "The coordinator belongs to another agency"
    title_th = "ผู้ประสานงานสังกัดหน่วยงานอื่น"


class CoordinatorInactive(InvalidValue):
    code = "coordinator.inactive"
    title = "The coordinator is deactivated"
    title_th = "ผู้ประสานงานถูกปิดการใช้งาน"


class CategoryServiceCodeTaken(Conflict):
    code = "category.service_code_taken"
    title = "A category with this service code exists"
    title_th = "มีประเภทเรื่องร้องเรียนที่ใช้รหัสบริการนี้แล้ว"


class RoutingRuleNotFound(NotFound):
    code = "routing_rule.not_found"
    title = "Routing rule not found"
    title_th = "ไม่พบกฎการส่งต่อเรื่อง"


class RoutingRuleDuplicate(Conflict):
    code = "routing_rule.duplicate"
    title = "A routing rule for this category and district exists"
    title_th = "มีกฎการส่งต่อสำหรับประเภทและเขตนี้แล้ว"


class DefaultRuleRequired(Conflict):
    code = "routing_rule.default_required"
    title = "The default routing rule cannot be deleted or deactivated"
    title_th = "ไม่สามารถลบหรือปิดกฎการส่งต่อตั้งต้นได้"


class UnknownReference(InvalidValue):
    """A body field names something that does not exist (a 422, unlike a missing path id)."""

    code = "reference.not_found"
    title = "A referenced record does not exist"
    title_th = "ไม่พบข้อมูลที่อ้างถึง"


def _unknown(field_name: str, what: str, value: object) -> UnknownReference:
    return UnknownReference(
        f"No {what} has the id {value}.",
        detail_th="ไม่พบข้อมูลที่อ้างถึง",
        errors=[FieldError((field_name,), f"unknown {what}", "not_found")],
    )


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    return value


def audit_view(entity: object) -> dict[str, Any]:
    """The entity as the audit log records it: flat JSON values, contacts inlined."""
    assert is_dataclass(entity)
    out: dict[str, Any] = {}
    for f in fields(entity):
        value = getattr(entity, f.name)
        if f.name == "version":
            continue
        if is_dataclass(value):
            prefix = "" if f.name == "contacts" else f"{f.name}_"
            for g in fields(value):
                out[prefix + g.name] = _plain(getattr(value, g.name))
        else:
            out[f.name] = _plain(value)
    return out


def _required(expected_version: int | None) -> int:
    if expected_version is None:
        raise PreconditionRequired(
            "Say which version of the record you read.",
            detail_th="โปรดระบุเวอร์ชันของข้อมูลที่อ่านมา",
        )
    return expected_version


def _check_version(expected_version: int | None, current: int) -> int:
    expected_version = _required(expected_version)
    if expected_version != current:
        raise ConcurrentUpdate(
            "The record was changed by someone else; reload and retry.",
            extra={"current_version": current},
        )
    return expected_version


def _contacts(base: ContactChannels, changes: Mapping[str, object]) -> dict[str, Any]:
    return {f.name: changes[f.name] for f in fields(base) if f.name in changes}


class _Record(Protocol):
    @property
    def id(self) -> UUID: ...

    @property
    def version(self) -> int: ...


R = TypeVar("R", bound=_Record)


class _Records(Protocol[R]):
    """What an edit needs of a directory repository."""

    async def get(self, record_id: UUID, /) -> R | None: ...

    async def update(self, record: R, /, *, expected_version: int) -> R: ...


def _entity_type(action: str) -> str:
    return action.split(".", 1)[0]


async def _no_checks(uow: UnitOfWork, before: Any, after: Any) -> None:
    return None


class _Directory:
    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    @staticmethod
    def _require(actor: Principal, action: Action, kind: ResourceKind) -> None:
        if not may(actor, action, Resource(kind)):
            if action is Action.read:
                raise Forbidden("You may not read the directory.", code="directory.forbidden")
            raise Forbidden(
                "Only administrators change the directory.", code="directory.admin_only"
            )

    async def _get(
        self,
        actor: Principal,
        kind: ResourceKind,
        records: Callable[[UnitOfWork], _Records[R]],
        record_id: UUID,
        not_found: Callable[[], NotFound],
    ) -> R:
        self._require(actor, Action.read, kind)
        async with self._uow() as uow:
            record = await records(uow).get(record_id)
        if record is None:
            raise not_found()
        return record

    async def _edit(
        self,
        actor: Principal,
        records: Callable[[UnitOfWork], _Records[R]],
        record_id: UUID,
        not_found: Callable[[], NotFound],
        expected_version: int | None,
        change: Callable[[R], R],
        action: str,
        *,
        check: Callable[[UnitOfWork, R, R], Awaitable[None]] = _no_checks,
        precondition: bool = True,
    ) -> R:
        """One audited edit of a directory record: load it (or `not_found`), against the
        version the editor read (without `precondition`, none given means the current one),
        apply `change`; an edit that changes nothing writes nothing; else `check` the change,
        save it and audit it as `action` (its entity type is the action's first word)."""
        async with self._uow() as uow:
            repo = records(uow)
            record = await repo.get(record_id)
            if record is None:
                raise not_found()
            if expected_version is None and not precondition:
                expected_version = record.version
            version = _check_version(expected_version, record.version)
            updated = change(record)
            if updated == record:
                return record
            await check(uow, record, updated)
            saved = await repo.update(updated, expected_version=version)
            await self._audit(uow, actor, action, _entity_type(action), record.id, record, saved)
            await uow.commit()
        return saved

    async def _commit_created(
        self, uow: UnitOfWork, actor: Principal, action: str, record: _Record
    ) -> None:
        """Audit the added record as `action` (its entity type is the action's first word)
        and commit."""
        await self._audit(uow, actor, action, _entity_type(action), record.id, None, record)
        await uow.commit()

    async def _audit(
        self,
        uow: UnitOfWork,
        actor: Principal,
        action: str,
        entity_type: str,
        entity_id: UUID,
        before: object | None,
        after: object | None,
    ) -> None:
        await uow.audit.append(
            AuditEntry.record(
                actor,
                self._clock.now(),
                action,
                entity_type,
                entity_id,
                before=audit_view(before) if before is not None else None,
                after=audit_view(after) if after is not None else None,
            )
        )


# --- agencies ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAgency:
    code: str
    kind: AgencyKind
    name_th: str
    name_en: str
    district_code: str | None = None
    contacts: ContactChannels = field(default_factory=ContactChannels)
    head_name: str | None = None
    head_title_th: str | None = None
    head_email: str | None = None


_AGENCY_PLAIN = ("name_th", "name_en", "is_active", "head_name", "head_title_th", "head_email")
AGENCY_FIELDS = frozenset({*_AGENCY_PLAIN, "phone", "fax", "email", "line_id"})


class AgencyService(_Directory):
    async def list_agencies(
        self,
        actor: Principal,
        page: PageRequest,
        *,
        q: str | None = None,
        kind: AgencyKind | None = None,
        is_active: bool | None = None,
    ) -> Page[Agency]:
        self._require(actor, Action.read, ResourceKind.agency)
        async with self._uow() as uow:
            return await uow.agencies.list(page, q=q, kind=kind, is_active=is_active)

    async def get_agency(self, actor: Principal, agency_id: UUID) -> Agency:
        return await self._get(actor, ResourceKind.agency, _agencies, agency_id, AgencyNotFound)

    async def create_agency(self, actor: Principal, data: NewAgency) -> Agency:
        self._require(actor, Action.create, ResourceKind.agency)
        agency = Agency(
            id=uuid4(),
            code=data.code.strip(),
            kind=data.kind,
            name_th=data.name_th,
            name_en=data.name_en,
            district_code=data.district_code,
            contacts=data.contacts,
            head_name=data.head_name,
            head_title_th=data.head_title_th,
            head_email=data.head_email,
        )
        async with self._uow() as uow:
            district = agency.district_code
            if district is not None and await uow.districts.get(district) is None:
                raise _unknown("district_code", "district", district)
            if await uow.agencies.get_by_code(agency.code) is not None:
                raise AgencyCodeTaken(f"An agency with the code {agency.code!r} exists.")
            # A second district office for a district is refused by the database
            # (uq_agencies_district_office), translated to agency.district_office_exists.
            await uow.agencies.add(agency)
            await self._commit_created(uow, actor, "agency.create", agency)
        return agency

    async def update_agency(
        self,
        actor: Principal,
        agency_id: UUID,
        changes: Mapping[str, object],
        expected_version: int | None,
    ) -> Agency:
        """Change names, contact channels or the active flag; code, kind and district stay."""
        self._require(actor, Action.update, ResourceKind.agency)
        version = _required(expected_version)
        return await self._change(actor, agency_id, changes, version, "agency.update")

    async def deactivate_agency(self, actor: Principal, agency_id: UUID) -> Agency:
        """The agency receives no new cases; its cases, users and coordinators stay."""
        # Deactivating is idempotent and safe to repeat, so no expected version is asked for.
        return await self._change(actor, agency_id, {"is_active": False}, None, "agency.deactivate")

    async def _change(
        self,
        actor: Principal,
        agency_id: UUID,
        changes: Mapping[str, object],
        expected_version: int | None,
        action: str,
    ) -> Agency:
        self._require(actor, Action.update, ResourceKind.agency)
        check_changeable(changes, AGENCY_FIELDS)

        def change(agency: Agency) -> Agency:
            contacts = replace(agency.contacts, **_contacts(agency.contacts, changes))
            plain = {k: v for k, v in changes.items() if k in _AGENCY_PLAIN}
            return replace(agency, contacts=contacts, **plain)  # type: ignore[arg-type]

        # None: no precondition (deactivation); else the version the editor read.
        return await self._edit(
            actor,
            _agencies,
            agency_id,
            AgencyNotFound,
            expected_version,
            change,
            action,
            precondition=False,
        )


# --- coordinators --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCoordinator:
    agency_id: UUID
    name: str
    level: CoordinatorLevel | None = None
    title_th: str | None = None
    contacts: CoordinatorContacts = field(default_factory=CoordinatorContacts)
    status: CoordinatorStatus = CoordinatorStatus.active
    is_primary: bool = False
    backup_rank: int | None = None
    user_id: UUID | None = None


CONTACT_FIELDS = frozenset({"phone", "fax", "email", "line_id", "line_user_id"})
COORDINATOR_FIELDS = CONTACT_FIELDS | frozenset(
    {
        "name",
        "level",
        "title_th",
        "status",
        "is_primary",
        "backup_rank",
        "user_id",
        "is_active",
    }
)


class CoordinatorService(_Directory):
    async def list_coordinators(
        self,
        actor: Principal,
        page: PageRequest,
        *,
        agency_id: UUID | None = None,
        q: str | None = None,
        is_active: bool | None = None,
    ) -> Page[Coordinator]:
        self._require(actor, Action.read, ResourceKind.directory)
        async with self._uow() as uow:
            return await uow.coordinators.list(page, agency_id=agency_id, q=q, is_active=is_active)

    async def get_coordinator(self, actor: Principal, coordinator_id: UUID) -> Coordinator:
        return await self._get(
            actor, ResourceKind.directory, _coordinators, coordinator_id, CoordinatorNotFound
        )

    async def _check_user(self, uow: UnitOfWork, coordinator: Coordinator) -> None:
        """A linked account must be an active coordinator of the same agency."""
        if coordinator.user_id is None:
            return
        user = await uow.users.get(coordinator.user_id)
        if user is None:
            raise _unknown("user_id", "user", coordinator.user_id)
        problems = []
        if user.role is not Role.coordinator:
            problems.append(f"the user's role is {user.role.value}, not coordinator")
        if user.agency_id != coordinator.agency_id:
            problems.append("the user belongs to another agency")
        if not user.is_active:
            problems.append("the user is deactivated")
        if problems:
            msg = "; ".join(problems)
            raise CoordinatorUserMismatch(
                f"The linked user does not fit this coordinator: {msg}.",
                errors=[FieldError(("user_id",), msg, "user_mismatch")],
            )

    async def create_coordinator(self, actor: Principal, data: NewCoordinator) -> Coordinator:
        self._require(actor, Action.create, ResourceKind.directory)
        async with self._uow() as uow:
            agency = await uow.agencies.get(data.agency_id)
            if agency is None:
                raise _unknown("agency_id", "agency", data.agency_id)
            level = data.level or level_for(agency.kind)
            check_level_matches(level, agency.kind)
            coordinator = Coordinator(
                id=uuid4(),
                agency_id=agency.id,
                name=data.name,
                level=level,
                title_th=data.title_th,
                contacts=data.contacts,
                status=data.status,
                is_primary=data.is_primary,
                backup_rank=data.backup_rank,
                user_id=data.user_id,
            )
            await self._check_user(uow, coordinator)
            # A second primary is refused by the partial unique index uq_coordinators_primary
            # (coordinator.primary_exists, 409); PUT .../primary-coordinator swaps instead.
            await uow.coordinators.add(coordinator)
            await self._commit_created(uow, actor, "coordinator.create", coordinator)
        return coordinator

    async def update_coordinator(
        self,
        actor: Principal,
        coordinator_id: UUID,
        changes: Mapping[str, object],
        expected_version: int | None,
    ) -> Coordinator:
        """Change anything but the agency (someone who moves gets a new record there)."""
        self._require(actor, Action.update, ResourceKind.directory)
        check_changeable(changes, COORDINATOR_FIELDS)

        def change(coordinator: Coordinator) -> Coordinator:
            contacts = replace(coordinator.contacts, **_contacts(coordinator.contacts, changes))
            plain = {k: v for k, v in changes.items() if k not in CONTACT_FIELDS}
            return replace(coordinator, contacts=contacts, **plain)  # type: ignore[arg-type]

        async def check(uow: UnitOfWork, before: Coordinator, after: Coordinator) -> None:
            if "level" in changes:
                agency = await uow.agencies.get(before.agency_id)
                assert agency is not None  # foreign key
                check_level_matches(after.level, agency.kind)
            if after.user_id != before.user_id:
                await self._check_user(uow, after)

        return await self._edit(
            actor,
            _coordinators,
            coordinator_id,
            CoordinatorNotFound,
            expected_version,
            change,
            "coordinator.update",
            check=check,
        )

    async def set_primary_coordinator(
        self, actor: Principal, agency_id: UUID, coordinator_id: UUID
    ) -> Coordinator:
        """Make `coordinator_id` the agency's primary, demoting the previous one, atomically."""
        self._require(actor, Action.update, ResourceKind.agency)
        async with self._uow() as uow:
            agency = await uow.agencies.get(agency_id)
            if agency is None:
                raise AgencyNotFound()
            staff = await uow.coordinators.list_for_agency(agency_id)
            chosen = next((c for c in staff if c.id == coordinator_id), None)
            if chosen is None:
                if await uow.coordinators.get(coordinator_id) is None:
                    raise _unknown("coordinator_id", "coordinator", coordinator_id)
                raise CoordinatorAgencyMismatch(
                    "The coordinator belongs to another agency.",
                    errors=[FieldError(("coordinator_id",), "another agency", "agency_mismatch")],
                )
            if not chosen.is_active:
                raise CoordinatorInactive(
                    "A deactivated coordinator cannot be the primary.",
                    errors=[FieldError(("coordinator_id",), "deactivated", "inactive")],
                )
            if chosen.is_primary:
                return chosen
            previous = next((c for c in staff if c.is_primary), None)
            await uow.coordinators.set_primary(agency_id, coordinator_id)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    self._clock.now(),
                    "agency.set_primary_coordinator",
                    "agency",
                    agency_id,
                    before={"primary_coordinator_id": str(previous.id) if previous else None},
                    after={"primary_coordinator_id": str(coordinator_id)},
                )
            )
            saved = await uow.coordinators.get(coordinator_id)
            assert saved is not None
            await uow.commit()
        return saved


# --- categories ----------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCategory:
    service_code: str
    name_th: str
    name_en: str
    sla_class: str
    mou_area_id: int = 1
    parent_id: UUID | None = None


CATEGORY_FIELDS = frozenset(
    {"name_th", "name_en", "sla_class", "mou_area_id", "parent_id", "is_active"}
)


class CategoryService(_Directory):
    async def list_categories(
        self,
        actor: Principal,
        page: PageRequest,
        *,
        q: str | None = None,
        parent_id: UUID | None = None,
        root_only: bool = False,
        is_active: bool | None = None,
    ) -> Page[Category]:
        self._require(actor, Action.read, ResourceKind.directory)
        async with self._uow() as uow:
            return await uow.categories.list(
                page, q=q, parent_id=parent_id, root_only=root_only, is_active=is_active
            )

    async def get_category(self, actor: Principal, category_id: UUID) -> Category:
        return await self._get(
            actor, ResourceKind.directory, _categories, category_id, _category_not_found
        )

    async def _check_refs(self, uow: UnitOfWork, category: Category) -> None:
        if category.parent_id is not None and await uow.categories.get(category.parent_id) is None:
            raise _unknown("parent_id", "category", category.parent_id)
        if await uow.mou_areas.get(category.mou_area_id) is None:
            raise _unknown("mou_area_id", "MOU area", category.mou_area_id)

    async def create_category(self, actor: Principal, data: NewCategory) -> Category:
        self._require(actor, Action.create, ResourceKind.directory)
        category = Category(
            id=uuid4(),
            service_code=data.service_code,
            name_th=data.name_th,
            name_en=data.name_en,
            sla_class=data.sla_class,
            parent_id=data.parent_id,
            mou_area_id=data.mou_area_id,
        )
        async with self._uow() as uow:
            await self._check_refs(uow, category)
            if await uow.categories.get_by_service_code(category.service_code) is not None:
                raise CategoryServiceCodeTaken(
                    f"A category with the service code {category.service_code!r} exists."
                )
            await uow.categories.add(category)
            await self._commit_created(uow, actor, "category.create", category)
        return category

    async def update_category(
        self,
        actor: Principal,
        category_id: UUID,
        changes: Mapping[str, object],
        expected_version: int | None,
    ) -> Category:
        """Rename, re-class, move in the tree or (de)activate; the service code is stable."""
        self._require(actor, Action.update, ResourceKind.directory)
        check_changeable(changes, CATEGORY_FIELDS)

        async def check(uow: UnitOfWork, before: Category, after: Category) -> None:
            await self._check_refs(uow, after)
            if after.parent_id != before.parent_id:
                tree = {c.id: c for c in await uow.categories.all()}
                check_parent(before.id, after.parent_id, tree)

        return await self._edit(
            actor,
            _categories,
            category_id,
            _category_not_found,
            expected_version,
            lambda category: replace(category, **changes),  # type: ignore[arg-type]
            "category.update",
            check=check,
        )


def _category_not_found() -> NotFound:
    return CategoryNotFound()


def _agencies(uow: UnitOfWork) -> _Records[Agency]:
    return uow.agencies


def _coordinators(uow: UnitOfWork) -> _Records[Coordinator]:
    return uow.coordinators


def _categories(uow: UnitOfWork) -> _Records[Category]:
    return uow.categories


def _routing_rules(uow: UnitOfWork) -> _Records[RoutingRule]:
    return uow.routing_rules


# --- routing rules -------------------------------------------------------------------------


@dataclass(frozen=True)
class NewRoutingRule:
    target: RoutingTarget
    category_id: UUID | None = None
    district_code: str | None = None
    is_active: bool = True
    assign_at_intake: bool = False


RULE_FIELDS = frozenset({"target_kind", "target_agency_id", "is_active", "assign_at_intake"})


class RoutingRuleService(_Directory):
    async def list_rules(
        self,
        actor: Principal,
        page: PageRequest,
        *,
        category_id: UUID | None = None,
        district_code: str | None = None,
        agency_id: UUID | None = None,
        is_active: bool | None = None,
    ) -> Page[RoutingRule]:
        self._require(actor, Action.read, ResourceKind.directory)
        async with self._uow() as uow:
            return await uow.routing_rules.list(
                page,
                category_id=category_id,
                district_code=district_code,
                agency_id=agency_id,
                is_active=is_active,
            )

    async def get_rule(self, actor: Principal, rule_id: UUID) -> RoutingRule:
        return await self._get(
            actor, ResourceKind.directory, _routing_rules, rule_id, RoutingRuleNotFound
        )

    @staticmethod
    async def _check_target(uow: UnitOfWork, target: RoutingTarget) -> None:
        if target.agency_id is None:
            return
        agency = await uow.agencies.get(target.agency_id)
        if agency is None:
            raise _unknown("target_agency_id", "agency", target.agency_id)
        if not agency.is_active:
            raise InvalidValue(
                "The agency is deactivated and takes no new cases.",
                detail_th="หน่วยงานนี้ถูกปิดการใช้งานและไม่รับเรื่องใหม่",
                code="routing_rule.agency_inactive",
                errors=[FieldError(("target_agency_id",), "inactive agency", "inactive")],
            )

    async def create_rule(self, actor: Principal, data: NewRoutingRule) -> RoutingRule:
        self._require(actor, Action.create, ResourceKind.directory)
        rule = RoutingRule(
            id=uuid4(),
            target=data.target,
            category_id=data.category_id,
            district_code=data.district_code,
            is_active=data.is_active,
            assign_at_intake=data.assign_at_intake,
        )
        async with self._uow() as uow:
            if rule.category_id is not None and await uow.categories.get(rule.category_id) is None:
                raise _unknown("category_id", "category", rule.category_id)
            if rule.district_code is not None and not await uow.districts.get(rule.district_code):
                raise _unknown("district_code", "district", rule.district_code)
            await self._check_target(uow, rule.target)
            for other in await uow.routing_rules.all():
                if (other.category_id, other.district_code) == (
                    rule.category_id,
                    rule.district_code,
                ):
                    raise RoutingRuleDuplicate(
                        "A rule for this category and district exists; change that one.",
                        extra={"rule_id": str(other.id)},
                    )
            await uow.routing_rules.add(rule)
            await self._commit_created(uow, actor, "routing_rule.create", rule)
        return rule

    async def update_rule(
        self,
        actor: Principal,
        rule_id: UUID,
        changes: Mapping[str, object],
        expected_version: int | None,
    ) -> RoutingRule:
        """Retarget, (de)activate or change `assign_at_intake` of a rule; its category and
        district are its identity."""
        self._require(actor, Action.update, ResourceKind.directory)
        check_changeable(changes, RULE_FIELDS)

        def change(rule: RoutingRule) -> RoutingRule:
            kind = TargetKind(str(changes.get("target_kind", rule.target.kind)))
            if "target_agency_id" in changes:
                agency_id = changes["target_agency_id"]
            else:
                agency_id = rule.target.agency_id if kind is TargetKind.agency else None
            target = RoutingTarget(kind, agency_id if isinstance(agency_id, UUID) else None)
            is_active = bool(changes.get("is_active", rule.is_active))
            at_intake = bool(changes.get("assign_at_intake", rule.assign_at_intake))
            return replace(rule, target=target, is_active=is_active, assign_at_intake=at_intake)

        async def check(uow: UnitOfWork, before: RoutingRule, after: RoutingRule) -> None:
            if before.is_default and not after.is_active:
                raise DefaultRuleRequired()
            if after.target != before.target:
                await self._check_target(uow, after.target)

        return await self._edit(
            actor,
            _routing_rules,
            rule_id,
            RoutingRuleNotFound,
            expected_version,
            change,
            "routing_rule.update",
            check=check,
        )

    async def delete_rule(self, actor: Principal, rule_id: UUID) -> None:
        """Take the rule out of routing; the audit entry keeps what it said."""
        self._require(actor, Action.update, ResourceKind.directory)
        async with self._uow() as uow:
            rule = await uow.routing_rules.get(rule_id)
            if rule is None:
                raise RoutingRuleNotFound()
            if rule.is_default:
                raise DefaultRuleRequired()
            await uow.routing_rules.delete(rule_id, at=self._clock.now())
            await self._audit(
                uow, actor, "routing_rule.delete", "routing_rule", rule.id, rule, None
            )
            await uow.commit()
