"""The unit-of-work port: one transaction, the repositories inside it, one commit."""

from __future__ import annotations

from typing import Protocol

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
from domain.shared.transaction import Transaction
from domain.sla.ports import ClosureDayRepository, SlaPolicyRepository
from domain.stats.ports import StatsQueries, StatsRollups
from domain.webhook.ports import WebhookDeliveryRepository, WebhookSubscriptionRepository


class UnitOfWork(Transaction, Protocol):
    """Use as ``async with uow:``; anything not committed is rolled back on exit."""

    districts: DistrictRepository
    mou_areas: MouAreaRepository
    users: UserRepository
    access_tokens: AccessTokenRepository
    agency_lookup: AgencyLookup
    audit: AuditLog
    complaints: ComplaintRepository
    feedback: FeedbackRepository
    idempotency: IdempotencyStore
    case_directory: Directory
    privacy_notices: PrivacyNoticeRepository
    pd_access: PersonalDataAccessLog
    data_subjects: DataSubjectStore
    attachments: AttachmentRepository
    sla_policies: SlaPolicyRepository
    closure_days: ClosureDayRepository
    stats: StatsQueries
    stats_rollups: StatsRollups
    agencies: AgencyRepository
    coordinators: CoordinatorRepository
    categories: CategoryRepository
    routing_rules: RoutingRuleRepository
    api_clients: ApiClientRepository
    activities: ActivityRepository
    complaint_queries: ComplaintQueries
    outbox: Outbox
    webhook_subscriptions: WebhookSubscriptionRepository
    webhook_deliveries: WebhookDeliveryRepository
    queue_monitor: QueueMonitor
    sla_watch: SlaWatch
    escalation_rules: EscalationRuleRepository
    email_queue: EmailQueue
    notification_preferences: NotificationPreferences
    intake: IntakeStore
    line: LineStore
    inbound_mail: InboundMailStore
    line_links: LineLinkStore
    open311: Open311Queries

    async def rollback(self) -> None: ...
