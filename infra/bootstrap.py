"""Creating staff accounts outside a request: the CLI, demo data and test fixtures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from fastapi_users.password import PasswordHelper
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from domain.directory.admin import CoordinatorService, NewCoordinator
from domain.directory.model import CoordinatorContacts
from domain.errors import InvalidValue
from domain.identity.model import Language, StaffUser, normalise_email
from domain.identity.service import NewUser, UserService
from domain.shared.clock import SystemClock
from domain.shared.principal import SYSTEM, Role
from infra.auth.passwords import ThreadedPasswordHasher
from infra.db.repositories.api_clients import agency_id_by_code
from infra.db.tables import UserRow
from infra.db.uow import SqlUnitOfWork


@dataclass(frozen=True)
class CreatedUser:
    id: uuid.UUID
    email: str
    role: Role
    agency_id: uuid.UUID | None


async def create_staff_user(
    sessions: async_sessionmaker[AsyncSession],
    helper: PasswordHelper,
    *,
    email: str,
    role: Role,
    agency_code: str | None = None,
    password: str | None = None,
    full_name: str | None = None,
    language: Language = Language.th,
    exist_ok: bool = False,
) -> CreatedUser:
    """Create an active staff user through the identity use case (`provision_user`: the same
    role, agency and active-agency rules as the API), done by the system and audit-logged;
    with a password it is verified and usable at once, without one only after a reset. The
    agency is named by its code here, as people type it."""
    agency_id: uuid.UUID | None = None
    if agency_code is not None:
        async with sessions() as s:
            agency_id = await agency_id_by_code(s, agency_code)
        if agency_id is None:
            raise InvalidValue(f"No agency has the code {agency_code!r}.", code="agency.not_found")
    service = UserService(
        lambda: SqlUnitOfWork(sessions),
        SystemClock(),
        ThreadedPasswordHasher(helper),
        _NoInvitations(),
    )
    user = await service.provision_user(
        SYSTEM,
        NewUser(
            email=email,
            full_name=full_name or normalise_email(email).split("@")[0],
            role=role,
            agency_id=agency_id,
            language=language,
        ),
        password=password,
        exist_ok=exist_ok,
    )
    return CreatedUser(user.id, user.email, user.role, user.agency_id)


class _NoInvitations:
    """Accounts created outside a request send no invitation (`provision_user` never asks)."""

    async def invite(self, user: StaffUser) -> None:
        return None


DEMO_PASSWORD = "demo-password-2569"
DEMO_USERS: list[tuple[str, Role, str | None, str]] = [
    ("admin@demo.fasttrack.example", Role.admin, None, "ผู้ดูแลระบบ (สาธิต)"),
    ("omb@demo.fasttrack.example", Role.omb_officer, "OMB", "เจ้าหน้าที่ สผผ. (สาธิต)"),
    (
        "coordinator.dindaeng@demo.fasttrack.example",
        Role.coordinator,
        "1026",
        "ผู้ประสานงานเขตดินแดง (สาธิต)",
    ),
    ("staff.dindaeng@demo.fasttrack.example", Role.agency_staff, "1026", "เจ้าหน้าที่เขตดินแดง (สาธิต)"),
    (
        "coordinator.suanluang@demo.fasttrack.example",
        Role.coordinator,
        "1034",
        "ผู้ประสานงานเขตสวนหลวง (สาธิต)",
    ),
    (
        "coordinator.dds@demo.fasttrack.example",
        Role.coordinator,
        "DDS",
        "เลขานุการสำนักการระบายน้ำ (สาธิต)",
    ),
]


async def seed_demo_users(
    sessions: async_sessionmaker[AsyncSession], helper: PasswordHelper
) -> int:
    """The demo users (those that do not exist yet); each demo coordinator user is also
    its agency's coordinator record, so routing proposes them out of the box."""
    created = 0
    for email, role, agency, name in DEMO_USERS:
        async with sessions() as s:
            exists = (
                await s.execute(select(col(UserRow.id)).where(col(UserRow.email) == email))
            ).first()
        if not exists:
            await create_staff_user(
                sessions,
                helper,
                email=email,
                role=role,
                agency_code=agency,
                password=DEMO_PASSWORD,
                full_name=name,
            )
            created += 1
        if role is Role.coordinator:
            await _demo_coordinator_record(sessions, email)
    return created


async def _demo_coordinator_record(sessions: async_sessionmaker[AsyncSession], email: str) -> None:
    """Link a demo coordinator user to a coordinator record of its agency: the primary when
    the agency has none (an admin's choice of primary is never overridden: then a backup).
    Created through the directory's use case (validated, audit-logged as the system); a user
    that already has a record is left alone."""
    async with sessions() as s:
        user = (await s.execute(select(UserRow).where(col(UserRow.email) == email))).scalar_one()
    if user.agency_id is None:
        return
    service = CoordinatorService(lambda: SqlUnitOfWork(sessions), SystemClock())
    async with SqlUnitOfWork(sessions) as uow:
        existing = await uow.coordinators.list_for_agency(user.agency_id)
    if any(c.user_id == user.id for c in existing):
        return
    has_primary = any(c.is_primary and c.is_active for c in existing)
    ranks = [c.backup_rank for c in existing if c.backup_rank is not None]
    await service.create_coordinator(
        SYSTEM,
        NewCoordinator(
            agency_id=user.agency_id,
            name=user.full_name,
            contacts=CoordinatorContacts(email=user.email),
            is_primary=not has_primary,
            backup_rank=None if not has_primary else max(ranks, default=0) + 1,
            user_id=user.id,
        ),
    )
