"""The LINE Official Account end to end, against a local fake of LINE's API: the signature
check, a whole conversation filing one case (photo fetched and EXIF-stripped), redelivered
events, the status answer, and the push when staff move the case."""

from __future__ import annotations

import io
import logging
import uuid
from datetime import timedelta

import httpx
import pytest
from PIL import ExifTags, Image
from sqlalchemy import func, select, update

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.service import Transition
from infra.db.tables import (
    AttachmentRow,
    ComplaintRow,
    LineConversationRow,
    LineDeliveryRow,
    LineWebhookEventRow,
    table_of,
)
from tests.api.test_public import gps_jpeg
from tests.support.complaints import principal
from tests.support.identity import Staff
from tests.support.line import (
    ACCESS_TOKEN,
    DIN_DAENG,
    USER,
    WEBHOOK,
    C,
    Line,
    event,
    image,
    location,
    payload,
    sign,
    text,
)

pytestmark = pytest.mark.db
DESCRIPTION = "ไฟถนนดับทั้งซอย มืดมาก ผู้หญิงเดินกลับบ้านไม่ปลอดภัย ตั้งแต่สัปดาห์ที่แล้ว"


async def file_case(line: Line, user: str = USER, photo: bytes | None = None) -> None:
    """The whole conversation, one webhook request per message as LINE sends them."""
    await line.send(event("follow", user))
    await line.send(text("แจ้งเรื่อง", user))
    await line.send(text(DESCRIPTION, user))
    await line.send(location(*DIN_DAENG, user))
    if photo is not None:
        line.fake.content["photo-1"] = photo
        await line.send(image("photo-1", user))
    await line.send(text("เสร็จ", user))
    await line.send(text("ยินยอม", user))
    await line.flush()


async def test_unsigned_and_wrongly_signed_requests_are_refused_and_not_logged(
    line: Line, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = payload(text("ความลับของผู้ร้อง 0812345678"))
    for headers in (
        {},
        {"X-Line-Signature": sign(body, "not-the-channel-secret")},
        {"X-Line-Signature": "garbage"},
    ):
        r = await line.client.post(
            WEBHOOK, content=body, headers={"Content-Type": "application/json", **headers}
        )
        assert r.status_code == 401, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == "line.invalid_signature"
        assert "ความลับ" not in r.text
    assert "ความลับ" not in caplog.text and "0812345678" not in caplog.text
    async with line.database.sessions() as s:
        seen = (await s.execute(select(func.count()).select_from(LineWebhookEventRow))).scalar()
    assert seen == 0
    assert line.fake.replies == []


async def test_the_webhook_is_unavailable_until_configured(client: httpx.AsyncClient) -> None:
    body = payload(text("สวัสดี"))
    r = await client.post(WEBHOOK, content=body, headers={"X-Line-Signature": sign(body)})
    assert r.status_code == 503
    assert r.json()["code"] == "line.not_configured"


async def test_a_conversation_files_exactly_one_case_with_its_photo(line: Line) -> None:
    await file_case(line, photo=gps_jpeg())

    cases = await line.line_cases()
    assert len(cases) == 1
    case = cases[0]
    assert case.complainant_line_user_id == USER
    assert case.district_code == "1026"
    assert case.description == DESCRIPTION
    assert case.consent_version == "2026-01"
    assert case.lat == pytest.approx(DIN_DAENG[0])

    replies = line.fake.reply_texts()
    assert "OMB FAST TRACK BMA" in replies[0]  # the welcome, with the menu
    assert any("เขตดินแดง" in t for t in replies)
    assert any("ประกาศความเป็นส่วนตัว" in t for t in replies)
    # The notice states the configured retention periods, not its placeholders.
    [notice] = [t for t in replies if "ปีนับแต่ปิดเรื่อง" in t]
    assert "เก็บไว้ 5 ปีนับแต่ปิดเรื่อง" in notice and "{retention" not in notice
    filed = replies[-1]
    assert case.tracking_code in filed and case.case_number in filed and "รหัสลับ" in filed
    menu = line.fake.replies[0]["messages"][0]["quickReply"]["items"]
    assert [i["action"]["label"] for i in menu] == ["แจ้งเรื่อง", "สถานะเรื่องของฉัน", "โทร 1676"]
    assert menu[2]["action"]["uri"] == "tel:1676"
    assert set(line.fake.tokens) == {f"Bearer {ACCESS_TOKEN}"}

    # The photo came from LINE's content API through the attachment pipeline: no EXIF.
    async with line.database.sessions() as s:
        photo = (
            await s.execute(
                select(table_of(AttachmentRow)).where(
                    table_of(AttachmentRow).c.complaint_id == case.id
                )
            )
        ).one()
        deliveries = (await s.execute(select(table_of(LineDeliveryRow)))).all()
        left = (await s.execute(select(func.count()).select_from(LineConversationRow))).scalar()
    assert photo.content_type == "image/jpeg" and photo.visibility == "public"
    key = photo.storage_key
    stored = line.container.settings.data_dir / "attachments" / key[:2] / key
    with Image.open(io.BytesIO(stored.read_bytes())) as cleaned:
        assert not cleaned.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in cleaned.getexif()
    # Sent work keeps no message text (the reply carried the complainant secret).
    assert all(d.status == "sent" and d.messages == [] for d in deliveries)
    assert left == 0


async def test_english_speakers_are_answered_in_english(line: Line) -> None:
    await line.send(text("report"))
    await line.send(text("The street lights are out on the whole soi"))
    await line.flush()
    replies = line.fake.reply_texts()
    assert replies[0].startswith("Please tell us what happened")
    assert "Send location" in str(line.fake.replies[1])


async def test_a_redelivered_event_files_nothing_twice(line: Line) -> None:
    await line.send(text("แจ้งเรื่อง"))
    await line.send(text(DESCRIPTION))
    await line.send(location(*DIN_DAENG))
    await line.send(text("ข้าม"))
    agree = text("ยินยอม", event_id="01JLINEAGREE0000000000000")
    r = await line.send(agree)
    assert r.json() == {"handled": 1}
    again = {**agree, "deliveryContext": {"isRedelivery": True}}
    r = await line.send(again)
    assert r.json() == {"handled": 0}
    r = await line.send(agree, agree)  # the same event twice in one request
    assert r.json() == {"handled": 0}
    await line.flush()
    assert len(await line.line_cases()) == 1
    assert sum("รหัสติดตาม" in t for t in line.fake.reply_texts()) == 1


async def test_status_of_my_cases_and_by_tracking_code(line: Line) -> None:
    await file_case(line)
    (case,) = await line.line_cases()
    other = "U" + "2" * 32
    await line.send(text("สถานะ"))
    await line.send(text(case.tracking_code.lower().replace("-", " ")))
    await line.send(text(case.tracking_code, other))  # someone else's code: not answered
    await line.send(text("status", other))
    await line.flush()
    mine, by_code, not_theirs, none = line.fake.reply_texts()[-4:]
    assert case.case_number in mine and "รับเรื่องแล้ว" in mine
    assert case.case_number in by_code
    assert case.case_number not in not_theirs and "ไม่พบรหัสติดตาม" in not_theirs
    assert none == "No complaint has been filed from this LINE account yet."


async def test_staff_resolving_the_case_is_pushed_to_the_user_unless_no_contact(
    line: Line, staff: dict[str, Staff]
) -> None:
    await file_case(line)
    (case,) = await line.line_cases()
    service = line.container.complaint_service()
    omb, coord = principal(staff["omb"]), principal(staff["coord_dindaeng"])
    v = (
        await service.transition(omb, case.id, Transition(ComplaintAction.TRIAGE), case.version)
    ).complaint.version
    assign = Transition(ComplaintAction.ASSIGN, agency_id=staff["coord_dindaeng"].agency_id)
    v = (await service.transition(omb, case.id, assign, v)).complaint.version
    v = (
        await service.transition(coord, case.id, Transition(ComplaintAction.START), v)
    ).complaint.version
    resolve = Transition(ComplaintAction.RESOLVE, resolution="เปลี่ยนหลอดไฟครบทั้งซอยแล้ว")
    v = (await service.transition(coord, case.id, resolve, v)).complaint.version
    await line.flush()
    await line.flush()  # a second run pushes nothing more
    assert [p["to"] for p in line.fake.pushes] == [USER, USER]
    assigned, resolved = (p["messages"][0]["text"] for p in line.fake.pushes)
    assert case.case_number in assigned and "ส่งเรื่องให้หน่วยงานแล้ว" in assigned
    assert "ดำเนินการแก้ไขแล้ว" in resolved and "Resolved" in resolved
    assert "เปลี่ยนหลอดไฟ" not in resolved  # staff's words stay on the tracking page
    assert all(uuid.UUID(k) for k in line.fake.retry_keys)

    # The complainant asked not to be contacted: closing the case pushes nothing.
    async with line.database.sessions() as s:
        await s.execute(
            update(table_of(ComplaintRow)).where(C.id == case.id).values(no_contact=True)
        )
        await s.commit()
    await service.transition(omb, case.id, Transition(ComplaintAction.CLOSE), v)
    await line.flush()
    assert len(line.fake.pushes) == 2


async def test_an_expired_reply_token_is_answered_with_a_push(line: Line) -> None:
    hello = text("สวัสดี")
    line.fake.expired.add(hello["replyToken"])
    await line.send(hello)
    await line.flush()
    assert line.fake.replies == []
    assert line.fake.pushes[0]["to"] == USER
    assert "OMB FAST TRACK BMA" in line.fake.pushes[0]["messages"][0]["text"]


async def test_unfollow_forgets_the_report_and_postbacks_read_as_commands(line: Line) -> None:
    await line.send(text("แจ้งเรื่อง"))
    await line.send(text(DESCRIPTION))
    await line.send(event("unfollow"))
    async with line.database.sessions() as s:
        left = (await s.execute(select(func.count()).select_from(LineConversationRow))).scalar()
    assert left == 0
    await line.send(event("postback", postback={"data": "action=status"}))
    await line.flush()
    assert line.fake.reply_texts()[-1] == "ยังไม่มีเรื่องที่แจ้งผ่านบัญชี LINE นี้"


async def test_maintenance_deletes_expired_reports(line: Line) -> None:
    await line.send(text("แจ้งเรื่อง"))
    await line.send(text(DESCRIPTION))
    later = line.container.clock.now() + timedelta(minutes=31)
    async with line.container.uow() as uow:
        assert await uow.line.conversation(USER, later) is None  # expired: not continued
        assert await uow.line.purge(later, timedelta(days=7)) == 1
        await uow.commit()
    async with line.database.sessions() as s:
        left = (await s.execute(select(func.count()).select_from(LineConversationRow))).scalar()
    assert left == 0
