"""Directory rows for tests: coordinators, categories and rules inserted straight into tables."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from domain.directory.model import CoordinatorLevel, CoordinatorStatus
from domain.directory.routing import TargetKind
from infra.db.repositories.directory import scope_key
from infra.db.tables import AgencyRow, CategoryRow, CoordinatorRow, RoutingRuleRow


async def agency_id_of(sessions: async_sessionmaker[AsyncSession], code: str) -> uuid.UUID:
    async with sessions() as s:
        value: uuid.UUID = (
            await s.execute(select(col(AgencyRow.id)).where(col(AgencyRow.code) == code))
        ).scalar_one()
        return value


async def category_id_of(sessions: async_sessionmaker[AsyncSession], code: str) -> uuid.UUID:
    async with sessions() as s:
        value: uuid.UUID = (
            await s.execute(
                select(col(CategoryRow.id)).where(col(CategoryRow.service_code) == code)
            )
        ).scalar_one()
        return value


def coordinator_row(
    agency_id: uuid.UUID,
    name: str,
    *,
    id: uuid.UUID | None = None,
    level: CoordinatorLevel = CoordinatorLevel.district,
    is_primary: bool = False,
    backup_rank: int | None = None,
    status: CoordinatorStatus = CoordinatorStatus.active,
) -> CoordinatorRow:
    now = datetime.now(UTC)
    return CoordinatorRow(
        id=id or uuid.uuid4(),
        agency_id=agency_id,
        name=name,
        level=level,
        status=status,
        is_primary=is_primary,
        backup_rank=backup_rank,
        created_at=now,
        updated_at=now,
    )


def category_row(
    service_code: str, *, id: uuid.UUID | None = None, parent_id: uuid.UUID | None = None
) -> CategoryRow:
    now = datetime.now(UTC)
    return CategoryRow(
        id=id or uuid.uuid4(),
        service_code=service_code,
        parent_id=parent_id,
        name_th=f"ทดสอบ {service_code}",
        name_en=f"Test {service_code}",
        sla_class="standard",
        mou_area_id=1,
        created_at=now,
        updated_at=now,
    )


def district_office_rule_row(
    category_id: uuid.UUID | None, district_code: str | None, *, id: uuid.UUID | None = None
) -> RoutingRuleRow:
    now = datetime.now(UTC)
    return RoutingRuleRow(
        id=id or uuid.uuid4(),
        category_id=category_id,
        district_code=district_code,
        target_kind=TargetKind.district_office,
        scope_key=scope_key(category_id, district_code),
        created_at=now,
        updated_at=now,
    )


async def insert(sessions: async_sessionmaker[AsyncSession], *rows: object) -> None:
    """Commit the rows in order (flushing between, so parents exist before children)."""
    async with sessions() as s:
        for row in rows:
            s.add(row)
            await s.flush()
        await s.commit()
