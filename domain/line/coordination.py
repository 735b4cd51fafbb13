"""Coordinators on LINE: a staff account linked to a LINE user by a one-time code, their
notifications pushed to the chat, and the acknowledgement button that writes to the case."""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qs

from domain.audit.model import AuditEntry
from domain.complaint.model import Complaint, CoordinationChannel, EventKind
from domain.complaint.service import ComplaintService, NewEntry
from domain.errors import Conflict, Forbidden, NotFound
from domain.events.model import DomainEvent, EventType
from domain.identity.model import StaffUser
from domain.line.model import (
    DeliveryKind,
    LineDelivery,
    LineLink,
    NotifyVia,
    OutboundMessage,
    QuickReply,
)
from domain.line.model import QuickReplyKind as Kind
from domain.line.texts import say
from domain.notification.model import NotificationKind
from domain.shared.clock import Clock
from domain.shared.principal import Principal, PrincipalKind
from domain.sla.calendar import BANGKOK
from domain.throttle import BackoffPolicy
from domain.uow import UnitOfWork

CODE_DIGITS = 6
# Wrong codes: five from one LINE user within 15 minutes refuse it for 15 minutes; 200 from
# all LINE users together within an hour (a guess spread over many accounts) refuse everyone.
USER_POLICY = BackoffPolicy(
    free=5, refuse_at=5, window=timedelta(minutes=15), lockout=timedelta(minutes=15)
)
ALL_POLICY = BackoffPolicy(
    free=200, refuse_at=200, window=timedelta(hours=1), lockout=timedelta(minutes=15)
)
ALL_KEY = "line-link:*"


def user_key(line_user_id: str) -> str:
    return f"line-link:{line_user_id}"


_LINK = re.compile(r"^(?:link|เชื่อม(?:บัญชี)?)(?:\s*line)?\s*:?\s*(\d{6})$")
_ACK = "ack"


@dataclass(frozen=True)
class IssuedCode:
    code: str
    expires_at: datetime


class LineNotLinked(Conflict):
    code = "line.not_linked"
    title = "No LINE account is linked"
    title_th = "ยังไม่ได้เชื่อมบัญชี LINE"


class LineLinkForbidden(Forbidden):
    code = "line.link_forbidden"
    title = "Only staff users link a LINE account"
    title_th = "เฉพาะบัญชีเจ้าหน้าที่เท่านั้นที่เชื่อมบัญชี LINE ได้"


def code_digest(code: str, pepper: str) -> str:
    """Codes are kept as a keyed hash: a copy of the table does not give them away."""
    return hmac.new(pepper.encode(), code.encode(), hashlib.sha256).hexdigest()


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def link_code_in(text: str) -> str | None:
    """`link 123456`, `เชื่อม 123456`, `เชื่อมบัญชี 123456`: the code, else None."""
    m = _LINK.match(" ".join(text.split()).casefold())
    return m.group(1) if m else None


def ack_data(complaint_id: uuid.UUID) -> str:
    return f"action={_ACK}&case={complaint_id}"


def acked_case(data: str | None) -> uuid.UUID | None:
    """The case an acknowledgement button names, if `data` is one."""
    if not data:
        return None
    fields = parse_qs(data)
    if fields.get("action") != [_ACK]:
        return None
    try:
        return uuid.UUID(fields.get("case", [""])[0])
    except ValueError:
        return None


def principal_of(user: StaffUser, request_id: str | None) -> Principal:
    """The staff user acting from the chat, as the API would see them."""
    return Principal(
        id=user.id,
        kind=PrincipalKind.user,
        role=user.role,
        agency_id=user.agency_id,
        request_id=request_id,
    )


class LinkOutcome(enum.StrEnum):
    linked = "linked"
    wrong = "wrong"
    refused = "refused"  # blocked by the throttle, or the LINE user is someone else's


class LineLinkService:
    """The console's side: issue a code, unlink, choose where notifications go."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        pepper: str,
        ttl: timedelta = timedelta(minutes=10),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._pepper = pepper
        self._ttl = ttl

    @staticmethod
    def _staff(actor: Principal) -> uuid.UUID:
        if actor.kind is not PrincipalKind.user:
            raise LineLinkForbidden("Only staff users link a LINE account.")
        return actor.id

    async def issue_code(self, actor: Principal) -> IssuedCode:
        """A new code for the signed-in user (an earlier one stops working)."""
        user_id = self._staff(actor)
        now = self._clock.now()
        expires = now + self._ttl
        async with self._uow() as uow:
            user = await uow.users.get(user_id)
            if user is None or not user.is_active:
                raise LineLinkForbidden("Only active staff users link a LINE account.")
            # Six digits may collide with another user's live code: draw again.
            for _ in range(20):
                code = new_code()
                if await uow.line_links.put_code(user_id, code_digest(code, self._pepper), expires):
                    break
            else:  # pragma: no cover - a million codes taken at once
                raise Conflict("No code is free; try again.", code="line.no_code")
            await uow.commit()
        return IssuedCode(code, expires)

    async def unlink(self, actor: Principal) -> bool:
        user_id = self._staff(actor)
        async with self._uow() as uow:
            removed = await unlink_in(uow, actor, user_id, self._clock.now(), "console")
            await uow.commit()
        return removed


async def unlink_in(
    uow: UnitOfWork, actor: Principal, user_id: uuid.UUID, now: datetime, how: str
) -> bool:
    """Remove the user's link and codes (audited when there was a link)."""
    await uow.line_links.drop_codes(user_id)
    link = await uow.line_links.link_of(user_id)
    if link is None:
        return False
    await uow.line_links.remove_link(user_id)
    await uow.audit.append(
        AuditEntry.record(
            actor,
            now,
            "user.line_unlink",
            "user",
            user_id,
            before={"line_linked_at": link.linked_at.isoformat()},
            after={"via": how},
        )
    )
    return True


class StaffChat:
    """The chat's staff commands. Everything here first finds the staff user linked to the
    LINE user; a LINE user linked to nobody (every citizen) gets a polite refusal and
    nothing else, and the acknowledgement goes through the complaint use case, so the same
    policy decides as for the API."""

    def __init__(self, complaints: ComplaintService, pepper: str) -> None:
        self._complaints = complaints
        self._pepper = pepper

    async def link(
        self, uow: UnitOfWork, line_user_id: str, code: str, language: str, now: datetime
    ) -> tuple[OutboundMessage, LinkOutcome]:
        user_id = await uow.line_links.take_code(code_digest(code, self._pepper), now)
        user = await uow.users.get(user_id) if user_id else None
        if user is None or not user.is_active:
            return OutboundMessage(say("link_wrong", language)), LinkOutcome.wrong
        lang = user.language.value
        taken = await uow.line_links.link_by_line_user(line_user_id)
        if taken is not None and taken.user_id != user.id:
            return OutboundMessage(say("link_taken", lang)), LinkOutcome.refused
        earlier = await uow.line_links.link_of(user.id)
        link = LineLink(
            user.id,
            line_user_id,
            now,
            earlier.notify_via if earlier is not None else NotifyVia.email,
        )
        await uow.line_links.save_link(link)
        await uow.audit.append(
            AuditEntry.record(
                principal_of(user, None),
                now,
                "user.line_link",
                "user",
                user.id,
                before={"line_linked_at": earlier.linked_at.isoformat()} if earlier else None,
                after={"line_linked_at": now.isoformat()},
            )
        )
        return (
            OutboundMessage(
                say("linked", lang, name=user.full_name, via=say(f"via_{link.notify_via}", lang))
            ),
            LinkOutcome.linked,
        )

    async def unlink(
        self, uow: UnitOfWork, line_user_id: str, language: str, now: datetime
    ) -> OutboundMessage:
        link = await uow.line_links.link_by_line_user(line_user_id)
        if link is None:
            return OutboundMessage(say("not_linked", language))
        user = await uow.users.get(link.user_id)
        actor = principal_of(user, None) if user else None
        if actor is None:  # pragma: no cover - the link goes with the user (cascade)
            await uow.line_links.remove_link(link.user_id)
        else:
            await unlink_in(uow, actor, link.user_id, now, "line")
        return OutboundMessage(say("unlinked", language))

    async def acknowledge(
        self,
        uow: UnitOfWork,
        line_user_id: str,
        complaint_id: uuid.UUID,
        request_id: str | None,
    ) -> OutboundMessage:
        link = await uow.line_links.link_by_line_user(line_user_id)
        user = await uow.users.get(link.user_id) if link else None
        if user is None or not user.is_active:
            return OutboundMessage(say("ack_refused", "th"))
        lang = user.language.value
        actor = principal_of(user, request_id)
        try:
            c, _ = await self._complaints.add_entry_in(
                uow,
                actor,
                complaint_id,
                NewEntry(
                    kind=EventKind.coordination_message,
                    text=say("ack_entry", lang),
                    channel=CoordinationChannel.line,
                ),
            )
        except (NotFound, Forbidden):
            return OutboundMessage(say("ack_refused", lang))
        return OutboundMessage(say("acked", lang, case_number=c.case_number))


def _due(raw: object, language: str) -> str:
    if not isinstance(raw, str):
        return ""
    try:
        at = datetime.fromisoformat(raw).astimezone(BANGKOK)
    except ValueError:
        return ""
    year = at.year + 543 if language == "th" else at.year
    return say("due_at", language, when=f"{at.day}/{at.month}/{year} {at:%H:%M}")


class LineStaffNotifier:
    """Queues a staff notification as a LINE push with two buttons: acknowledge (a
    postback) and open the case in the console (a link). Keyed by the event and the user,
    so a re-dispatched event pushes once."""

    def __init__(self, case_link: Callable[[uuid.UUID], str]) -> None:
        self._case_link = case_link

    async def via(self, uow: UnitOfWork, user_id: uuid.UUID) -> tuple[NotifyVia, str | None]:
        """Where the user's notifications go, and their LINE user id when that is LINE too."""
        link = await uow.line_links.link_of(user_id)
        if link is None or not link.notify_via.by_line:
            return NotifyVia.email, None
        return link.notify_via, link.line_user_id

    async def queue(
        self,
        uow: UnitOfWork,
        event: DomainEvent,
        c: Complaint,
        kind: NotificationKind,
        user_id: uuid.UUID,
        line_user_id: str,
        language: str,
    ) -> bool:
        key = {
            EventType.complaint_breached: "notify_breached",
            EventType.complaint_flagged: "notify_flagged",
        }.get(event.type, f"notify_{kind.value}")
        text = say(key, language, case_number=c.case_number, title=c.title)
        due = _due(event.data.get("change", {}).get("due_at"), language)
        message = OutboundMessage(
            "\n".join(t for t in (text, due, say("notify_footer", language)) if t),
            (
                QuickReply(
                    say("ack", language),
                    Kind.postback,
                    text=say("ack_display", language, case_number=c.case_number),
                    data=ack_data(c.id),
                ),
                QuickReply(say("open_case", language), Kind.uri, uri=self._case_link(c.id)),
            ),
        )
        return await uow.line.queue(
            LineDelivery(
                id=uuid.uuid4(),
                key=f"staff:{event.id}:{user_id}",
                kind=DeliveryKind.push,
                user_id=line_user_id,
                created_at=event.occurred_at,
                messages=(message,),
                complaint_id=c.id,
            )
        )
