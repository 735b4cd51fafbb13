"""SQL repository for API clients (row <-> entity mapping, keyset lists)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.api_client.model import ApiClient
from domain.api_client.ports import ApiClientFilter
from domain.errors import ConcurrentUpdate
from domain.shared.paging import Page, PageRequest, key_uuid
from infra.db.tables import AgencyRow, ApiClientRow, table_of

C: Any = table_of(ApiClientRow).c
A: Any = table_of(AgencyRow).c

_COLUMNS = [
    C.id,
    C.name,
    C.agency_id,
    C.scopes,
    C.is_active,
    C.created_at,
    C.updated_at,
    C.deleted_at,
    C.version,
]


def _client(row: Any) -> ApiClient:
    return ApiClient(
        id=row.id,
        name=row.name,
        agency_id=row.agency_id,
        scopes=frozenset(row.scopes or ()),
        is_active=row.is_active,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        version=row.version,
    )


class SqlApiClientRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, client_id: uuid.UUID) -> ApiClient | None:
        row = (await self._s.execute(select(*_COLUMNS).where(C.id == client_id))).first()
        return _client(row) if row else None

    async def list(self, page: PageRequest, filters: ApiClientFilter) -> Page[ApiClient]:
        stmt = select(*_COLUMNS).order_by(C.name, C.id)
        if filters.agency_id is not None:
            stmt = stmt.where(C.agency_id == filters.agency_id)
        if filters.is_active is not None:
            stmt = stmt.where(C.is_active == filters.is_active)
        if not filters.include_deleted:
            stmt = stmt.where(C.deleted_at.is_(None))
        if page.after is not None:
            name, last_id = str(page.after[0]), key_uuid(page.after[1])
            stmt = stmt.where(or_(C.name > name, and_(C.name == name, C.id > last_id)))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_client(r) for r in rows[: page.limit]]
        more = len(rows) > page.limit
        return Page(items, (items[-1].name, str(items[-1].id)) if more else None)

    async def add(self, client: ApiClient, secret_hash: str) -> None:
        self._s.add(
            ApiClientRow(
                id=client.id,
                name=client.name,
                agency_id=client.agency_id,
                scopes=sorted(client.scopes),
                secret_hash=secret_hash,
                is_active=client.is_active,
                created_at=client.created_at,
                updated_at=client.updated_at,
                deleted_at=client.deleted_at,
                version=client.version,
            )
        )
        await self._s.flush()

    async def update(
        self, client: ApiClient, expected_version: int, *, secret_hash: str | None = None
    ) -> ApiClient:
        values: dict[str, Any] = {
            "name": client.name,
            "scopes": sorted(client.scopes),
            "is_active": client.is_active,
            "updated_at": client.updated_at,
            "deleted_at": client.deleted_at,
            "version": expected_version + 1,
        }
        if secret_hash is not None:
            values["secret_hash"] = secret_hash
        result: Any = await self._s.execute(
            update(table_of(ApiClientRow))
            .where(and_(C.id == client.id, C.version == expected_version))
            .values(**values)
        )
        if int(result.rowcount) != 1:
            raise ConcurrentUpdate("The API client was changed by someone else; reload and retry.")
        return client.with_changes(version=expected_version + 1)

    async def secret_hash(self, client_id: uuid.UUID) -> str | None:
        value = (await self._s.execute(select(C.secret_hash).where(C.id == client_id))).scalar()
        return str(value) if value is not None else None


async def agency_id_by_code(session: AsyncSession, code: str) -> uuid.UUID | None:
    """The id of the agency with this code (for the command line)."""
    value = (await session.execute(select(A.id).where(A.code == code))).scalar()
    return value if isinstance(value, uuid.UUID) else None
