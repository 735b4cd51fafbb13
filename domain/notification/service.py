"""Who is told what: the notification consumer of domain events, the e-mail sender, and
staff preferences."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from domain.complaint.model import Channel, Complaint
from domain.directory.model import Coordinator, CoordinatorStatus
from domain.errors import Forbidden
from domain.events.model import DomainEvent, EventType
from domain.identity.model import StaffUser
from domain.identity.ports import UserFilter
from domain.line.coordination import LineNotLinked, LineStaffNotifier
from domain.line.model import NotifyVia
from domain.notification.model import (
    MAX_SEND_ATTEMPTS,
    STAFF_KINDS,
    NotificationKind,
    QueuedEmail,
    Recipient,
    retry_delay,
)
from domain.notification.ports import NotificationRenderer
from domain.shared.clock import Clock
from domain.shared.mail import EmailMessage, Mailer
from domain.shared.paging import PageRequest
from domain.shared.principal import Principal, PrincipalKind, Role
from domain.uow import UnitOfWork

log = logging.getLogger("fasttrack.notifications")

_COMPLAINANT = {
    EventType.complaint_created: NotificationKind.complaint_received,
    EventType.complaint_resolved: NotificationKind.complaint_resolved,
    EventType.complaint_information_requested: NotificationKind.information_requested,
}
_ARRIVED = frozenset({EventType.complaint_assigned, EventType.complaint_transferred})
_ESCALATIONS = {
    EventType.complaint_first_response_due_soon: NotificationKind.sla_due_soon,
    EventType.complaint_resolution_due_soon: NotificationKind.sla_due_soon,
    EventType.complaint_breached: NotificationKind.omb_attention,
}


@dataclass(frozen=True)
class NotificationLinks:
    """Where e-mails point: the public tracking page and the staff view of a case."""

    public_base_url: str

    def tracking(self, tracking_code: str) -> str:
        """The public portal's tracking page (served at `/`), not the API's JSON."""
        return f"{self.public_base_url.rstrip('/')}/track/{tracking_code}"

    def privacy_notice(self) -> str:
        """The privacy notice in force (the public API's document)."""
        return f"{self.public_base_url.rstrip('/')}/api/v1/public/privacy-notice"

    def case(self, complaint_id: uuid.UUID) -> str:
        """The staff console's case page (served at `/console/`)."""
        return f"{self.public_base_url.rstrip('/')}/console/cases/{complaint_id}"


def _filed_by_email(c: Complaint) -> bool:
    """A case a citizen's own e-mail filed (not one staff typed in from a mail)."""
    return c.channel is Channel.email and c.submitted_by_kind == "public"


class NotificationConsumer:
    """Turns case events into queued e-mails (rendered now, sent by EmailSender)."""

    name = "notifications"

    def __init__(
        self,
        renderer: NotificationRenderer,
        links: NotificationLinks,
        line: LineStaffNotifier | None = None,
    ) -> None:
        self._renderer = renderer
        self._links = links
        # Set when LINE can send: linked staff then hear on LINE too, as they chose.
        self._line = line

    async def handle(self, uow: UnitOfWork, event: DomainEvent) -> None:
        if event.type.subject != "complaint":
            return
        c = await uow.complaints.get(event.subject_id)
        if c is None:
            return
        for kind, recipient in await self._recipients(uow, event, c):
            if await self._by_line(uow, event, c, kind, recipient):
                continue
            await self._queue(uow, event, c, kind, recipient)

    async def _by_line(
        self,
        uow: UnitOfWork,
        event: DomainEvent,
        c: Complaint,
        kind: NotificationKind,
        to: Recipient,
    ) -> bool:
        """Queue the LINE push of a linked staff user who chose LINE; True when that is
        instead of the e-mail (LINE only)."""
        if self._line is None or to.user_id is None or not kind.for_staff:
            return False
        via, line_user_id = await self._line.via(uow, to.user_id)
        if line_user_id is None:
            return False
        await self._line.queue(uow, event, c, kind, to.user_id, line_user_id, to.language)
        return not via.by_email

    async def _recipients(
        self, uow: UnitOfWork, event: DomainEvent, c: Complaint
    ) -> list[tuple[NotificationKind, Recipient]]:
        out: list[tuple[NotificationKind, Recipient]] = []
        kind = _COMPLAINANT.get(event.type)
        contact = c.complainant.contact
        if kind is NotificationKind.complaint_received and _filed_by_email(c):
            kind = NotificationKind.email_received
        if kind is not None and contact.email and not c.complainant.no_contact:
            language = c.complainant.language.value
            out.append((kind, Recipient(contact.email, language, contact.name)))
        if event.type in _ARRIVED and c.lead_agency_id is not None:
            arrived = NotificationKind.case_arrived
            for r in await self._coordinators(uow, c.lead_agency_id, c.coordinator_id, arrived):
                out.append((arrived, r))
        assignee = event.data.get("change", {}).get("assignee_id")
        if assignee and event.type in _ARRIVED:
            user = await uow.users.get(uuid.UUID(assignee))
            if user is not None:
                out += await self._staff(uow, NotificationKind.case_assigned_to_you, [user])
        if event.type is EventType.complaint_flagged or (
            event.type is EventType.complaint_created and c.flagged_for_omb
        ):
            out += await self._omb(uow, NotificationKind.omb_attention)
        if event.type in _ESCALATIONS:
            out += await self._escalation(uow, event, c)
        return out

    async def _omb(
        self, uow: UnitOfWork, kind: NotificationKind
    ) -> list[tuple[NotificationKind, Recipient]]:
        """The OMB officers on duty: every active officer who has not opted out."""
        officers = await uow.users.list(
            PageRequest(200), UserFilter(role=Role.omb_officer, is_active=True)
        )
        return await self._staff(uow, kind, officers.items)

    async def _escalation(
        self, uow: UnitOfWork, event: DomainEvent, c: Complaint
    ) -> list[tuple[NotificationKind, Recipient]]:
        """An SLA milestone: the targets its escalation rules named (see domain.escalation)."""
        kind = _ESCALATIONS[event.type]
        targets = set(event.data.get("change", {}).get("notify", []))
        out: list[tuple[NotificationKind, Recipient]] = []
        if "coordinator" in targets and c.lead_agency_id is not None:
            for r in await self._coordinators(uow, c.lead_agency_id, c.coordinator_id, kind):
                out.append((kind, r))
        if "assignee" in targets and c.assignee_id is not None:
            user = await uow.users.get(c.assignee_id)
            if user is not None:
                out += await self._staff(uow, kind, [user])
        if "omb_on_duty" in targets:
            out += await self._omb(uow, kind)
        if "agency_head" in targets and c.lead_agency_id is not None:
            agency = await uow.agencies.get(c.lead_agency_id)
            if agency is not None and agency.is_active and agency.head_email:
                out.append((kind, Recipient(agency.head_email, "th", agency.head_name or "")))
        return out

    async def _staff(
        self, uow: UnitOfWork, kind: NotificationKind, users: Sequence[StaffUser]
    ) -> list[tuple[NotificationKind, Recipient]]:
        out = []
        for user in users:
            if not user.is_active:
                continue
            if kind in await uow.notification_preferences.disabled_kinds(user.id):
                continue
            out.append((kind, Recipient(user.email, user.language.value, user.full_name, user.id)))
        return out

    async def _coordinators(
        self,
        uow: UnitOfWork,
        agency_id: uuid.UUID,
        coordinator_id: uuid.UUID | None,
        kind: NotificationKind,
    ) -> list[Recipient]:
        """The case's coordinator and, while the agency's primary is on leave, its backups."""
        everyone = [c for c in await uow.coordinators.list_for_agency(agency_id) if c.is_active]
        chosen: list[Coordinator] = [c for c in everyone if c.id == coordinator_id]
        primary = next((c for c in everyone if c.is_primary), None)
        if primary is None or primary.status is CoordinatorStatus.on_leave:
            chosen += sorted(
                (c for c in everyone if c.backup_rank is not None and c.is_available),
                key=lambda c: c.backup_rank or 0,
            )
        elif not chosen:
            chosen = [primary]
        out: list[Recipient] = []
        seen: set[str] = set()
        for coordinator in chosen:
            recipient = await self._coordinator_recipient(uow, coordinator, kind)
            if recipient is not None and recipient.email not in seen:
                seen.add(recipient.email)
                out.append(recipient)
        return out

    @staticmethod
    async def _coordinator_recipient(
        uow: UnitOfWork, c: Coordinator, kind: NotificationKind
    ) -> Recipient | None:
        user = await uow.users.get(c.user_id) if c.user_id else None
        if user is not None:
            if not user.is_active:
                return None
            disabled = await uow.notification_preferences.disabled_kinds(user.id)
            if kind in disabled:
                return None
            return Recipient(c.contacts.email or user.email, user.language.value, c.name, user.id)
        if c.contacts.email:
            return Recipient(c.contacts.email, "th", c.name)
        return None

    async def _queue(
        self,
        uow: UnitOfWork,
        event: DomainEvent,
        c: Complaint,
        kind: NotificationKind,
        to: Recipient,
    ) -> None:
        context = {
            "kind": kind.value,
            "event_type": event.type.value,
            "case_number": c.case_number,
            "title": c.title,
            "status": c.status.value,
            "recipient_name": to.name,
            "tracking_code": c.tracking_code,
            "tracking_link": self._links.tracking(c.tracking_code),
            "case_link": self._links.case(c.id),
            "due_at": event.data.get("change", {}).get("due_at"),
        }
        if not kind.for_staff:
            # A complainant's e-mail: their own case's number and tracking link only; never
            # the title or anything staff wrote (it may name other people).
            context = {
                k: context[k]
                for k in ("kind", "case_number", "status", "tracking_code", "tracking_link")
            } | {
                "recipient_name": to.name,
                "privacy_link": self._links.privacy_notice(),
                "consent_version": c.consent.version if c.consent else None,
            }
        # The acknowledgement of a mail answers that mail, so mail programs thread them.
        in_reply_to = c.channel_ref if kind is NotificationKind.email_received else None
        rendered = self._renderer.render(kind, to.language, context)
        await uow.email_queue.add(
            QueuedEmail(
                id=uuid.uuid4(),
                event_id=event.id,
                recipient=to.email,
                kind=kind,
                language=to.language,
                subject=rendered.subject,
                text=rendered.text,
                html=rendered.html,
                created_at=event.occurred_at,
                in_reply_to=in_reply_to,
            )
        )


class EmailSender:
    """Sends queued e-mails: leased in one short transaction, sent, then marked. A sender
    killed between sending and marking sends that one again once the lease runs out (the
    Message-ID stays the same, so mail systems can tell)."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        mailer: Mailer,
        lease: timedelta = timedelta(minutes=5),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._mailer = mailer
        self._lease = lease

    async def send_due(self, limit: int = 20) -> int:
        async with self._uow() as uow:
            batch = await uow.email_queue.claim_due(self._clock.now(), limit, self._lease)
            await uow.commit()
        for email in batch:
            # Re-take the lease just before sending: a batch that outlived its lease may have
            # been claimed by another sender meanwhile, and then that one sends it.
            assert email.claimed_until is not None
            async with self._uow() as uow:
                now = self._clock.now()
                mine = await uow.email_queue.renew(email.id, email.claimed_until, now + self._lease)
                await uow.commit()
            if not mine:
                continue
            try:
                await self._mailer.send(
                    EmailMessage(
                        to=email.recipient,
                        subject=email.subject,
                        text=email.text,
                        html=email.html,
                        message_id=f"<{email.id}@fasttrack>",
                        in_reply_to=email.in_reply_to,
                    )
                )
            except Exception as exc:
                attempts = email.attempts + 1
                retry = (
                    self._clock.now() + retry_delay(attempts)
                    if attempts < MAX_SEND_ATTEMPTS
                    else None
                )
                log.warning("e-mail %s failed (attempt %d): %s", email.id, attempts, exc)
                async with self._uow() as uow:
                    await uow.email_queue.mark_failed(
                        email.id, f"{type(exc).__name__}: {exc}", retry
                    )
                    await uow.commit()
                continue
            async with self._uow() as uow:
                await uow.email_queue.mark_sent(email.id, self._clock.now())
                await uow.commit()
        return len(batch)


class PreferenceService:
    """Staff choose which kinds of notification they receive (all on by default)."""

    def __init__(self, uow: Callable[[], UnitOfWork]) -> None:
        self._uow = uow

    @staticmethod
    def _staff(actor: Principal) -> uuid.UUID:
        if actor.kind is not PrincipalKind.user:
            raise Forbidden(
                "Only staff users have notification preferences.",
                code="notification.preferences_forbidden",
            )
        return actor.id

    async def get(self, actor: Principal) -> dict[NotificationKind, bool]:
        user_id = self._staff(actor)
        async with self._uow() as uow:
            disabled = await uow.notification_preferences.disabled_kinds(user_id)
        return {k: k not in disabled for k in STAFF_KINDS}

    async def update(
        self, actor: Principal, changes: dict[NotificationKind, bool]
    ) -> dict[NotificationKind, bool]:
        user_id = self._staff(actor)
        async with self._uow() as uow:
            for kind, enabled in changes.items():
                await uow.notification_preferences.set(user_id, kind, enabled)
            disabled = await uow.notification_preferences.disabled_kinds(user_id)
            await uow.commit()
        return {k: k not in disabled for k in STAFF_KINDS}

    async def via(self, actor: Principal) -> NotifyVia:
        """Where the user's notifications go: e-mail unless a linked LINE account was chosen."""
        user_id = self._staff(actor)
        async with self._uow() as uow:
            link = await uow.line_links.link_of(user_id)
        return link.notify_via if link is not None else NotifyVia.email

    async def set_via(self, actor: Principal, via: NotifyVia) -> NotifyVia:
        user_id = self._staff(actor)
        async with self._uow() as uow:
            if not await uow.line_links.set_notify_via(user_id, via):
                if via is NotifyVia.email:
                    return via  # unlinked: e-mail is all there is
                raise LineNotLinked(
                    "Link your LINE account first (POST /api/v1/users/me/line-link).",
                    detail_th="โปรดเชื่อมบัญชี LINE ก่อน",
                )
            await uow.commit()
        return via
