"""Staff users and tokens for tests, committed once per database for the whole session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from domain.shared.principal import Role
from infra.auth.passwords import password_helper
from infra.auth.tokens import token_digest
from infra.bootstrap import create_staff_user
from infra.db.tables import AccessTokenRow, AgencyRow

PASSWORD = "correct-horse-battery"


@dataclass(frozen=True)
class Staff:
    key: str
    id: uuid.UUID
    email: str
    role: Role
    agency_id: uuid.UUID | None
    agency_code: str | None
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


# key -> (role, agency code). Din Daeng (1026) is "own", Suan Luang (1034) is "other".
STAFF: dict[str, tuple[Role, str | None]] = {
    "admin": (Role.admin, None),
    "omb": (Role.omb_officer, "OMB"),
    "coord_dindaeng": (Role.coordinator, "1026"),
    "staff_dindaeng": (Role.agency_staff, "1026"),
    "coord_suanluang": (Role.coordinator, "1034"),
    "staff_suanluang": (Role.agency_staff, "1034"),
    "coord_dds": (Role.coordinator, "DDS"),
}


async def new_token(sessions: async_sessionmaker[AsyncSession], user_id: uuid.UUID) -> str:
    token = uuid.uuid4().hex + uuid.uuid4().hex
    async with sessions() as s:
        s.add(AccessTokenRow(token=token_digest(token), user_id=user_id))
        await s.commit()
    return token


async def agency_id(sessions: async_sessionmaker[AsyncSession], code: str) -> uuid.UUID:
    async with sessions() as s:
        value: uuid.UUID = (
            await s.execute(select(col(AgencyRow.id)).where(col(AgencyRow.code) == code))
        ).scalar_one()
        return value


async def make_staff(
    sessions: async_sessionmaker[AsyncSession],
    key: str,
    role: Role,
    agency_code: str | None,
    *,
    email: str | None = None,
) -> Staff:
    helper = password_helper("fast")
    email = email or f"{key}.{uuid.uuid4().hex[:6]}@test.fasttrack.example"
    created = await create_staff_user(
        sessions,
        helper,
        email=email,
        role=role,
        agency_code=agency_code,
        password=PASSWORD,
        full_name=f"Test {key}",
    )
    token = await new_token(sessions, created.id)
    return Staff(key, created.id, created.email, role, created.agency_id, agency_code, token)
