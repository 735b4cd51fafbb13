"""Composition root for requests: wires infra adapters into domain services."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.openapi.models import OAuthFlowClientCredentials
from fastapi.openapi.models import OAuthFlows as OAuthFlowsModel
from fastapi.security import OAuth2, OAuth2PasswordBearer
from fastapi_users import exceptions as fu
from fastapi_users_db_sqlalchemy import SQLAlchemyUserDatabase
from sqlalchemy.ext.asyncio import AsyncSession

from api.context import current_request_id
from api.middleware import WAL_COOKIE
from domain.activity.service import ActivityService
from domain.api_client.model import SCOPE_DESCRIPTIONS
from domain.api_client.service import ApiClientService
from domain.api_client.tokens import ClientTokenService
from domain.attachment.service import AttachmentService
from domain.audit.service import AuditService
from domain.complaint.public import PublicComplaintService
from domain.complaint.queue import QueueService
from domain.complaint.service import ComplaintConfig, ComplaintService
from domain.complaint.sla import SlaEngine
from domain.directory.admin import (
    AgencyService,
    CategoryService,
    CoordinatorService,
    RoutingRuleService,
)
from domain.directory.service import RoutingService
from domain.errors import Forbidden, Unauthenticated
from domain.escalation.service import EscalationRuleService, SlaScanner
from domain.events.dispatch import Consumer, EventDispatcher
from domain.events.operations import OperationsService
from domain.geo import DistrictLocator
from domain.geo.places import PlaceService
from domain.identity.login import ClientTokenGuard, LoginGuard, PasswordResetGuard
from domain.identity.model import StaffUser
from domain.identity.service import UserService
from domain.identity.sessions import StaffSessions
from domain.inbound_mail.service import InboundMailService
from domain.intake.place import PlaceMatcher
from domain.intake.service import IntakeCache, IntakeConfig, IntakeService
from domain.line.coordination import LineLinkService, LineStaffNotifier, StaffChat
from domain.line.service import (
    LineConversationService,
    LineNotConfigured,
    LineSender,
    LineStatusConsumer,
    LineWebhook,
)
from domain.maintenance import MaintenanceService
from domain.notification.service import (
    EmailSender,
    NotificationConsumer,
    NotificationLinks,
    PreferenceService,
)
from domain.open311.service import Open311Service
from domain.privacy.data_subjects import DataSubjectService
from domain.privacy.retention import RetentionPolicy, RetentionService
from domain.privacy.service import AccessLogService, PrivacyNoticeService
from domain.reference.service import ReferenceService
from domain.shared.clock import Clock, RequestClock, SystemClock
from domain.shared.mail import Mailer
from domain.shared.principal import Principal, PrincipalKind
from domain.sla.service import SlaAdminService
from domain.stats.public import PublicStatsService
from domain.stats.service import StatsService
from domain.throttle import LeasedRateLimiter, RatePolicy
from domain.uow import UnitOfWork
from domain.webhook.service import WebhookConsumer, WebhookSender, WebhookService
from infra.auth.jwt_tokens import JoseClientTokens
from infra.auth.keys import KeyRing
from infra.auth.passwords import ThreadedPasswordHasher, password_helper
from infra.auth.secrets import resolve_secret
from infra.auth.tokens import read_token_owner
from infra.auth.users import UserManager
from infra.calendar.sla_context import CachedSlaContext
from infra.calendar.thai_holidays import ThaiHolidayProvider
from infra.db.engine import (
    Database,
    current_request_connection,
    open_session,
    parse_wal_position,
)
from infra.db.readiness import check_ready
from infra.db.repositories.counters import SqlCounterStore
from infra.db.repositories.line import SqlLineLinkStore
from infra.db.tables import UserRow
from infra.db.uow import SqlUnitOfWork
from infra.geo import ShapelyDistrictLocator, district_outlines
from infra.intake.gazetteer import default_gazetteer
from infra.intake.trainer import SklearnCategoryTrainer
from infra.jobs import Job
from infra.line.sdk import SdkLineMessaging, SdkWebhookVerifier
from infra.mail.adapters import OutboxMailer, SmtpMailer
from infra.mail.inbound import StdlibMailParser
from infra.mail.notifications import JinjaNotificationRenderer
from infra.media.adapters import PillowSanitizer, PuremagicSniffer
from infra.settings import Settings
from infra.storage.local import LocalFileStorage
from infra.webhooks.adapters import HttpxWebhookTransport, StandardWebhookSigner
from infra.webhooks.sealing import FernetSealer

log = logging.getLogger("fasttrack.auth")


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
    _district_locator: DistrictLocator | None = field(default=None, init=False, repr=False)
    _place_matcher: PlaceMatcher | None = field(default=None, init=False, repr=False)
    _district_outlines: bytes | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.secret = self.secret or resolve_secret(
            self.settings.secret_key.get_secret_value() if self.settings.secret_key else None,
            self.settings.data_dir,
        )
        self.sealer = FernetSealer(self.secret)
        self.helper = password_helper(self.settings.password_hash_profile)
        self.hasher = ThreadedPasswordHasher(self.helper)
        self.counters = SqlCounterStore(self.database.sessions)
        # The public reads' limits: leases from the shared counters, held for the process.
        self.rate_limiter = LeasedRateLimiter(self.counters)
        self.complaint_config = ComplaintConfig(
            reopen_window=timedelta(days=self.settings.reopen_window_days),
            transfer_flag_threshold=self.settings.transfer_flag_threshold,
        )
        # The current suggestion model and road index, reloaded when a newer one is stored.
        self.intake_cache = IntakeCache()
        # The holiday provider caches years; one per app. The SLA policies and closure days
        # are cached for the app too: dropped at once when an admin here changes them, and
        # reloaded after at most `sla_settings_ttl_seconds` anyway, which bounds how long
        # another process (which never hears of the change) keeps the old ones.
        self.sla_cache = CachedSlaContext(timedelta(seconds=self.settings.sla_settings_ttl_seconds))
        self.sla_engine = SlaEngine(ThaiHolidayProvider(), self.sla_cache)
        # Only the default ring in the data dir is generated; a configured one must exist.
        self.key_ring = KeyRing(
            self.settings.effective_jwt_keys_dir, generate=self.settings.jwt_keys_dir is None
        )
        self.client_tokens = JoseClientTokens(
            self.key_ring,
            issuer=self.settings.effective_token_issuer,
            audience=self.settings.token_audience,
        )

    def complaint_service(self, clock: Clock | None = None) -> ComplaintService:
        return ComplaintService(
            self.uow,
            clock or self.clock,
            self.locator,
            self.complaint_config,
            self.sla_engine,
            self.place_matcher(),
        )

    @property
    def locator(self) -> DistrictLocator:
        return self.district_locator()

    def uow(self) -> UnitOfWork:
        return SqlUnitOfWork(self.database.sessions, sealer=self.sealer)

    def district_locator(self) -> DistrictLocator:
        """The district polygons, loaded on first use and kept for the app's lifetime."""
        if self._district_locator is None:
            self._district_locator = ShapelyDistrictLocator.from_geojson(
                self.settings.district_boundaries
            )
        return self._district_locator

    def place_matcher(self) -> PlaceMatcher:
        """The gazetteer's names, indexed once per app on first use."""
        if self._place_matcher is None:
            gazetteer = default_gazetteer()
            self._place_matcher = PlaceMatcher(gazetteer.districts(), gazetteer.subdistricts())
        return self._place_matcher

    def intake_service(self) -> IntakeService:
        s = self.settings
        return IntakeService(
            self.uow,
            self.clock,
            self.place_matcher(),
            self.district_locator,
            self.intake_cache,
            SklearnCategoryTrainer(),
            IntakeConfig(min_cases=s.suggest_min_cases, retrain_after=s.suggest_retrain_after),
            self.rate_limiter,
            RatePolicy(s.public_suggestions_per_minute, timedelta(minutes=1)),
        )

    def district_outlines(self) -> bytes:
        """The simplified district polygons as GeoJSON bytes, built on first use and kept."""
        if self._district_outlines is None:
            document = district_outlines(self.settings.district_boundaries)
            self._district_outlines = json.dumps(
                document, ensure_ascii=False, separators=(",", ":")
            ).encode("utf-8")
        return self._district_outlines

    def user_manager(self, session: AsyncSession) -> UserManager:
        return UserManager(
            SQLAlchemyUserDatabase(session, UserRow),
            session,
            secret=self.secret,
            mailer=self.mailer,
            public_base_url=self.settings.effective_public_base_url,
            helper=self.helper,
        )

    async def send_password_reset(self, email: str) -> None:
        """Mail a reset link if an active account has this address; nothing otherwise.

        Runs after the response has gone (a background task), in its own session, so known
        and unknown addresses answer alike and equally fast. Failures are logged without the
        address: nobody is waiting for them."""
        try:
            async with self.database.sessions() as session:
                manager = self.user_manager(session)
                try:
                    user = await manager.get_by_email(email)
                    await manager.forgot_password(user)
                except (fu.UserNotExists, fu.UserInactive):
                    return
        except Exception:
            log.exception("password reset mail failed")

    def client_token_service(self) -> ClientTokenService:
        return ClientTokenService(
            self.uow,
            self.clock,
            self.hasher,
            self.client_tokens,
            self.client_tokens,
            timedelta(seconds=self.settings.client_token_lifetime_seconds),
        )

    def webhook_transport(self) -> HttpxWebhookTransport:
        return HttpxWebhookTransport(
            allow_http=self.settings.webhooks_allow_http,
            allow_private=self.settings.webhooks_allow_private,
        )

    def webhook_sender(self) -> WebhookSender:
        return WebhookSender(
            self.uow,
            self.clock,
            self.webhook_transport(),
            StandardWebhookSigner(),
            disable_after=self.settings.webhooks_disable_after,
            lease=timedelta(seconds=self.settings.jobs_lease_seconds),
        )

    def file_storage(self) -> LocalFileStorage:
        return LocalFileStorage(self.settings.data_dir / "attachments")

    def retention_policy(self) -> RetentionPolicy:
        s = self.settings
        return RetentionPolicy(
            s.retention_case_personal_data_years,
            s.retention_attachment_years,
            s.retention_access_log_years,
        )

    def retention_service(self) -> RetentionService:
        return RetentionService(self.uow, self.clock, self.retention_policy(), self.file_storage())

    def data_subject_service(self) -> DataSubjectService:
        return DataSubjectService(self.uow, self.clock, self.file_storage())

    def attachment_service(self) -> AttachmentService:
        return AttachmentService(
            self.uow,
            self.clock,
            self.file_storage(),
            PuremagicSniffer(),
            PillowSanitizer(self.settings.max_image_pixels),
            self.settings.max_upload_bytes,
            self.settings.max_attachments_per_case,
        )

    def line_webhook(self) -> LineWebhook:
        secret = self.settings.line_channel_secret
        if secret is None:
            raise LineNotConfigured(
                "Set FASTTRACK_LINE_CHANNEL_SECRET to receive the LINE Official Account's events."
            )
        conversations = LineConversationService(
            self.uow,
            self.clock,
            self.complaint_service(),
            self.district_locator,
            timedelta(minutes=self.settings.line_conversation_minutes),
            retention=self.retention_policy(),
            staff=StaffChat(self.complaint_service(), self.secret),
            counters=self.counters,
        )
        return LineWebhook(SdkWebhookVerifier(secret.get_secret_value()), conversations)

    def line_link_service(self) -> LineLinkService:
        return LineLinkService(
            self.uow,
            self.clock,
            self.secret,
            timedelta(minutes=self.settings.line_link_code_minutes),
        )

    def inbound_mail_service(self) -> InboundMailService:
        secret = self.settings.inbound_mail_secret
        return InboundMailService(
            self.uow,
            self.clock,
            StdlibMailParser(),
            self.complaint_service(),
            self.attachment_service(),
            secret=secret.get_secret_value() if secret is not None else None,
            max_bytes=self.settings.inbound_mail_max_bytes,
        )

    def line_sender(self) -> LineSender | None:
        """None until the channel's access token is configured (then nothing is sent)."""
        s = self.settings
        if s.line_channel_access_token is None:
            return None
        messaging = SdkLineMessaging(
            s.line_channel_access_token.get_secret_value(),
            s.line_api_base_url,
            s.line_data_api_base_url,
        )
        return LineSender(
            self.uow,
            self.clock,
            messaging,
            self.attachment_service(),
            timedelta(seconds=s.jobs_lease_seconds),
        )

    def event_dispatcher(self) -> EventDispatcher:
        links = NotificationLinks(self.settings.effective_public_base_url)
        line_on = self.settings.line_channel_access_token is not None
        consumers: list[Consumer] = [
            NotificationConsumer(
                JinjaNotificationRenderer(),
                links,
                # Linked staff hear on LINE only when something can send it.
                LineStaffNotifier(links.case) if line_on else None,
            ),
            WebhookConsumer(),
        ]
        if line_on:
            # Pushes are queued only when something can send them.
            consumers.append(LineStatusConsumer())
        return EventDispatcher(self.uow, self.clock, consumers)

    def jobs(self) -> list[Job]:
        """The background jobs, run in-process or by `fasttrack worker` (procrastinate)."""
        s = self.settings
        dispatcher = self.event_dispatcher()
        sender = EmailSender(
            self.uow, self.clock, self.mailer, timedelta(seconds=s.jobs_lease_seconds)
        )
        maintenance = MaintenanceService(
            self.uow,
            self.clock,
            self.complaint_service(),
            timedelta(seconds=s.token_lifetime_seconds),
            self.intake_service(),
            self.retention_service(),
        )

        async def run_maintenance() -> int:
            return (await maintenance.run()).closed_cases

        scanner = SlaScanner(self.uow, self.clock)
        jobs = [
            Job("dispatch_events", s.jobs_poll_seconds, dispatcher.dispatch),
            Job("send_emails", s.jobs_poll_seconds, sender.send_due),
            Job("deliver_webhooks", s.jobs_poll_seconds, self.webhook_sender().deliver_due),
            Job("scan_sla", s.sla_scan_seconds, scanner.scan, exclusive=True),
            Job("maintenance", s.maintenance_seconds, run_maintenance, exclusive=True),
        ]
        line = self.line_sender()
        if line is not None:
            jobs.append(Job("send_line", s.jobs_poll_seconds, line.send_due))
        return jobs


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


async def get_container(request: Request) -> Container:
    return build_container(request.app.state)


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_request_clock(container: ContainerDep) -> Clock:
    """The request's clock: the container's, read once (FastAPI gives every dependency of
    one request this same object), so auth, the use case and its view share one "now"."""
    return RequestClock(container.clock)


RequestClockDep = Annotated[Clock, Depends(get_request_clock)]


async def get_settings(container: ContainerDep) -> Settings:
    return container.settings


async def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]


async def read_only(request: Request) -> None:
    """Declared on routes that never write (`dependencies=[ReadOnly]`): with a read replica
    configured, the request's connection comes from it, unless the client's last write (the
    WAL position in its cookie) has not been replayed there yet, or it is unreachable; both
    fall back to the primary (infra.db.engine.Replica). A route that writes must not have it:
    the replica's transactions are read-only, so its write would fail."""
    connection = current_request_connection()
    if connection is not None and connection.replica is not None:
        connection.prefer_replica(parse_wal_position(request.cookies.get(WAL_COOKIE)))


ReadOnly = Depends(read_only)


async def require_ready(database: DatabaseDep) -> Database:
    """Raise Unavailable unless the database answers and its migrations are at head."""
    await check_ready(database)
    return database


ReadyDatabaseDep = Annotated[Database, Depends(require_ready)]


async def get_uow_factory(container: ContainerDep) -> Callable[[], UnitOfWork]:
    return container.uow


UowFactoryDep = Annotated[Callable[[], UnitOfWork], Depends(get_uow_factory)]


async def get_user_manager(container: ContainerDep) -> AsyncIterator[UserManager]:
    async with container.database.sessions() as session:
        yield container.user_manager(session)


UserManagerDep = Annotated[UserManager, Depends(get_user_manager)]


async def line_linked_at(session: AsyncSession, user_id: uuid.UUID) -> datetime | None:
    """When the user linked a LINE account, read in the user manager's own session (a second
    one would wait on SQLite's write lock)."""
    link = await SqlLineLinkStore(session).link_of(user_id)
    return link.linked_at if link is not None else None


# --- authentication ------------------------------------------------------------------------

staff_bearer = OAuth2PasswordBearer(
    tokenUrl="/api/v1/auth/login",
    auto_error=False,
    scheme_name="StaffBearer",
    description="Opaque staff token from POST /api/v1/auth/login.",
)
BearerTokenDep = Annotated[str | None, Depends(staff_bearer)]

# Declared so that the OpenAPI document (and the SDK) knows the second kind of bearer token;
# the same Authorization header carries either, and get_principal tells them apart.
client_credentials = OAuth2(
    flows=OAuthFlowsModel(
        clientCredentials=OAuthFlowClientCredentials(
            tokenUrl="/api/v1/auth/token",
            scopes={scope.value: text for scope, text in SCOPE_DESCRIPTIONS.items()},
        )
    ),
    scheme_name="ClientCredentials",
    description="RS256 JWT of a partner's API client from POST /api/v1/auth/token.",
    auto_error=False,
)
ClientCredentialsDep = Annotated[str | None, Depends(client_credentials)]


async def get_principal(
    token: BearerTokenDep, _client: ClientCredentialsDep, container: ContainerDep
) -> Principal:
    """Turn the bearer token into the domain Principal (401 when missing or invalid): a JWT
    (two dots) is an API client's token, anything else a staff user's opaque token."""
    if not token:
        raise Unauthenticated(
            "Sign in and send the token as `Authorization: Bearer …`.", code="auth.missing_token"
        )
    # Always on the primary, even for a route that reads the replica (see on_primary).
    connection = current_request_connection()
    async with connection.on_primary() if connection is not None else nullcontext():
        if token.count(".") == 2:
            service = container.client_token_service()
            return await service.authenticate(token, current_request_id())
        # One statement on the request's connection (the one its use case goes on to use).
        async with await open_session(container.database.sessions) as session:
            owner = await read_token_owner(
                session, token, container.settings.token_lifetime_seconds
            )
    if owner is None:
        raise Unauthenticated(
            "The token is invalid, expired or revoked.", code="auth.invalid_token"
        )
    return Principal(
        id=owner.user_id,
        kind=PrincipalKind.user,
        role=owner.role,
        agency_id=owner.agency_id,
        request_id=current_request_id(),
    )


PrincipalDep = Annotated[Principal, Depends(get_principal)]


async def get_staff(principal: PrincipalDep) -> Principal:
    if principal.kind is not PrincipalKind.user:
        raise Forbidden("This endpoint is for staff accounts.", code="auth.staff_only")
    return principal


StaffDep = Annotated[Principal, Depends(get_staff)]


# --- services ------------------------------------------------------------------------------


async def get_reference_service(uow: UowFactoryDep) -> ReferenceService:
    return ReferenceService(uow)


ReferenceServiceDep = Annotated[ReferenceService, Depends(get_reference_service)]


async def get_district_outlines(container: ContainerDep) -> bytes:
    return container.district_outlines()


DistrictOutlinesDep = Annotated[bytes, Depends(get_district_outlines)]


class ManagerInvitations:
    """The Invitations port over fastapi-users: a reset token sent as an invitation."""

    def __init__(self, container: Container) -> None:
        self._container = container

    async def invite(self, user: StaffUser) -> None:
        async with self._container.database.sessions() as session:
            manager = self._container.user_manager(session)
            await manager.send_invitation(await manager.get(user.id))


async def get_user_service(container: ContainerDep) -> UserService:
    return UserService(
        container.uow, container.clock, container.hasher, ManagerInvitations(container)
    )


UserServiceDep = Annotated[UserService, Depends(get_user_service)]


async def get_audit_service(uow: UowFactoryDep) -> AuditService:
    return AuditService(uow)


AuditServiceDep = Annotated[AuditService, Depends(get_audit_service)]


async def get_complaint_service(
    container: ContainerDep, clock: RequestClockDep
) -> ComplaintService:
    return container.complaint_service(clock)


ComplaintServiceDep = Annotated[ComplaintService, Depends(get_complaint_service)]


async def get_attachment_service(container: ContainerDep) -> AttachmentService:
    return container.attachment_service()


AttachmentServiceDep = Annotated[AttachmentService, Depends(get_attachment_service)]


async def get_public_complaint_service(
    container: ContainerDep, complaints: ComplaintServiceDep, clock: RequestClockDep
) -> PublicComplaintService:
    s = container.settings
    return PublicComplaintService(
        container.uow,
        clock,
        complaints,
        container.rate_limiter,
        intake_policy=RatePolicy(s.public_intake_per_hour, timedelta(hours=1)),
        tracking_policy=RatePolicy(s.public_tracking_per_minute, timedelta(minutes=1)),
        feedback_policy=RatePolicy(s.public_feedback_per_hour, timedelta(hours=1)),
        reopen_window=container.complaint_config.reopen_window,
    )


PublicComplaintServiceDep = Annotated[PublicComplaintService, Depends(get_public_complaint_service)]


async def get_public_stats_service(container: ContainerDep) -> PublicStatsService:
    return PublicStatsService(
        container.uow, container.clock, container.settings.public_stats_min_cell
    )


PublicStatsServiceDep = Annotated[PublicStatsService, Depends(get_public_stats_service)]


async def get_place_service(container: ContainerDep) -> PlaceService:
    return PlaceService(container.uow, container.locator)


PlaceServiceDep = Annotated[PlaceService, Depends(get_place_service)]


async def get_privacy_notice_service(container: ContainerDep) -> PrivacyNoticeService:
    return PrivacyNoticeService(container.uow, container.clock, container.retention_policy())


PrivacyNoticeServiceDep = Annotated[PrivacyNoticeService, Depends(get_privacy_notice_service)]


async def get_data_subject_service(container: ContainerDep) -> DataSubjectService:
    return container.data_subject_service()


DataSubjectServiceDep = Annotated[DataSubjectService, Depends(get_data_subject_service)]


async def get_access_log_service(container: ContainerDep) -> AccessLogService:
    return AccessLogService(container.uow)


AccessLogServiceDep = Annotated[AccessLogService, Depends(get_access_log_service)]


async def get_sla_admin_service(container: ContainerDep, clock: RequestClockDep) -> SlaAdminService:
    return SlaAdminService(
        container.uow,
        clock,
        container.complaint_service(clock).reschedule_open,
        on_change=container.sla_cache.invalidate,
    )


SlaAdminServiceDep = Annotated[SlaAdminService, Depends(get_sla_admin_service)]


async def get_stats_service(container: ContainerDep) -> StatsService:
    return StatsService(
        container.uow,
        container.clock,
        timedelta(seconds=container.settings.stats_rollup_max_age_seconds),
    )


StatsServiceDep = Annotated[StatsService, Depends(get_stats_service)]


async def get_login_guard(container: ContainerDep) -> LoginGuard:
    return LoginGuard(container.counters, container.clock)


LoginGuardDep = Annotated[LoginGuard, Depends(get_login_guard)]


async def get_staff_sessions(container: ContainerDep, guard: LoginGuardDep) -> StaffSessions:
    return StaffSessions(container.uow, container.hasher, guard)


StaffSessionsDep = Annotated[StaffSessions, Depends(get_staff_sessions)]


async def get_client_token_guard(container: ContainerDep) -> ClientTokenGuard:
    return ClientTokenGuard(container.counters, container.clock)


ClientTokenGuardDep = Annotated[ClientTokenGuard, Depends(get_client_token_guard)]


async def get_password_reset_guard(container: ContainerDep) -> PasswordResetGuard:
    return PasswordResetGuard(container.counters, container.clock)


PasswordResetGuardDep = Annotated[PasswordResetGuard, Depends(get_password_reset_guard)]


# --- directory -----------------------------------------------------------------------------


async def get_agency_service(container: ContainerDep) -> AgencyService:
    return AgencyService(container.uow, container.clock)


AgencyServiceDep = Annotated[AgencyService, Depends(get_agency_service)]


async def get_coordinator_service(container: ContainerDep) -> CoordinatorService:
    return CoordinatorService(container.uow, container.clock)


CoordinatorServiceDep = Annotated[CoordinatorService, Depends(get_coordinator_service)]


async def get_category_service(container: ContainerDep) -> CategoryService:
    return CategoryService(container.uow, container.clock)


CategoryServiceDep = Annotated[CategoryService, Depends(get_category_service)]


async def get_routing_rule_service(container: ContainerDep) -> RoutingRuleService:
    return RoutingRuleService(container.uow, container.clock)


RoutingRuleServiceDep = Annotated[RoutingRuleService, Depends(get_routing_rule_service)]


async def get_routing_service(container: ContainerDep) -> RoutingService:
    return RoutingService(container.uow, container.district_locator)


RoutingServiceDep = Annotated[RoutingService, Depends(get_routing_service)]
# --- API clients ---------------------------------------------------------------------------


async def get_api_client_service(container: ContainerDep) -> ApiClientService:
    return ApiClientService(container.uow, container.clock, container.hasher)


ApiClientServiceDep = Annotated[ApiClientService, Depends(get_api_client_service)]


async def get_client_token_service(container: ContainerDep) -> ClientTokenService:
    return container.client_token_service()


ClientTokenServiceDep = Annotated[ClientTokenService, Depends(get_client_token_service)]


async def get_jwks(container: ContainerDep) -> dict[str, list[dict[str, str]]]:
    return container.key_ring.jwks()


JwksDep = Annotated[dict[str, list[dict[str, str]]], Depends(get_jwks)]


async def get_activity_service(container: ContainerDep) -> ActivityService:
    return ActivityService(container.uow, container.clock)


ActivityServiceDep = Annotated[ActivityService, Depends(get_activity_service)]


async def get_queue_service(container: ContainerDep, clock: RequestClockDep) -> QueueService:
    return QueueService(container.uow, clock, container.complaint_config)


QueueServiceDep = Annotated[QueueService, Depends(get_queue_service)]


async def get_escalation_rule_service(container: ContainerDep) -> EscalationRuleService:
    return EscalationRuleService(container.uow, container.clock)


EscalationRuleServiceDep = Annotated[EscalationRuleService, Depends(get_escalation_rule_service)]


async def get_preference_service(container: ContainerDep) -> PreferenceService:
    return PreferenceService(container.uow)


PreferenceServiceDep = Annotated[PreferenceService, Depends(get_preference_service)]


async def get_line_link_service(container: ContainerDep) -> LineLinkService:
    return container.line_link_service()


LineLinkServiceDep = Annotated[LineLinkService, Depends(get_line_link_service)]


async def get_operations_service(container: ContainerDep) -> OperationsService:
    return OperationsService(
        container.uow,
        container.clock,
        timedelta(seconds=container.settings.queue_stuck_seconds),
    )


OperationsServiceDep = Annotated[OperationsService, Depends(get_operations_service)]


async def get_webhook_service(container: ContainerDep) -> WebhookService:
    return WebhookService(
        container.uow, container.clock, container.webhook_transport(), StandardWebhookSigner()
    )


WebhookServiceDep = Annotated[WebhookService, Depends(get_webhook_service)]


async def get_intake_service(container: ContainerDep) -> IntakeService:
    return container.intake_service()


IntakeServiceDep = Annotated[IntakeService, Depends(get_intake_service)]


async def get_line_webhook(container: ContainerDep) -> LineWebhook:
    return container.line_webhook()


LineWebhookDep = Annotated[LineWebhook, Depends(get_line_webhook)]


async def get_inbound_mail_service(container: ContainerDep) -> InboundMailService:
    return container.inbound_mail_service()


InboundMailDep = Annotated[InboundMailService, Depends(get_inbound_mail_service)]


async def get_open311_service(container: ContainerDep) -> Open311Service:
    return Open311Service(
        container.uow,
        container.clock,
        container.complaint_service(),
        container.client_token_service(),
        container.rate_limiter,
        RatePolicy(container.settings.open311_per_minute, timedelta(minutes=1)),
    )


Open311ServiceDep = Annotated[Open311Service, Depends(get_open311_service)]
