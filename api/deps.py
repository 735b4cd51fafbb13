"""Composition root for requests: wires infra adapters into domain services."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from fastapi_users_db_sqlalchemy import SQLAlchemyUserDatabase
from fastapi_users_db_sqlalchemy.access_token import SQLAlchemyAccessTokenDatabase
from sqlalchemy.ext.asyncio import AsyncSession

from api.context import current_request_id
from domain.activity.service import ActivityService
from domain.audit.service import AuditService
from domain.complaint.service import ComplaintConfig, ComplaintService
from domain.errors import Forbidden, Unauthenticated
from domain.geo.ports import DistrictLocator
from domain.identity.login import LoginGuard
from domain.identity.model import StaffUser
from domain.identity.service import UserService
from domain.reference.service import ReferenceService
from domain.shared.clock import Clock, SystemClock
from domain.shared.mail import Mailer
from domain.shared.principal import Principal, PrincipalKind
from domain.uow import UnitOfWork
from infra.auth.passwords import ThreadedPasswordHasher, password_helper
from infra.auth.secrets import resolve_secret
from infra.auth.tokens import DigestDatabaseStrategy
from infra.auth.users import UserManager
from infra.db.engine import Database
from infra.db.readiness import check_ready
from infra.db.repositories.counters import SqlCounterStore
from infra.db.tables import AccessTokenRow, UserRow
from infra.db.uow import SqlUnitOfWork
from infra.geo.shapely_locator import ShapelyDistrictLocator, default_boundaries_path
from infra.mail.adapters import OutboxMailer, SmtpMailer
from infra.settings import Settings


def build_mailer(settings: Settings) -> Mailer:
    if settings.smtp_host:
        return SmtpMailer(
            settings.smtp_host,
            settings.smtp_port,
            settings.mail_from,
            username=settings.smtp_username,
            password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
            starttls=settings.smtp_starttls,
            use_tls=settings.smtp_tls,
        )
    return OutboxMailer(settings.data_dir / "outbox", settings.mail_from)


@dataclass
class Container:
    """Long-lived collaborators of one app instance, built once on first use."""

    settings: Settings
    database: Database
    mailer: Mailer
    clock: Clock = field(default_factory=SystemClock)
    secret: str = ""

    def __post_init__(self) -> None:
        self.secret = self.secret or resolve_secret(
            self.settings.secret_key.get_secret_value() if self.settings.secret_key else None,
            self.settings.data_dir,
        )
        self.helper = password_helper(self.settings.password_hash_profile)
        self.hasher = ThreadedPasswordHasher(self.helper)
        self.counters = SqlCounterStore(self.database.sessions)
        self.complaint_config = ComplaintConfig(
            reopen_window=timedelta(days=self.settings.reopen_window_days),
            transfer_flag_threshold=self.settings.transfer_flag_threshold,
        )
        self._locator: DistrictLocator | None = None

    @property
    def locator(self) -> DistrictLocator:
        # Polygons load once per app, on first use (never at import).
        if self._locator is None:
            path = self.settings.district_boundaries or default_boundaries_path()
            self._locator = ShapelyDistrictLocator.from_geojson(path)
        return self._locator

    def uow(self) -> UnitOfWork:
        return SqlUnitOfWork(self.database.sessions)

    def user_manager(self, session: AsyncSession) -> UserManager:
        return UserManager(
            SQLAlchemyUserDatabase(session, UserRow),
            session,
            secret=self.secret,
            mailer=self.mailer,
            public_base_url=self.settings.public_base_url,
            helper=self.helper,
        )

    def strategy(self, session: AsyncSession) -> DigestDatabaseStrategy:
        return DigestDatabaseStrategy(
            SQLAlchemyAccessTokenDatabase(session, AccessTokenRow),
            lifetime_seconds=self.settings.token_lifetime_seconds,
        )


def build_container(state: Any) -> Container:
    if getattr(state, "container", None) is None:
        state.container = Container(
            settings=state.settings,
            database=state.database,
            mailer=state.mailer or build_mailer(state.settings),
            **({"clock": state.clock} if getattr(state, "clock", None) else {}),
        )
    container: Container = state.container
    return container


def get_container(request: Request) -> Container:
    return build_container(request.app.state)


ContainerDep = Annotated[Container, Depends(get_container)]


def get_settings(container: ContainerDep) -> Settings:
    return container.settings


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]


async def require_ready(database: DatabaseDep) -> Database:
    """Raise Unavailable unless the database answers and its migrations are at head."""
    await check_ready(database)
    return database


ReadyDatabaseDep = Annotated[Database, Depends(require_ready)]


def get_uow_factory(container: ContainerDep) -> Callable[[], UnitOfWork]:
    return container.uow


UowFactoryDep = Annotated[Callable[[], UnitOfWork], Depends(get_uow_factory)]


async def get_user_manager(container: ContainerDep) -> AsyncIterator[UserManager]:
    async with container.database.sessions() as session:
        yield container.user_manager(session)


UserManagerDep = Annotated[UserManager, Depends(get_user_manager)]


# --- authentication ------------------------------------------------------------------------

staff_bearer = OAuth2PasswordBearer(
    tokenUrl="/api/v1/auth/login",
    auto_error=False,
    scheme_name="StaffBearer",
    description="Opaque staff token from POST /api/v1/auth/login.",
)
BearerTokenDep = Annotated[str | None, Depends(staff_bearer)]


async def get_principal(token: BearerTokenDep, container: ContainerDep) -> Principal:
    """Turn the bearer token into the domain Principal (401 when missing or invalid)."""
    if not token:
        raise Unauthenticated(
            "Sign in and send the token as `Authorization: Bearer …`.", code="auth.missing_token"
        )
    async with container.database.sessions() as session:
        user = await container.strategy(session).read_token(token, container.user_manager(session))
    if user is None or not user.is_active:
        raise Unauthenticated(
            "The token is invalid, expired or revoked.", code="auth.invalid_token"
        )
    return Principal(
        id=uuid.UUID(str(user.id)),
        kind=PrincipalKind.user,
        role=user.role,
        agency_id=user.agency_id,
        request_id=current_request_id(),
    )


PrincipalDep = Annotated[Principal, Depends(get_principal)]


async def get_staff(principal: PrincipalDep) -> Principal:
    if principal.kind is not PrincipalKind.user:
        raise Forbidden("This endpoint is for staff accounts.", code="auth.staff_only")
    return principal


StaffDep = Annotated[Principal, Depends(get_staff)]


# --- services ------------------------------------------------------------------------------


def get_reference_service(uow: UowFactoryDep) -> ReferenceService:
    return ReferenceService(uow)


ReferenceServiceDep = Annotated[ReferenceService, Depends(get_reference_service)]


class ManagerInvitations:
    """The Invitations port over fastapi-users: a reset token sent as an invitation."""

    def __init__(self, container: Container) -> None:
        self._container = container

    async def invite(self, user: StaffUser) -> None:
        async with self._container.database.sessions() as session:
            manager = self._container.user_manager(session)
            await manager.send_invitation(await manager.get(user.id))


def get_user_service(container: ContainerDep) -> UserService:
    return UserService(
        container.uow, container.clock, container.hasher, ManagerInvitations(container)
    )


UserServiceDep = Annotated[UserService, Depends(get_user_service)]


def get_audit_service(uow: UowFactoryDep) -> AuditService:
    return AuditService(uow)


AuditServiceDep = Annotated[AuditService, Depends(get_audit_service)]


def get_complaint_service(container: ContainerDep) -> ComplaintService:
    return ComplaintService(
        container.uow, container.clock, container.locator, container.complaint_config
    )


ComplaintServiceDep = Annotated[ComplaintService, Depends(get_complaint_service)]


def get_login_guard(container: ContainerDep) -> LoginGuard:
    return LoginGuard(container.counters, container.clock)


LoginGuardDep = Annotated[LoginGuard, Depends(get_login_guard)]


def get_activity_service(container: ContainerDep) -> ActivityService:
    return ActivityService(container.uow, container.clock)


ActivityServiceDep = Annotated[ActivityService, Depends(get_activity_service)]
