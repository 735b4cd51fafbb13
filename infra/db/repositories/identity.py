"""SQL repositories for staff users, their access tokens, agencies as identity sees them,
and the audit log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit.model import AuditEntry, AuditFilter
from domain.errors import ConcurrentUpdate
from domain.identity.model import StaffUser
from domain.identity.ports import AgencyInfo, UserFilter
from domain.shared.paging import Page, PageRequest
from infra.db.chain import AUDIT_LOG, writer_of
from infra.db.paging import by_time_and_id, time_page
from infra.db.tables import (
    AccessTokenRow,
    AgencyKind,
    AgencyRow,
    AuditLogRow,
    LineLinkRow,
    UserRow,
    table_of,
)

U: Any = table_of(UserRow).c
T: Any = table_of(AccessTokenRow).c
A: Any = table_of(AgencyRow).c
L: Any = table_of(AuditLogRow).c
LK: Any = table_of(LineLinkRow).c

_USER_COLUMNS = [
    U.id,
    U.email,
    U.full_name,
    U.role,
    U.agency_id,
    U.language,
    U.phone,
    U.is_active,
    U.is_verified,
    U.created_at,
    U.updated_at,
    U.version,
    select(LK.linked_at).where(LK.user_id == U.id).scalar_subquery().label("line_linked_at"),
]


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


def _user(row: Any) -> StaffUser:
    return StaffUser(
        id=row.id,
        email=row.email,
        full_name=row.full_name,
        role=row.role,
        agency_id=row.agency_id,
        language=row.language,
        phone=row.phone,
        is_active=row.is_active,
        is_verified=row.is_verified,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        line_linked_at=row.line_linked_at,
    )


class SqlUserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, user_id: uuid.UUID) -> StaffUser | None:
        row = (await self._s.execute(select(*_USER_COLUMNS).where(U.id == user_id))).first()
        return _user(row) if row else None

    async def get_by_email(self, email: str) -> StaffUser | None:
        row = (
            await self._s.execute(
                select(*_USER_COLUMNS).where(func.lower(U.email) == email.lower())
            )
        ).first()
        return _user(row) if row else None

    async def list(self, page: PageRequest, filters: UserFilter) -> Page[StaffUser]:
        stmt = select(*_USER_COLUMNS).order_by(U.email)
        if filters.role is not None:
            stmt = stmt.where(U.role == filters.role)
        if filters.agency_id is not None:
            stmt = stmt.where(U.agency_id == filters.agency_id)
        if filters.is_active is not None:
            stmt = stmt.where(U.is_active == filters.is_active)
        if filters.q:
            like = f"%{filters.q.lower()}%"
            stmt = stmt.where(or_(func.lower(U.email).like(like), U.full_name.contains(filters.q)))
        if page.after is not None:
            stmt = stmt.where(U.email > str(page.after[0]))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_user(r) for r in rows[: page.limit]]
        return Page(items, (items[-1].email,) if len(rows) > page.limit else None)

    async def add(self, user: StaffUser, hashed_password: str) -> None:
        self._s.add(
            UserRow(
                id=user.id,
                email=user.email,
                hashed_password=hashed_password,
                is_active=user.is_active,
                is_superuser=False,
                is_verified=user.is_verified,
                full_name=user.full_name,
                phone=user.phone,
                language=user.language,
                role=user.role,
                agency_id=user.agency_id,
                created_at=user.created_at,
                updated_at=user.updated_at,
                version=user.version,
            )
        )
        await self._s.flush()

    async def update(self, user: StaffUser, expected_version: int) -> StaffUser:
        result = await self._s.execute(
            update(table_of(UserRow))
            .where(and_(U.id == user.id, U.version == expected_version))
            .values(
                full_name=user.full_name,
                phone=user.phone,
                language=user.language,
                role=user.role,
                agency_id=user.agency_id,
                is_active=user.is_active,
                updated_at=user.updated_at,
                version=expected_version + 1,
            )
        )
        if _rowcount(result) != 1:
            raise ConcurrentUpdate("The user was changed by someone else; reload and retry.")
        return user.with_changes(version=expected_version + 1)

    async def set_password_hash(self, user_id: uuid.UUID, hashed_password: str) -> None:
        await self._s.execute(
            update(table_of(UserRow)).where(U.id == user_id).values(hashed_password=hashed_password)
        )

    async def password_hash(self, user_id: uuid.UUID) -> str | None:
        value = (await self._s.execute(select(U.hashed_password).where(U.id == user_id))).scalar()
        return str(value) if value is not None else None


class SqlAccessTokenRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def issue(self, user_id: uuid.UUID) -> str:
        from infra.auth.tokens import new_token, token_digest

        # Stamped with the real time, as the token strategy that reads it expires it by.
        token = new_token()
        self._s.add(AccessTokenRow(token=token_digest(token), user_id=user_id))
        await self._s.flush()
        return token

    async def revoke(self, user_id: uuid.UUID, token: str) -> bool:
        from infra.auth.tokens import token_digest

        result = await self._s.execute(
            delete(table_of(AccessTokenRow)).where(
                T.token == token_digest(token), T.user_id == user_id
            )
        )
        return _rowcount(result) > 0

    async def revoke_all(self, user_id: uuid.UUID, *, except_token: str | None = None) -> int:
        from infra.auth.tokens import token_digest

        stmt = delete(table_of(AccessTokenRow)).where(T.user_id == user_id)
        if except_token is not None:
            stmt = stmt.where(T.token != token_digest(except_token))
        result = await self._s.execute(stmt)
        return int(_rowcount(result))

    async def purge_issued_before(self, cutoff: datetime) -> int:
        result = await self._s.execute(
            delete(table_of(AccessTokenRow)).where(T.created_at < cutoff)
        )
        return _rowcount(result)


class SqlAgencyLookup:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def agency_info(self, agency_id: uuid.UUID) -> AgencyInfo | None:
        row = (
            await self._s.execute(
                select(A.id, A.code, A.kind, A.is_active).where(A.id == agency_id)
            )
        ).first()
        return AgencyInfo(row.id, row.code, str(row.kind), row.is_active) if row else None

    async def omb_agency(self) -> AgencyInfo | None:
        row = (
            await self._s.execute(
                select(A.id, A.code, A.kind, A.is_active)
                .where(A.kind == AgencyKind.omb)
                .order_by(A.code)
                .limit(1)
            )
        ).first()
        return AgencyInfo(row.id, row.code, str(row.kind), row.is_active) if row else None


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        actor_kind=row.actor_kind,
        actor_id=row.actor_id,
        action=row.action,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        before=row.before,
        after=row.after,
        request_id=row.request_id,
    )


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def append(self, entry: AuditEntry) -> None:
        # Chained and inserted just before the commit (infra/db/chain.py).
        writer_of(self._s).add(
            AUDIT_LOG,
            [
                {
                    "id": entry.id,
                    "at": entry.at,
                    "actor_kind": entry.actor_kind,
                    "actor_id": entry.actor_id,
                    "action": entry.action,
                    "entity_type": entry.entity_type,
                    "entity_id": entry.entity_id,
                    "before": entry.before,
                    "after": entry.after,
                    "request_id": entry.request_id,
                }
            ],
        )

    async def list(self, page: PageRequest, filters: AuditFilter) -> Page[AuditEntry]:
        # Newest first; keyset on (at, id).
        stmt = select(L)
        if filters.entity_type:
            stmt = stmt.where(L.entity_type == filters.entity_type)
        if filters.entity_id:
            stmt = stmt.where(L.entity_id == filters.entity_id)
        if filters.actor_id:
            stmt = stmt.where(L.actor_id == filters.actor_id)
        if filters.action:
            stmt = stmt.where(L.action == filters.action)
        if filters.since:
            stmt = stmt.where(L.at >= filters.since)
        if filters.until:
            stmt = stmt.where(L.at < filters.until)
        stmt = by_time_and_id(stmt, L.at, L.id, page, newest_first=True)
        rows = (await self._s.execute(stmt)).all()
        return time_page(rows, page, _entry, lambda e: (e.at, e.id))
