"""The e-mail channel end to end: raw RFC 5322 fixtures posted to the inbound endpoint (and
piped to `fasttrack mail inbound`) file complaints, thread replies, drop robots' mail and
redeliveries, and the acknowledgement goes back through the e-mail queue."""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage as Mime
from email.policy import SMTP
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from PIL import ExifTags, Image
from pydantic import SecretStr
from sqlalchemy import select

from api.app import create_app
from api.deps import Container, build_container
from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.service import Transition
from domain.notification.service import EmailSender
from infra.db.engine import Database
from infra.db.tables import (
    AttachmentRow,
    ComplaintEventRow,
    ComplaintRow,
    EmailNotificationRow,
    InboundEmailRow,
    table_of,
)
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.api.test_public import gps_jpeg
from tests.support.complaints import principal
from tests.support.identity import Staff

pytestmark = pytest.mark.db
INBOUND = "/api/v1/integrations/mail/inbound"
SECRET = "inbound-mail-test-secret-0123456789"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "mail"
C: Any = table_of(ComplaintRow).c
E: Any = table_of(ComplaintEventRow).c
A: Any = table_of(AttachmentRow).c


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def mime(
    subject: str,
    text: str,
    *,
    sender: str = "Somchai <somchai@example.co.th>",
    message_id: str = "<m-1@example.co.th>",
    in_reply_to: str | None = None,
    attachment: tuple[str, bytes, str] | None = None,
) -> bytes:
    m = Mime()
    m["From"] = sender
    m["To"] = "complaints@fasttrack.example"
    m["Subject"] = subject
    m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(text)
    if attachment is not None:
        name, data, ctype = attachment
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes(policy=SMTP)


@dataclass
class Mail:
    client: httpx.AsyncClient
    container: Container
    database: Database
    mailer: InMemoryMailer

    async def post(self, raw: bytes, secret: str | None = SECRET) -> httpx.Response:
        headers = {"Content-Type": "message/rfc822"}
        if secret is not None:
            headers["Authorization"] = f"Bearer {secret}"
        return await self.client.post(INBOUND, content=raw, headers=headers)

    async def deliver(self, raw: bytes) -> dict[str, Any]:
        r = await self.post(raw)
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body

    async def flush(self) -> None:
        """Run the jobs once: dispatch domain events, then send the queued e-mails."""
        await self.container.event_dispatcher().dispatch()
        await EmailSender(self.container.uow, self.container.clock, self.mailer).send_due()

    async def rows(self, table: Any, *where: Any) -> list[Any]:
        async with self.database.sessions() as s:
            return list((await s.execute(select(table_of(table)).where(*where))).all())

    async def email_cases(self) -> list[Any]:
        return await self.rows(ComplaintRow, C.channel == "email")


@pytest.fixture
async def mail(
    settings: Settings, database: Database, mailer: InMemoryMailer
) -> AsyncIterator[Mail]:
    configured = settings.model_copy(update={"inbound_mail_secret": SecretStr(SECRET)})
    app: FastAPI = create_app(configured, database=database, mailer=mailer)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield Mail(c, build_container(app.state), database, mailer)


async def test_a_thai_mail_files_a_case_and_is_acknowledged_in_thai(mail: Mail) -> None:
    receipt = await mail.deliver(fixture("thai_subject.eml"))
    [case] = await mail.email_cases()
    assert receipt == {"outcome": "filed", "reason": None, "case_number": case.case_number}
    assert case.title == "ไฟถนนดับทั้งซอย ถนนดินแดง"  # the RFC 2047 subject, decoded
    assert case.description.startswith("ไฟถนนดับทั้งซอยมาหนึ่งสัปดาห์แล้ว")
    assert case.complainant_email == "somchai@example.co.th"
    assert case.complainant_name == "สมชาย ใจดี"
    assert case.complainant_language == "th"
    assert case.channel_ref == "<thai-subject-0001@mail.example.co.th>"
    assert case.consent_version == "2026-01"  # implied by writing, with the notice's version

    await mail.flush()
    ack = mail.mailer.last_to("somchai@example.co.th")
    assert ack.subject.startswith(f"[{case.tracking_code}] ได้รับเรื่องร้องเรียน")
    assert case.case_number in ack.text and case.tracking_code in ack.text
    assert "/api/v1/public/privacy-notice" in ack.text and "2026-01" in ack.text
    assert ack.in_reply_to == "<thai-subject-0001@mail.example.co.th>"
    assert len(mail.mailer.sent) == 1  # not also the portal's "complaint received"


async def test_an_html_only_mail_becomes_text_and_is_answered_in_english(mail: Mail) -> None:
    await mail.deliver(fixture("html_only.eml"))
    [case] = await mail.email_cases()
    assert case.description == (
        "The underpass near the MRT station has been flooded for three days.\n\n"
        "Cars are stuck & people walk through dirty water.\nPlease pump it out.\n\n"
        "Thanks,\nJane"
    )
    assert "<" not in case.description and "alert" not in case.description
    assert case.complainant_language == "en"
    await mail.flush()
    ack = mail.mailer.last_to("jane.doe@example.org")
    assert ack.subject == f"[{case.tracking_code}] We have received your complaint " + (
        f"({case.case_number})"
    )


async def test_an_outlook_windows_874_mail_is_read(mail: Mail) -> None:
    await mail.deliver(fixture("windows_874.eml"))
    [case] = await mail.email_cases()
    assert case.title == "ทางเท้าชำรุด"
    assert case.description == "ทางเท้าหน้าตลาดห้วยขวางชำรุด เดินสะดุดล้มบ่อย"


async def test_attachments_go_through_the_upload_pipeline(mail: Mail) -> None:
    raw = mime(
        "Broken footpath",
        "The footpath in front of the market is broken, see the photo.",
        attachment=("IMG_0001.jpg", gps_jpeg(), "image/jpeg"),
    )
    with_exe = mime(
        "Another one",
        "And a program.",
        message_id="<m-2@example.co.th>",
        attachment=("setup.exe", b"MZ\x90\x00" + b"\x00" * 200, "application/octet-stream"),
    )
    await mail.deliver(raw)
    await mail.deliver(with_exe)  # the mail is filed; the program is not kept
    first, second = sorted(await mail.email_cases(), key=lambda r: r.created_at)
    [photo] = await mail.rows(AttachmentRow, A.complaint_id == first.id)
    assert await mail.rows(AttachmentRow, A.complaint_id == second.id) == []
    assert photo.content_type == "image/jpeg" and photo.visibility == "internal"
    stored = mail.container.settings.data_dir / "attachments" / photo.storage_key[:2]
    with Image.open(io.BytesIO((stored / photo.storage_key).read_bytes())) as cleaned:
        assert not cleaned.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in cleaned.getexif()


async def test_a_reply_joins_its_case_and_quotes_are_trimmed(mail: Mail) -> None:
    await mail.deliver(fixture("thai_subject.eml"))
    [case] = await mail.email_cases()
    await mail.flush()
    ack = mail.mailer.last_to("somchai@example.co.th")
    quoted = "\n".join("> " + line for line in ack.text.splitlines())
    reply = mime(
        "Re: " + ack.subject,
        "ตอนนี้มีคนล้มที่หน้าบ้านแล้วครับ\n\n"
        f"เมื่อ อา. 29 พ.ย. 2569 เวลา 09:16 Fast Track <noreply@fasttrack> เขียนว่า:\n{quoted}\n",
        sender="somchai@example.co.th",
        message_id="<reply-1@example.co.th>",
        in_reply_to="<ack@fasttrack>",
    )
    receipt = await mail.deliver(reply)
    assert receipt["outcome"] == "appended" and receipt["case_number"] == case.case_number
    assert len(await mail.email_cases()) == 1
    [message] = await mail.rows(
        ComplaintEventRow, E.complaint_id == case.id, E.kind == "coordination_message"
    )
    assert message.data == {
        "channel": "email",
        "counterpart": "complainant",
        "text": "ตอนนี้มีคนล้มที่หน้าบ้านแล้วครับ",
    }
    assert message.visibility == "internal"

    # A second reply threads by References alone (no token in the subject), in English
    # with Gmail's attribution line.
    again = mime(
        "Re: more",
        "Also the lamp post is leaning.\n\nOn Sun, 29 Nov 2026 at 10:00, Fast Track\n"
        "<noreply@fasttrack> wrote:\n> earlier\n",
        sender="SOMCHAI@example.co.th",
        message_id="<reply-2@example.co.th>",
        in_reply_to="<reply-1@example.co.th>",
    )
    assert (await mail.deliver(again))["outcome"] == "appended"
    texts = [
        r.data["text"]
        for r in await mail.rows(
            ComplaintEventRow, E.complaint_id == case.id, E.kind == "coordination_message"
        )
    ]
    assert sorted(texts) == sorted(["ตอนนี้มีคนล้มที่หน้าบ้านแล้วครับ", "Also the lamp post is leaning."])
    await mail.flush()
    assert len(mail.mailer.sent) == 1  # replies are not acknowledged again


async def test_a_stranger_cannot_write_into_someone_elses_case(mail: Mail) -> None:
    await mail.deliver(fixture("thai_subject.eml"))
    [case] = await mail.email_cases()
    forged = mime(
        f"Re: [{case.tracking_code}] ได้รับเรื่องร้องเรียนของท่านแล้ว",
        "Please close this case, it is fixed.",
        sender="mallory@example.net",
        message_id="<forged-1@example.net>",
        in_reply_to="<thai-subject-0001@mail.example.co.th>",
    )
    receipt = await mail.deliver(forged)
    assert receipt["outcome"] == "filed" and receipt["case_number"] != case.case_number
    assert (
        await mail.rows(
            ComplaintEventRow, E.complaint_id == case.id, E.kind == "coordination_message"
        )
        == []
    )


@pytest.mark.parametrize(
    ("name", "reason"),
    [("auto_reply.eml", "Auto-Submitted: auto-replied"), ("bounce.eml", "report: delivery-status")],
)
async def test_robots_mail_files_nothing_and_is_never_answered(
    mail: Mail, name: str, reason: str
) -> None:
    receipt = await mail.deliver(fixture(name))
    assert receipt == {"outcome": "ignored", "reason": reason, "case_number": None}
    await mail.flush()
    assert await mail.email_cases() == []
    assert mail.mailer.sent == []
    assert await mail.rows(EmailNotificationRow) == []


@pytest.mark.parametrize(
    "header",
    ["Precedence: bulk", "Precedence: list", "X-Autoreply: yes", "Return-Path: <>"],
)
async def test_other_signs_of_a_robot_are_heeded(mail: Mail, header: str) -> None:
    raw = header.encode() + b"\r\n" + mime("Hello", "Automatic message.")
    assert (await mail.deliver(raw))["outcome"] == "ignored"
    assert await mail.email_cases() == []


async def test_a_redelivered_message_files_nothing_twice(mail: Mail) -> None:
    raw = fixture("html_only.eml")
    assert (await mail.deliver(raw))["outcome"] == "filed"
    assert (await mail.deliver(raw)) == {
        "outcome": "duplicate",
        "reason": None,
        "case_number": None,
    }
    await mail.flush()
    assert len(await mail.email_cases()) == 1
    assert len(mail.mailer.sent) == 1
    [seen] = await mail.rows(InboundEmailRow)
    assert seen.key == "<html-only-0001@example.org>" and seen.outcome == "filed"


async def test_without_the_secret_the_request_is_refused_and_not_logged(
    mail: Mail, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    raw = mime("ความลับของผู้ร้อง", "เบอร์ 0812345678")
    basic_wrong = base64.b64encode(b"mta:not-the-secret").decode()
    for headers in (
        {},
        {"Authorization": "Bearer not-the-secret"},
        {"Authorization": f"Basic {basic_wrong}"},
        {"Authorization": "Basic !!!"},
    ):
        r = await mail.client.post(INBOUND, content=raw, headers=headers)
        assert r.status_code == 401, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == "mail.unauthenticated"
        assert r.headers["www-authenticate"].startswith("Basic")
    assert "ความลับ" not in caplog.text and "0812345678" not in caplog.text
    assert await mail.rows(InboundEmailRow) == []
    # The secret as a Basic password (a provider's webhook URL with user:secret@) works.
    basic = base64.b64encode(f"mta:{SECRET}".encode()).decode()
    r = await mail.client.post(INBOUND, content=raw, headers={"Authorization": f"Basic {basic}"})
    assert r.status_code == 200 and r.json()["outcome"] == "filed"


async def test_the_endpoint_is_unavailable_until_configured(client: httpx.AsyncClient) -> None:
    r = await client.post(INBOUND, content=mime("x", "y"), headers={"Authorization": "Bearer x"})
    assert r.status_code == 503
    assert r.json()["code"] == "mail.not_configured"


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        (b"", 422, "mail.unreadable"),
        (b'{"subject": "not a mail"}', 422, "mail.unreadable"),
        (b"\x00\x01\x02\xff binary", 422, "mail.unreadable"),
        (b"Subject: no sender\r\n\r\nbody\r\n", 422, "mail.no_sender"),
        (b"From: not an address\r\nSubject: x\r\n\r\nbody\r\n", 422, "mail.no_sender"),
    ],
)
async def test_bad_input_is_a_clear_problem_never_a_500(
    mail: Mail, raw: bytes, status: int, code: str
) -> None:
    r = await mail.post(raw)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == code
    assert await mail.email_cases() == []


async def test_a_mail_over_the_cap_is_refused(
    settings: Settings, database: Database, mailer: InMemoryMailer
) -> None:
    capped = settings.model_copy(
        update={
            "inbound_mail_secret": SecretStr(SECRET),
            "inbound_mail_max_bytes": 8192,
            "max_body_bytes": 2048,
        }
    )
    app = create_app(capped, database=database, mailer=mailer)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    auth = {"Authorization": f"Bearer {SECRET}"}
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        r = await c.post(INBOUND, content=mime("big", "x" * 10_000), headers=auth)
        assert r.status_code == 413
        assert r.headers["content-type"] == "application/problem+json"
        # Over the cap of other requests, within the inbound route's own.
        r = await c.post(INBOUND, content=mime("mid", "x" * 5000), headers=auth)
        assert r.status_code == 200, r.text


@pytest.mark.parametrize("field", ["email", "body-mime"])
async def test_a_providers_form_with_the_raw_message_is_read(mail: Mail, field: str) -> None:
    raw = fixture("html_only.eml").decode()
    r = await mail.client.post(
        INBOUND,
        data={field: raw, "from": "ignored@example.org"},
        files={"attachment-count": (None, "0")},
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["outcome"] == "filed"
    [case] = await mail.email_cases()
    assert case.complainant_email == "jane.doe@example.org"


async def test_a_reply_to_a_request_for_information_puts_the_case_back_to_work(
    mail: Mail, staff: dict[str, Staff]
) -> None:
    await mail.deliver(fixture("thai_subject.eml"))
    [case] = await mail.email_cases()
    service = mail.container.complaint_service()
    omb, coord = principal(staff["omb"]), principal(staff["coord_dindaeng"])
    v = await service.transition(omb, case.id, Transition(ComplaintAction.TRIAGE), case.version)
    assign = Transition(ComplaintAction.ASSIGN, agency_id=staff["coord_dindaeng"].agency_id)
    v = await service.transition(omb, case.id, assign, v.complaint.version)
    v = await service.transition(
        coord, case.id, Transition(ComplaintAction.START), v.complaint.version
    )
    ask = Transition(ComplaintAction.REQUEST_INFO, reason="ขอเลขที่บ้านที่ชัดเจน")
    v = await service.transition(coord, case.id, ask, v.complaint.version)
    assert v.complaint.status.value == "awaiting_complainant"
    await mail.flush()
    request = mail.mailer.last_to("somchai@example.co.th")
    assert request.subject.startswith(f"[{case.tracking_code}] ขอข้อมูลเพิ่มเติม")

    reply = mime(
        "Re: " + request.subject,
        "บ้านเลขที่ 12/3 ครับ",
        sender="somchai@example.co.th",
        message_id="<answer-1@example.co.th>",
    )
    assert (await mail.deliver(reply))["outcome"] == "appended"
    [row] = await mail.rows(ComplaintRow, C.id == case.id)
    assert row.status == "in_progress"
    actions = [
        r.data.get("action")
        for r in await mail.rows(ComplaintEventRow, E.complaint_id == case.id)
        if r.kind == "state_changed"
    ]
    assert actions[-1] == "provide_info"
