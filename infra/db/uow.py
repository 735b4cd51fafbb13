"""SqlUnitOfWork: one AsyncSession, the SQL repositories on it, one commit."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.activity.ports import ActivityRepository
from domain.api_client.ports import ApiClientRepository
from domain.attachment.ports import AttachmentRepository
from domain.audit.ports import AuditLog
from domain.complaint.ports import (
    ComplaintRepository,
    Directory,
    FeedbackRepository,
    IdempotencyStore,
)
from domain.complaint.queue_ports import ComplaintQueries
from domain.directory.ports import (
    AgencyRepository,
    CategoryRepository,
    CoordinatorRepository,
    RoutingRuleRepository,
)
from domain.escalation.ports import EscalationRuleRepository, SlaWatch
from domain.events.ports import Outbox, QueueMonitor
from domain.identity.ports import AccessTokenRepository, AgencyLookup, UserRepository
from domain.inbound_mail.ports import InboundMailStore
from domain.intake.ports import IntakeStore
from domain.line.ports import LineLinkStore, LineStore
from domain.notification.ports import EmailQueue, NotificationPreferences
from domain.open311.ports import Open311Queries
from domain.privacy.ports import DataSubjectStore, PersonalDataAccessLog, PrivacyNoticeRepository
from domain.reference.ports import DistrictRepository, MouAreaRepository
from domain.sla.ports import ClosureDayRepository, SlaPolicyRepository
from domain.stats.ports import StatsQueries, StatsRollups
from domain.webhook.ports import WebhookDeliveryRepository, WebhookSubscriptionRepository
from infra.db.engine import open_session
from infra.db.errors import translate_db_errors
from infra.db.repositories.activities import SqlActivityRepository
from infra.db.repositories.api_clients import SqlApiClientRepository
from infra.db.repositories.complaints import (
    SqlCaseDirectory,
    SqlComplaintRepository,
    SqlIdempotencyStore,
)
from infra.db.repositories.data_subjects import SqlDataSubjectStore
from infra.db.repositories.directory import (
    SqlAgencyRepository,
    SqlCategoryRepository,
    SqlCoordinatorRepository,
    SqlRoutingRuleRepository,
)
from infra.db.repositories.escalation import SqlEscalationRuleRepository, SqlSlaWatch
from infra.db.repositories.events import SqlOutbox
from infra.db.repositories.feedback import SqlFeedbackRepository
from infra.db.repositories.identity import (
    SqlAccessTokenRepository,
    SqlAgencyLookup,
    SqlAuditLog,
    SqlUserRepository,
)
from infra.db.repositories.inbound_mail import SqlInboundMailStore
from infra.db.repositories.intake import SqlIntakeStore
from infra.db.repositories.line import SqlLineLinkStore, SqlLineStore
from infra.db.repositories.notifications import (
    SqlEmailQueue,
    SqlNotificationPreferences,
    SqlQueueMonitor,
)
from infra.db.repositories.open311 import SqlOpen311Queries
from infra.db.repositories.privacy import (
    SqlAttachmentRepository,
    SqlPersonalDataAccessLog,
    SqlPrivacyNoticeRepository,
)
from infra.db.repositories.queue import SqlComplaintQueries
from infra.db.repositories.reference import SqlDistrictRepository, SqlMouAreaRepository
from infra.db.repositories.sla import SqlClosureDayRepository, SqlSlaPolicyRepository
from infra.db.repositories.stats import SqlStatsQueries, SqlStatsRollups
from infra.db.repositories.webhooks import (
    SqlWebhookDeliveryRepository,
    SqlWebhookSubscriptionRepository,
)
from infra.webhooks.sealing import Sealer


class SqlUnitOfWork:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, sealer: Sealer | None = None
    ) -> None:
        self._sessions = sessions
        self._sealer = sealer
        self._session: AsyncSession | None = None

    @property
    def session(self) -> AsyncSession:
        if self._session is None:
            raise RuntimeError("unit of work used outside 'async with'")
        return self._session

    async def __aenter__(self) -> Self:
        self._session = await open_session(self._sessions)
        s = self._session
        self.districts: DistrictRepository = SqlDistrictRepository(s)
        self.mou_areas: MouAreaRepository = SqlMouAreaRepository(s)
        self.users: UserRepository = SqlUserRepository(s)
        self.access_tokens: AccessTokenRepository = SqlAccessTokenRepository(s)
        self.agency_lookup: AgencyLookup = SqlAgencyLookup(s)
        self.audit: AuditLog = SqlAuditLog(s)
        self.complaints: ComplaintRepository = SqlComplaintRepository(s)
        self.feedback: FeedbackRepository = SqlFeedbackRepository(s)
        self.idempotency: IdempotencyStore = SqlIdempotencyStore(s)
        self.case_directory: Directory = SqlCaseDirectory(s)
        self.privacy_notices: PrivacyNoticeRepository = SqlPrivacyNoticeRepository(s)
        self.pd_access: PersonalDataAccessLog = SqlPersonalDataAccessLog(s)
        self.data_subjects: DataSubjectStore = SqlDataSubjectStore(s)
        self.attachments: AttachmentRepository = SqlAttachmentRepository(s)
        self.sla_policies: SlaPolicyRepository = SqlSlaPolicyRepository(s)
        self.closure_days: ClosureDayRepository = SqlClosureDayRepository(s)
        self.stats: StatsQueries = SqlStatsQueries(s)
        self.stats_rollups: StatsRollups = SqlStatsRollups(s)
        self.agencies: AgencyRepository = SqlAgencyRepository(s)
        self.coordinators: CoordinatorRepository = SqlCoordinatorRepository(s)
        self.categories: CategoryRepository = SqlCategoryRepository(s)
        self.routing_rules: RoutingRuleRepository = SqlRoutingRuleRepository(s)
        self.api_clients: ApiClientRepository = SqlApiClientRepository(s)
        self.activities: ActivityRepository = SqlActivityRepository(s)
        self.complaint_queries: ComplaintQueries = SqlComplaintQueries(s)
        self.outbox: Outbox = SqlOutbox(s)
        self.webhook_subscriptions: WebhookSubscriptionRepository = (
            SqlWebhookSubscriptionRepository(s, self._sealer)
        )
        self.webhook_deliveries: WebhookDeliveryRepository = SqlWebhookDeliveryRepository(s)
        self.queue_monitor: QueueMonitor = SqlQueueMonitor(s)
        self.sla_watch: SlaWatch = SqlSlaWatch(s)
        self.escalation_rules: EscalationRuleRepository = SqlEscalationRuleRepository(s)
        self.email_queue: EmailQueue = SqlEmailQueue(s)
        self.notification_preferences: NotificationPreferences = SqlNotificationPreferences(s)
        self.intake: IntakeStore = SqlIntakeStore(s)
        self.line: LineStore = SqlLineStore(s)
        self.inbound_mail: InboundMailStore = SqlInboundMailStore(s)
        self.line_links: LineLinkStore = SqlLineLinkStore(s)
        self.open311: Open311Queries = SqlOpen311Queries(s)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            await session.rollback()
        finally:
            await session.close()
            self._session = None
        if exc is not None:
            translate_db_errors(exc)

    async def commit(self) -> None:
        try:
            await self.session.commit()
        except Exception as exc:
            translate_db_errors(exc)
            raise

    async def rollback(self) -> None:
        await self.session.rollback()
