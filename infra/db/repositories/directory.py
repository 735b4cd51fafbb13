"""SQL repositories for the directory: agencies, coordinators, categories and routing rules.

Rows carry created_at/updated_at as bookkeeping of the adapter (the audit log holds the
authoritative times of changes), so they are stamped here and not kept on the entities.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from domain.directory.model import (
    Agency,
    AgencyKind,
    Category,
    ContactChannels,
    Coordinator,
    CoordinatorContacts,
)
from domain.directory.routing import RoutingRule, RoutingTarget, TargetKind
from domain.errors import ConcurrentUpdate
from domain.shared.paging import Page, PageRequest, key_uuid
from infra.db.tables import AgencyKind as StoredAgencyKind
from infra.db.tables import (
    AgencyRow,
    CategoryRow,
    CoordinatorRow,
    RoutingRuleRow,
    table_of,
)

A: Any = table_of(AgencyRow).c
C: Any = table_of(CoordinatorRow).c
K: Any = table_of(CategoryRow).c
R: Any = table_of(RoutingRuleRow).c


def _now() -> datetime:
    return datetime.now(UTC)


def _text_filter(q: str, *columns: Any, exact: Any = None) -> Any:
    """Substring match on Thai text as typed, and case-insensitive on Latin text."""
    clauses = [col.icontains(q, autoescape=True) for col in columns]
    if exact is not None:
        clauses.append(exact == q)
    return or_(*clauses)


def _stale(what: str) -> ConcurrentUpdate:
    return ConcurrentUpdate(f"The {what} was changed by someone else; reload and retry.")


class _Entity(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


_E = TypeVar("_E", bound=_Entity)


class _Versioned:
    """The optimistic write every directory entity shares: bump the version or refuse."""

    _s: AsyncSession

    async def _bump(
        self,
        row: type[SQLModel],
        entity: _E,
        expected_version: int,
        what: str,
        *extra: Any,
        values: dict[str, Any],
    ) -> _E:
        t = table_of(row).c
        result: Any = await self._s.execute(
            update(table_of(row))
            .where(and_(t.id == entity.id, t.version == expected_version, *extra))
            .values(**values, updated_at=_now(), version=expected_version + 1)
        )
        if result.rowcount != 1:
            raise _stale(what)
        return replace(entity, version=expected_version + 1)  # type: ignore[type-var]


# --- agencies ------------------------------------------------------------------------------

_AGENCY_COLUMNS = [
    A.id,
    A.code,
    A.kind,
    A.name_th,
    A.name_en,
    A.district_code,
    A.phone,
    A.fax,
    A.email,
    A.line_id,
    A.is_active,
    A.version,
    A.head_name,
    A.head_title_th,
    A.head_email,
]


def _agency(row: Any) -> Agency:
    return Agency(
        id=row.id,
        code=row.code,
        kind=AgencyKind(str(row.kind)),
        name_th=row.name_th,
        name_en=row.name_en,
        district_code=row.district_code,
        contacts=ContactChannels(
            phone=row.phone, fax=row.fax, email=row.email, line_id=row.line_id
        ),
        is_active=row.is_active,
        version=row.version,
        head_name=row.head_name,
        head_title_th=row.head_title_th,
        head_email=row.head_email,
    )


class SqlAgencyRepository(_Versioned):
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, agency_id: uuid.UUID) -> Agency | None:
        row = (await self._s.execute(select(*_AGENCY_COLUMNS).where(A.id == agency_id))).first()
        return _agency(row) if row else None

    async def get_by_code(self, code: str) -> Agency | None:
        row = (await self._s.execute(select(*_AGENCY_COLUMNS).where(A.code == code))).first()
        return _agency(row) if row else None

    async def list(
        self,
        page: PageRequest,
        *,
        q: str | None = None,
        kind: AgencyKind | None = None,
        is_active: bool | None = None,
    ) -> Page[Agency]:
        stmt = select(*_AGENCY_COLUMNS).order_by(A.code)
        if q:
            stmt = stmt.where(_text_filter(q, A.name_th, A.name_en, A.code))
        if kind is not None:
            stmt = stmt.where(A.kind == StoredAgencyKind(kind.value))
        if is_active is not None:
            stmt = stmt.where(A.is_active == is_active)
        if page.after is not None:
            stmt = stmt.where(A.code > str(page.after[0]))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_agency(r) for r in rows[: page.limit]]
        return Page(items, (items[-1].code,) if len(rows) > page.limit else None)

    async def district_offices(self) -> Mapping[str, Agency]:
        rows = (
            await self._s.execute(
                select(*_AGENCY_COLUMNS).where(A.kind == StoredAgencyKind.district_office)
            )
        ).all()
        return {r.district_code: _agency(r) for r in rows}

    async def add(self, agency: Agency) -> None:
        now = _now()
        self._s.add(
            AgencyRow(
                id=agency.id,
                code=agency.code,
                kind=StoredAgencyKind(agency.kind.value),
                name_th=agency.name_th,
                name_en=agency.name_en,
                district_code=agency.district_code,
                phone=agency.contacts.phone,
                fax=agency.contacts.fax,
                email=agency.contacts.email,
                line_id=agency.contacts.line_id,
                is_active=agency.is_active,
                created_at=now,
                updated_at=now,
                version=agency.version,
                head_name=agency.head_name,
                head_title_th=agency.head_title_th,
                head_email=agency.head_email,
            )
        )
        await self._s.flush()

    async def update(self, agency: Agency, *, expected_version: int) -> Agency:
        return await self._bump(
            AgencyRow,
            agency,
            expected_version,
            "agency",
            values=dict(
                name_th=agency.name_th,
                name_en=agency.name_en,
                phone=agency.contacts.phone,
                fax=agency.contacts.fax,
                email=agency.contacts.email,
                line_id=agency.contacts.line_id,
                is_active=agency.is_active,
                head_name=agency.head_name,
                head_title_th=agency.head_title_th,
                head_email=agency.head_email,
            ),
        )


# --- coordinators --------------------------------------------------------------------------

_COORDINATOR_COLUMNS = [
    C.id,
    C.agency_id,
    C.name,
    C.level,
    C.title_th,
    C.phone,
    C.fax,
    C.email,
    C.line_id,
    C.line_user_id,
    C.status,
    C.is_primary,
    C.backup_rank,
    C.user_id,
    C.is_active,
    C.version,
]


def _coordinator(row: Any) -> Coordinator:
    return Coordinator(
        id=row.id,
        agency_id=row.agency_id,
        name=row.name,
        level=row.level,
        title_th=row.title_th,
        contacts=CoordinatorContacts(
            phone=row.phone,
            fax=row.fax,
            email=row.email,
            line_id=row.line_id,
            line_user_id=row.line_user_id,
        ),
        status=row.status,
        is_primary=row.is_primary,
        backup_rank=row.backup_rank,
        user_id=row.user_id,
        is_active=row.is_active,
        version=row.version,
    )


def _coordinator_values(c: Coordinator) -> dict[str, Any]:
    return {
        "name": c.name,
        "level": c.level,
        "title_th": c.title_th,
        "phone": c.contacts.phone,
        "fax": c.contacts.fax,
        "email": c.contacts.email,
        "line_id": c.contacts.line_id,
        "line_user_id": c.contacts.line_user_id,
        "status": c.status,
        "is_primary": c.is_primary,
        "backup_rank": c.backup_rank,
        "user_id": c.user_id,
        "is_active": c.is_active,
    }


class SqlCoordinatorRepository(_Versioned):
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, coordinator_id: uuid.UUID) -> Coordinator | None:
        row = (
            await self._s.execute(select(*_COORDINATOR_COLUMNS).where(C.id == coordinator_id))
        ).first()
        return _coordinator(row) if row else None

    async def list_for_agency(self, agency_id: uuid.UUID) -> list[Coordinator]:
        rows = (
            await self._s.execute(
                select(*_COORDINATOR_COLUMNS).where(C.agency_id == agency_id).order_by(C.id)
            )
        ).all()
        return [_coordinator(r) for r in rows]

    async def list_for_user(self, user_id: uuid.UUID) -> list[Coordinator]:
        rows = (
            await self._s.execute(
                select(*_COORDINATOR_COLUMNS).where(C.user_id == user_id).order_by(C.id)
            )
        ).all()
        return [_coordinator(r) for r in rows]

    async def list(
        self,
        page: PageRequest,
        *,
        agency_id: uuid.UUID | None = None,
        q: str | None = None,
        is_active: bool | None = None,
    ) -> Page[Coordinator]:
        stmt = select(*_COORDINATOR_COLUMNS).order_by(C.name, C.id)
        if agency_id is not None:
            stmt = stmt.where(C.agency_id == agency_id)
        if q:
            stmt = stmt.where(_text_filter(q, C.name, C.title_th))
        if is_active is not None:
            stmt = stmt.where(C.is_active == is_active)
        if page.after is not None:
            name, last_id = str(page.after[0]), key_uuid(page.after[1])
            stmt = stmt.where(or_(C.name > name, and_(C.name == name, C.id > last_id)))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_coordinator(r) for r in rows[: page.limit]]
        more = len(rows) > page.limit
        return Page(items, (items[-1].name, str(items[-1].id)) if more else None)

    async def add(self, coordinator: Coordinator) -> None:
        now = _now()
        self._s.add(
            CoordinatorRow(
                id=coordinator.id,
                agency_id=coordinator.agency_id,
                created_at=now,
                updated_at=now,
                version=coordinator.version,
                **_coordinator_values(coordinator),
            )
        )
        await self._s.flush()

    async def update(self, coordinator: Coordinator, *, expected_version: int) -> Coordinator:
        return await self._bump(
            CoordinatorRow,
            coordinator,
            expected_version,
            "coordinator",
            values=_coordinator_values(coordinator),
        )

    async def set_primary(self, agency_id: uuid.UUID, coordinator_id: uuid.UUID) -> None:
        # Clear first, then set: uq_coordinators_primary is checked row by row on
        # PostgreSQL, so the other order would fail while both rows are primary.
        now = _now()
        table = table_of(CoordinatorRow)
        await self._s.execute(
            update(table)
            .where(and_(C.agency_id == agency_id, C.is_primary.is_(True), C.id != coordinator_id))
            .values(is_primary=False, updated_at=now, version=C.version + 1)
        )
        await self._s.execute(
            update(table)
            .where(and_(C.id == coordinator_id, C.agency_id == agency_id))
            .values(is_primary=True, updated_at=now, version=C.version + 1)
        )


# --- categories ----------------------------------------------------------------------------

_CATEGORY_COLUMNS = [
    K.id,
    K.service_code,
    K.name_th,
    K.name_en,
    K.sla_class,
    K.parent_id,
    K.mou_area_id,
    K.is_active,
    K.version,
]


def _category(row: Any) -> Category:
    return Category(
        id=row.id,
        service_code=row.service_code,
        name_th=row.name_th,
        name_en=row.name_en,
        sla_class=row.sla_class,
        parent_id=row.parent_id,
        mou_area_id=row.mou_area_id,
        is_active=row.is_active,
        version=row.version,
    )


class SqlCategoryRepository(_Versioned):
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, category_id: uuid.UUID) -> Category | None:
        row = (await self._s.execute(select(*_CATEGORY_COLUMNS).where(K.id == category_id))).first()
        return _category(row) if row else None

    async def get_by_service_code(self, service_code: str) -> Category | None:
        row = (
            await self._s.execute(select(*_CATEGORY_COLUMNS).where(K.service_code == service_code))
        ).first()
        return _category(row) if row else None

    async def all(self) -> list[Category]:
        rows = (await self._s.execute(select(*_CATEGORY_COLUMNS).order_by(K.service_code))).all()
        return [_category(r) for r in rows]

    async def list(
        self,
        page: PageRequest,
        *,
        q: str | None = None,
        parent_id: uuid.UUID | None = None,
        root_only: bool = False,
        is_active: bool | None = None,
    ) -> Page[Category]:
        stmt = select(*_CATEGORY_COLUMNS).order_by(K.service_code)
        if q:
            stmt = stmt.where(_text_filter(q, K.name_th, K.name_en, K.service_code))
        if parent_id is not None:
            stmt = stmt.where(K.parent_id == parent_id)
        if root_only:
            stmt = stmt.where(K.parent_id.is_(None))
        if is_active is not None:
            stmt = stmt.where(K.is_active == is_active)
        if page.after is not None:
            stmt = stmt.where(K.service_code > str(page.after[0]))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_category(r) for r in rows[: page.limit]]
        return Page(items, (items[-1].service_code,) if len(rows) > page.limit else None)

    async def add(self, category: Category) -> None:
        now = _now()
        self._s.add(
            CategoryRow(
                id=category.id,
                service_code=category.service_code,
                parent_id=category.parent_id,
                name_th=category.name_th,
                name_en=category.name_en,
                sla_class=category.sla_class,
                mou_area_id=category.mou_area_id,
                is_active=category.is_active,
                created_at=now,
                updated_at=now,
                version=category.version,
            )
        )
        await self._s.flush()

    async def update(self, category: Category, *, expected_version: int) -> Category:
        return await self._bump(
            CategoryRow,
            category,
            expected_version,
            "category",
            values=dict(
                parent_id=category.parent_id,
                name_th=category.name_th,
                name_en=category.name_en,
                sla_class=category.sla_class,
                mou_area_id=category.mou_area_id,
                is_active=category.is_active,
            ),
        )


# --- routing rules -------------------------------------------------------------------------

_RULE_COLUMNS = [
    R.id,
    R.category_id,
    R.district_code,
    R.target_kind,
    R.target_agency_id,
    R.is_active,
    R.assign_at_intake,
    R.version,
]


def scope_key(category_id: uuid.UUID | None, district_code: str | None) -> str:
    """The key uq_routing_rules_scope makes unique among live rules (NULL-safe)."""
    return f"{category_id.hex if category_id else '*'}/{district_code or '*'}"


def _rule(row: Any) -> RoutingRule:
    return RoutingRule(
        id=row.id,
        target=RoutingTarget(TargetKind(str(row.target_kind)), row.target_agency_id),
        category_id=row.category_id,
        district_code=row.district_code,
        is_active=row.is_active,
        version=row.version,
        assign_at_intake=row.assign_at_intake,
    )


class SqlRoutingRuleRepository(_Versioned):
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    def _live(self) -> Any:
        return select(*_RULE_COLUMNS).where(R.deleted_at.is_(None))

    async def all_active(self) -> list[RoutingRule]:
        rows = (await self._s.execute(self._live().where(R.is_active.is_(True)))).all()
        return [_rule(r) for r in rows]

    async def all(self) -> list[RoutingRule]:
        rows = (await self._s.execute(self._live())).all()
        return [_rule(r) for r in rows]

    async def get(self, rule_id: uuid.UUID) -> RoutingRule | None:
        row = (await self._s.execute(self._live().where(R.id == rule_id))).first()
        return _rule(row) if row else None

    async def list(
        self,
        page: PageRequest,
        *,
        category_id: uuid.UUID | None = None,
        district_code: str | None = None,
        agency_id: uuid.UUID | None = None,
        is_active: bool | None = None,
    ) -> Page[RoutingRule]:
        stmt = self._live().order_by(R.id)
        if category_id is not None:
            stmt = stmt.where(R.category_id == category_id)
        if district_code is not None:
            stmt = stmt.where(R.district_code == district_code)
        if agency_id is not None:
            stmt = stmt.where(R.target_agency_id == agency_id)
        if is_active is not None:
            stmt = stmt.where(R.is_active == is_active)
        if page.after is not None:
            stmt = stmt.where(R.id > key_uuid(page.after[0]))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_rule(r) for r in rows[: page.limit]]
        return Page(items, (str(items[-1].id),) if len(rows) > page.limit else None)

    async def add(self, rule: RoutingRule) -> None:
        now = _now()
        self._s.add(
            RoutingRuleRow(
                id=rule.id,
                category_id=rule.category_id,
                district_code=rule.district_code,
                target_kind=rule.target.kind,
                target_agency_id=rule.target.agency_id,
                scope_key=scope_key(rule.category_id, rule.district_code),
                is_active=rule.is_active,
                assign_at_intake=rule.assign_at_intake,
                created_at=now,
                updated_at=now,
                version=rule.version,
            )
        )
        await self._s.flush()

    async def update(self, rule: RoutingRule, *, expected_version: int) -> RoutingRule:
        return await self._bump(
            RoutingRuleRow,
            rule,
            expected_version,
            "routing rule",
            R.deleted_at.is_(None),
            values=dict(
                target_kind=rule.target.kind,
                target_agency_id=rule.target.agency_id,
                is_active=rule.is_active,
                assign_at_intake=rule.assign_at_intake,
            ),
        )

    async def delete(self, rule_id: uuid.UUID, *, at: datetime) -> None:
        await self._s.execute(
            update(table_of(RoutingRuleRow))
            .where(and_(R.id == rule_id, R.deleted_at.is_(None)))
            .values(deleted_at=at, is_active=False, updated_at=at, version=R.version + 1)
        )
