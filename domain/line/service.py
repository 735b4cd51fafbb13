"""LINE use cases: the conversation that files a complaint, the sender of replies, pushes
and photo fetches, and the consumer that pushes status changes of LINE-filed cases."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from domain.attachment.service import AttachmentService, Upload
from domain.complaint.lifecycle import STATUS_LABELS, ComplaintStatus
from domain.complaint.model import Channel, Complainant, Consent, Location
from domain.complaint.public import normalise_tracking_code
from domain.complaint.service import ComplaintService, NewComplaint
from domain.errors import DomainError, Unauthenticated, Unavailable
from domain.events.model import DomainEvent, EventType
from domain.geo.model import GeoPoint
from domain.geo.ports import DistrictLocator
from domain.line.coordination import (
    ALL_KEY,
    ALL_POLICY,
    USER_POLICY,
    LinkOutcome,
    StaffChat,
    acked_case,
    link_code_in,
    user_key,
)
from domain.line.model import (
    MAX_PHOTOS,
    Conversation,
    DeliveryKind,
    InboundEvent,
    InboundKind,
    LineDelivery,
    OutboundMessage,
    QuickReply,
    QuickReplyKind,
    Step,
    language_of,
)
from domain.line.ports import LineMessaging, LineWebhookVerifier
from domain.line.texts import command_of, label, say
from domain.notification.model import retry_delay
from domain.privacy.masking import ContactDetails
from domain.privacy.retention import RetentionPolicy
from domain.shared.clock import Clock
from domain.throttle import CounterStore
from domain.uow import UnitOfWork

log = logging.getLogger("fasttrack.line")

_TRACKING_CODE = re.compile(r"^[0-9A-Z]{5}-[0-9A-Z]{5}$")
# A notice longer than this is cut in the chat (LINE caps a message at 5,000 characters).
_NOTICE_CHARS = 3000
_MAX_ATTEMPTS = 8


class LineSignatureInvalid(Unauthenticated):
    code = "line.invalid_signature"
    title = "The request is not signed by LINE"
    title_th = "คำขอไม่ได้ลงนามโดย LINE"
    challenge = 'Signature realm="line"'


class LineNotConfigured(Unavailable):
    code = "line.not_configured"
    title = "The LINE channel is not configured"
    title_th = "ยังไม่ได้ตั้งค่าช่องทาง LINE"


def menu(language: str) -> tuple[QuickReply, ...]:
    return (
        QuickReply(label("menu_report", language), text=label("menu_report", language)),
        QuickReply(label("menu_status", language), text=label("menu_status", language)),
        QuickReply(label("menu_call", language), QuickReplyKind.uri, uri="tel:1676"),
    )


def _buttons(language: str, *keys: str) -> tuple[QuickReply, ...]:
    return tuple(QuickReply(label(k, language), text=label(k, language)) for k in keys)


def _postback_text(data: str | None) -> str | None:
    """A rich-menu button's postback (`action=report`) reads like the typed command."""
    if data and data.startswith("action="):
        return data.removeprefix("action=")
    return data


def _title(description: str) -> str:
    first = " ".join(description.split())
    return first if len(first) <= 80 else first[:79] + "…"


class LineWebhook:
    """The webhook: verify the signature, then hand the events to the conversation."""

    def __init__(
        self, verifier: LineWebhookVerifier, conversations: LineConversationService
    ) -> None:
        self._verifier = verifier
        self._conversations = conversations

    async def receive(self, body: bytes, signature: str | None, request_id: str | None) -> int:
        return await self._conversations.handle(self._verifier.parse(body, signature), request_id)


class LineConversationService:
    """One webhook event at a time, each in one transaction: the event id is remembered, the
    conversation moves on, the case is filed and the reply queued — all or nothing, so a
    redelivered event (same `webhookEventId`) does nothing the second time."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        complaints: ComplaintService,
        locator: Callable[[], DistrictLocator],
        ttl: timedelta = timedelta(minutes=30),
        retention: RetentionPolicy | None = None,
        staff: StaffChat | None = None,
        counters: CounterStore | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._complaints = complaints
        self._locator = locator
        self._ttl = ttl
        self._retention = retention
        self._staff = staff
        self._counters = counters

    async def handle(self, events: Sequence[InboundEvent], request_id: str | None) -> int:
        """Handle the events of one webhook request; returns how many were new."""
        handled = 0
        for event in events:
            handled += await self._one(event, request_id)
        return handled

    async def _one(self, event: InboundEvent, request_id: str | None) -> bool:
        if event.user_id is None:
            return False  # groups and rooms without a user: nothing to answer
        code = link_code_in(event.text) if event.kind is InboundKind.text and event.text else None
        if code is not None and self._staff is not None:
            return await self._link(event, event.user_id, code, self._staff)
        async with self._uow() as uow:
            now = self._clock.now()
            if not await uow.line.remember_event(event.event_id, now):
                return False
            if event.kind is InboundKind.unfollow:
                await uow.line.end_conversation(event.user_id)
                await uow.commit()
                return True
            messages = await self._respond(uow, event, event.user_id, now, request_id)
            await self._reply(uow, event, event.user_id, now, messages)
            await uow.commit()
        return True

    @staticmethod
    async def _reply(
        uow: UnitOfWork,
        event: InboundEvent,
        user_id: str,
        now: datetime,
        messages: Sequence[OutboundMessage],
    ) -> None:
        if messages:
            await uow.line.queue(
                LineDelivery(
                    id=uuid.uuid4(),
                    key=f"reply:{event.event_id}",
                    kind=DeliveryKind.reply,
                    user_id=user_id,
                    created_at=now,
                    reply_token=event.reply_token,
                    messages=tuple(messages),
                )
            )

    async def _link(self, event: InboundEvent, user_id: str, code: str, staff: StaffChat) -> bool:
        """A staff user's one-time code typed into the chat. Wrong codes are counted (per
        LINE user and for everyone) outside the transaction, so the throttle's writes never
        wait for it, and only for events seen the first time."""
        now = self._clock.now()
        language = language_of(event.text or "", "th")
        counters = self._counters
        blocked = counters is not None and (
            await counters.blocked_until(user_key(user_id), now) is not None
            or await counters.blocked_until(ALL_KEY, now) is not None
        )
        async with self._uow() as uow:
            if not await uow.line.remember_event(event.event_id, now):
                return False
            if blocked:
                message, outcome = OutboundMessage(say("link_throttled", language)), None
            else:
                message, outcome = await staff.link(uow, user_id, code, language, now)
            await self._reply(uow, event, user_id, now, [message])
            await uow.commit()
        if counters is not None and outcome is LinkOutcome.wrong:
            await counters.record_failure(user_key(user_id), now, USER_POLICY)
            await counters.record_failure(ALL_KEY, now, ALL_POLICY)
        elif counters is not None and outcome is LinkOutcome.linked:
            await counters.reset(user_key(user_id))
        return True

    async def _respond(
        self,
        uow: UnitOfWork,
        event: InboundEvent,
        user_id: str,
        now: datetime,
        request_id: str | None,
    ) -> list[OutboundMessage]:
        convo = await uow.line.conversation(user_id, now)
        language = convo.language if convo else "th"
        text = event.text if event.kind is InboundKind.text else _postback_text(event.postback)
        is_code = bool(text and _TRACKING_CODE.match(normalise_tracking_code(text)))
        # What people type tells their language; a tracking code or a button's data does not.
        if text and event.kind is InboundKind.text and not is_code:
            language = language_of(text, language)
        command = command_of(text) if text else None
        if self._staff is not None:
            # Staff commands act only for the staff user linked to this LINE user.
            case_id = acked_case(event.postback) if event.kind is InboundKind.postback else None
            if case_id is not None:
                return [await self._staff.acknowledge(uow, user_id, case_id, request_id)]
            if command == "unlink":
                return [await self._staff.unlink(uow, user_id, language, now)]
        if event.kind is InboundKind.follow:
            return [OutboundMessage(say("welcome", language), menu(language))]
        if command == "cancel" and convo is not None:
            await uow.line.end_conversation(user_id)
            return [OutboundMessage(say("cancelled", language), menu(language))]
        if command == "status" or is_code:
            assert text is not None
            return [await self._status(uow, user_id, language, text, command == "status")]
        if command == "call":
            return [OutboundMessage(say("call", language), menu(language))]
        if command == "report":
            await uow.line.save_conversation(
                Conversation(user_id, Step.describe, language, now + self._ttl)
            )
            return [OutboundMessage(say("ask_description", language))]
        if convo is None:
            return [OutboundMessage(say("welcome", language), menu(language))]
        convo = convo.with_changes(language=language, expires_at=now + self._ttl)
        return await self._continue(uow, convo, event, command, text, now, request_id)

    async def _continue(
        self,
        uow: UnitOfWork,
        convo: Conversation,
        event: InboundEvent,
        command: str | None,
        text: str | None,
        now: datetime,
        request_id: str | None,
    ) -> list[OutboundMessage]:
        lang = convo.language
        if convo.step is Step.describe:
            if event.kind is not InboundKind.text or not text or not text.strip():
                return [OutboundMessage(say("ask_description", lang))]
            await uow.line.save_conversation(
                convo.with_changes(description=text.strip()[:20_000], step=Step.location)
            )
            return [self._ask_location(lang, "ask_location")]
        if convo.step is Step.location:
            if event.kind is not InboundKind.location or event.lat is None or event.lon is None:
                return [self._ask_location(lang, "location_needed")]
            code = self._locator().district_at(GeoPoint(event.lat, event.lon))
            if code is None:
                return [self._ask_location(lang, "outside_bangkok")]
            district = await uow.districts.get(code)
            name = (district.name_en if lang == "en" else district.name_th) if district else code
            await uow.line.save_conversation(
                convo.with_changes(
                    lat=event.lat,
                    lon=event.lon,
                    address=(event.address or None) and event.address[:500],
                    district_code=code,
                    step=Step.photos,
                )
            )
            return [
                OutboundMessage(
                    say("ask_photos", lang, district=name, max=MAX_PHOTOS),
                    _buttons(lang, "skip", "cancel"),
                )
            ]
        if convo.step is Step.photos:
            if event.kind is InboundKind.image and event.message_id:
                if len(convo.photo_ids) >= MAX_PHOTOS:
                    return [
                        OutboundMessage(
                            say("photos_full", lang, max=MAX_PHOTOS), _buttons(lang, "done")
                        )
                    ]
                photos = (*convo.photo_ids, event.message_id)
                await uow.line.save_conversation(convo.with_changes(photo_ids=photos))
                return [
                    OutboundMessage(
                        say("photo_received", lang, count=len(photos), max=MAX_PHOTOS),
                        _buttons(lang, "done", "cancel"),
                    )
                ]
            if command != "done":
                return [
                    OutboundMessage(
                        say("ask_photos", lang, district=convo.district_code, max=MAX_PHOTOS),
                        _buttons(lang, "skip", "cancel"),
                    )
                ]
            return [await self._ask_consent(uow, convo)]
        # Step.consent
        if command == "agree" and convo.notice_version:
            return [await self._file(uow, convo, now, request_id)]
        if command == "disagree":
            await uow.line.end_conversation(convo.user_id)
            return [OutboundMessage(say("declined", lang), menu(lang))]
        return [OutboundMessage(say("consent_needed", lang), _buttons(lang, "agree", "disagree"))]

    @staticmethod
    def _ask_location(language: str, key: str) -> OutboundMessage:
        return OutboundMessage(
            say(key, language),
            (
                QuickReply(label("send_location", language), QuickReplyKind.location),
                QuickReply(label("cancel", language), text=label("cancel", language)),
            ),
        )

    async def _ask_consent(self, uow: UnitOfWork, convo: Conversation) -> OutboundMessage:
        lang = convo.language
        notice = await uow.privacy_notices.current()
        if notice is None:
            await uow.line.end_conversation(convo.user_id)
            return OutboundMessage(say("unavailable", lang), menu(lang))
        await uow.line.save_conversation(
            convo.with_changes(step=Step.consent, notice_version=notice.version)
        )
        text = notice.text_en if lang == "en" else notice.text_th
        if self._retention is not None:
            # The periods the notice states are the ones the retention purge applies.
            text = self._retention.render(text, "en" if lang == "en" else "th")
        if len(text) > _NOTICE_CHARS:
            text = text[: _NOTICE_CHARS - 1] + "…"
        return OutboundMessage(
            say("ask_consent", lang, notice=text), _buttons(lang, "agree", "disagree")
        )

    async def _file(
        self, uow: UnitOfWork, convo: Conversation, now: datetime, request_id: str | None
    ) -> OutboundMessage:
        assert convo.description is not None and convo.notice_version is not None
        lang = convo.language
        c, secret = await self._complaints.file_public_in(
            uow,
            NewComplaint(
                title=_title(convo.description),
                description=convo.description,
                channel=Channel.line,
                district_code=convo.district_code,
                location=Location(convo.lat, convo.lon, convo.address),
                complainant=Complainant(ContactDetails(line_user_id=convo.user_id)),
                consent=Consent(convo.notice_version, now),
            ),
            request_id,
        )
        for message_id in convo.photo_ids:
            await uow.line.queue(
                LineDelivery(
                    id=uuid.uuid4(),
                    key=f"attach:{message_id}",
                    kind=DeliveryKind.attach,
                    user_id=convo.user_id,
                    created_at=now,
                    complaint_id=c.id,
                    message_id=message_id,
                )
            )
        await uow.line.end_conversation(convo.user_id)
        return OutboundMessage(
            say(
                "filed",
                lang,
                case_number=c.case_number,
                tracking_code=c.tracking_code,
                secret=secret,
            ),
            menu(lang),
        )

    @staticmethod
    async def _status(
        uow: UnitOfWork, user_id: str, language: str, text: str, every: bool
    ) -> OutboundMessage:
        cases = await uow.line.cases_of(user_id, 10)
        if not every:
            code = normalise_tracking_code(text)
            cases = [c for c in cases if c.tracking_code == code]
            if not cases:
                return OutboundMessage(say("unknown_code", language), menu(language))
        if not cases:
            return OutboundMessage(say("no_cases", language), menu(language))
        lines = [say("cases", language)]
        for c in cases:
            status = STATUS_LABELS[c.status]
            lines.append(
                say(
                    "case_line",
                    language,
                    case_number=c.case_number,
                    tracking_code=c.tracking_code,
                    status=status.en if language == "en" else status.th,
                )
            )
        return OutboundMessage("\n".join(lines), menu(language))


# The status changes a complainant on LINE is told about.
_PUSHED = frozenset(
    {
        EventType.complaint_assigned,
        EventType.complaint_transferred,
        EventType.complaint_information_requested,
        EventType.complaint_public_response_added,
        EventType.complaint_resolved,
        EventType.complaint_reopened,
        EventType.complaint_closed,
        EventType.complaint_merged,
    }
)


class LineStatusConsumer:
    """Queues a push to the LINE user who filed a case when it changes, unless they asked
    not to be contacted; keyed by the event id, so a re-dispatched event pushes once."""

    name = "line"

    async def handle(self, uow: UnitOfWork, event: DomainEvent) -> None:
        if event.type not in _PUSHED:
            return
        c = await uow.complaints.get(event.subject_id)
        if c is None or c.channel is not Channel.line or c.complainant.no_contact:
            return
        user_id = c.complainant.contact.line_user_id
        if not user_id:
            return
        # The status the change led to (the case may have moved on since), not today's.
        raw = event.data.get("status")
        known = {s.value for s in ComplaintStatus}
        status = STATUS_LABELS[ComplaintStatus(raw) if raw in known else c.status]
        values = {"case_number": c.case_number, "tracking_code": c.tracking_code}
        # The language of the chat is gone with the conversation: Thai first, then English.
        text = (
            say("status_changed", "th", status=status.th, **values)
            + "\n"
            + say("status_changed", "en", status=status.en, **values)
        )
        await uow.line.queue(
            LineDelivery(
                id=uuid.uuid4(),
                key=f"push:{event.id}",
                kind=DeliveryKind.push,
                user_id=user_id,
                created_at=event.occurred_at,
                messages=(OutboundMessage(text, menu("th")),),
                complaint_id=c.id,
            )
        )


class LineSender:
    """Sends the queued LINE work: replies (a push when the reply token has expired),
    pushes, and photo fetches that go through the attachment pipeline (sniffed, EXIF
    stripped) onto the case as public photos."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        messaging: LineMessaging,
        attachments: AttachmentService,
        lease: timedelta = timedelta(minutes=5),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._messaging = messaging
        self._attachments = attachments
        self._lease = lease

    async def send_due(self, limit: int = 20) -> int:
        async with self._uow() as uow:
            batch = await uow.line.claim_due(self._clock.now(), limit, self._lease)
            await uow.commit()
        for delivery in batch:
            error: str | None = None
            final = False
            try:
                await self._send(delivery)
            except DomainError as exc:
                # A photo that is not an image (or too big) is refused for good.
                error, final = f"{type(exc).__name__}: {exc.detail}", True
            except Exception as exc:
                error, final = f"{type(exc).__name__}: {exc}", False
            async with self._uow() as uow:
                now = self._clock.now()
                if error is None:
                    await uow.line.mark_sent(delivery.id, now)
                else:
                    # Never the payload in the log: it is the user's own words.
                    log.warning("LINE %s %s failed: %s", delivery.kind, delivery.id, error)
                    attempts = delivery.attempts + 1
                    retry = (
                        None if final or attempts >= _MAX_ATTEMPTS else now + retry_delay(attempts)
                    )
                    await uow.line.mark_failed(delivery.id, error, retry)
                await uow.commit()
        return len(batch)

    async def _send(self, d: LineDelivery) -> None:
        if d.kind is DeliveryKind.attach:
            assert d.complaint_id is not None and d.message_id is not None
            data = await self._messaging.content(d.message_id)
            async with self._uow() as uow:
                complaint = await uow.complaints.get(d.complaint_id)
            if complaint is not None:
                await self._attachments.upload_public(
                    complaint, Upload(f"line-{d.message_id}", data)
                )
            return
        if d.kind is DeliveryKind.reply and d.reply_token and d.attempts == 0:
            try:
                await self._messaging.reply(d.reply_token, d.messages)
                return
            except Exception as exc:
                # Reply tokens live about a minute and work once: say it with a push instead.
                log.info("LINE reply %s failed (%s); pushing instead", d.id, type(exc).__name__)
        await self._messaging.push(d.user_id, d.messages, d.id)
