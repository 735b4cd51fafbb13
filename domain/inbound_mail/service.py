"""Receiving e-mail: a new mail files a complaint (channel `email`), a reply joins its case's
timeline, a robot's mail (auto-reply, bounce, list) is dropped, and a redelivery does nothing.

The acknowledgement is not sent here: the case's `complaint.created` event makes the
notification consumer queue it (see domain.notification), in the complainant's language and
threaded to their mail, like every other e-mail of the platform.

Consent: writing to the published complaints address is taken as consent to the current
privacy notice (the address is published with it, and the acknowledgement links to it); the
case records that notice's version and the time the mail arrived."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable

from domain.attachment.service import AttachmentService, Upload
from domain.complaint.model import (
    Channel,
    Complainant,
    Complaint,
    Consent,
    CoordinationChannel,
)
from domain.complaint.service import ComplaintService, NewComplaint
from domain.errors import DomainError, InvalidValue, PayloadTooLarge, Unauthenticated, Unavailable
from domain.inbound_mail.model import (
    InboundMail,
    MailOutcome,
    MailReceipt,
    dedup_key,
    same_address,
    subject_token,
    title_of,
)
from domain.inbound_mail.ports import InboundMailParser
from domain.line.model import language_of
from domain.privacy.masking import ContactDetails
from domain.shared.clock import Clock
from domain.shared.language import Language
from domain.uow import UnitOfWork

log = logging.getLogger("fasttrack.mail")

# Attachments of one mail that are kept (the case's own cap applies as well).
MAX_ATTACHMENTS = 10
_CHANNEL_REF_CHARS = 200


class MailUnauthenticated(Unauthenticated):
    code = "mail.unauthenticated"
    title = "The request does not carry the inbound mail secret"
    title_th = "คำขอไม่มีรหัสลับสำหรับรับอีเมล"
    challenge = 'Basic realm="fasttrack-inbound-mail"'


class MailNotConfigured(Unavailable):
    code = "mail.not_configured"
    title = "Inbound e-mail is not configured"
    title_th = "ยังไม่ได้ตั้งค่าการรับอีเมล"


class MailUnreadable(InvalidValue):
    code = "mail.unreadable"
    title = "Not an e-mail message"
    title_th = "ข้อมูลที่ส่งมาไม่ใช่อีเมล"


class MailWithoutSender(InvalidValue):
    code = "mail.no_sender"
    title = "The e-mail has no sender address"
    title_th = "อีเมลไม่มีที่อยู่ผู้ส่ง"


class MailTooLarge(PayloadTooLarge):
    code = "mail.too_large"
    title = "The e-mail is too large"
    title_th = "อีเมลมีขนาดใหญ่เกินไป"


class InboundMailService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        parser: InboundMailParser,
        complaints: ComplaintService,
        attachments: AttachmentService,
        *,
        secret: str | None,
        max_bytes: int,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._parser = parser
        self._complaints = complaints
        self._attachments = attachments
        self._secret = secret
        self._max_bytes = max_bytes

    def authenticate(self, credential: str | None) -> None:
        """The shared secret of the MTA or mail provider, compared in constant time."""
        if self._secret is None:
            raise MailNotConfigured(
                "Set FASTTRACK_INBOUND_MAIL_SECRET to receive e-mail over HTTP."
            )
        given = (credential or "").encode()
        if not credential or not hmac.compare_digest(given, self._secret.encode()):
            raise MailUnauthenticated("Send the inbound mail secret (Bearer or Basic password).")

    async def receive(self, raw: bytes, request_id: str | None) -> MailReceipt:
        if len(raw) > self._max_bytes:
            raise MailTooLarge(
                f"E-mails are limited to {self._max_bytes} bytes.",
                extra={"max_bytes": self._max_bytes},
            )
        mail = self._parser.parse(raw)
        if mail.automatic is None and not mail.sender:
            raise MailWithoutSender("The mail has no From address to answer.")
        key = dedup_key(mail.message_id, raw)
        async with self._uow() as uow:
            if not await uow.inbound_mail.remember(key, self._clock.now()):
                return MailReceipt(MailOutcome.duplicate)
            if mail.automatic is not None:
                # Never a case, never an answer: two robots must not write to each other.
                await uow.inbound_mail.settle(key, MailOutcome.ignored, None)
                await uow.commit()
                log.info("inbound mail ignored: %s", mail.automatic)
                return MailReceipt(MailOutcome.ignored, reason=mail.automatic)
            case = await self._thread(uow, mail)
            if case is not None:
                await self._complaints.add_complainant_message_in(
                    uow, case, _message_text(mail), CoordinationChannel.email, request_id
                )
                outcome = MailOutcome.appended
            else:
                case = await self._file(uow, mail, request_id)
                outcome = MailOutcome.filed
            await self._attach(uow, case, mail)
            await uow.inbound_mail.settle(key, outcome, case.id)
            await uow.commit()
        return MailReceipt(outcome, case_number=case.case_number)

    @staticmethod
    async def _thread(uow: UnitOfWork, mail: InboundMail) -> Complaint | None:
        """The case this mail answers: one an earlier mail of the thread filed or joined
        (In-Reply-To, References), or the tracking code in the subject. Only when the sender
        is the case's complainant: anyone else starts a case of their own instead of
        writing into someone else's."""
        found: list[Complaint] = []
        complaint_id = (
            await uow.inbound_mail.thread_of(mail.references) if mail.references else None
        )
        if complaint_id is not None and (c := await uow.complaints.get(complaint_id)) is not None:
            found.append(c)
        code = subject_token(mail.subject)
        if code is not None and (c := await uow.complaints.get_by_tracking_code(code)) is not None:
            found.append(c)
        for c in found:
            if same_address(c.complainant.contact.email, mail.sender):
                return c
        return None

    async def _file(self, uow: UnitOfWork, mail: InboundMail, request_id: str | None) -> Complaint:
        assert mail.sender is not None
        now = self._clock.now()
        notice = await uow.privacy_notices.current()
        language = language_of(f"{mail.subject}\n{mail.text}", "th")
        ref = (
            mail.message_id
            if mail.message_id and len(mail.message_id) <= _CHANNEL_REF_CHARS
            else None
        )
        description = mail.text.strip() or mail.subject.strip() or "(e-mail without text)"
        if len(description) > 20_000:
            description = description[:19_999] + "…"
        c, _secret = await self._complaints.file_public_in(
            uow,
            NewComplaint(
                title=title_of(mail.subject, mail.text),
                description=description,
                channel=Channel.email,
                channel_ref=ref,
                complainant=Complainant(
                    ContactDetails(name=mail.sender_name or None, email=mail.sender),
                    language=Language(language),
                ),
                consent=Consent(notice.version, now) if notice is not None else None,
            ),
            request_id,
        )
        return c

    async def _attach(self, uow: UnitOfWork, case: Complaint, mail: InboundMail) -> None:
        for part in mail.attachments[:MAX_ATTACHMENTS]:
            try:
                await self._attachments.add_from_complainant_in(
                    uow, case, Upload(part.filename, part.data)
                )
            except DomainError as exc:
                # Not an image or PDF, too big, or the case is full: the mail still counts.
                log.info("inbound mail attachment refused: %s", exc.code)


def _message_text(mail: InboundMail) -> str:
    return mail.text.strip() or mail.subject.strip() or "(e-mail without text)"
