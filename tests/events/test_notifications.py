"""A case created and assigned e-mails exactly the expected people, in their languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel, Complainant
from domain.complaint.service import NewComplaint, Transition
from domain.privacy.masking import ContactDetails
from domain.shared.language import Language
from infra.db.engine import Database
from tests.events.support import (
    add_coordinator,
    dispatcher,
    sender,
    set_language,
    smtp_mailer,
    smtp_server,
)
from tests.support.complaints import principal, service
from tests.support.identity import Staff

pytestmark = pytest.mark.db


async def test_created_and_assigned_case_mails_the_expected_people(
    database: Database, staff: dict[str, Staff]
) -> None:
    omb, coord, assignee = staff["omb"], staff["coord_dindaeng"], staff["staff_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        database, coord.agency_id, "ผอ.เขตดินแดง", "primary.1026@example.go.th", primary=True
    )
    await set_language(database, assignee.id, "en")
    svc = service(database)
    actor = principal(omb)
    view = await svc.create(
        actor,
        NewComplaint(
            title="น้ำท่วมซอยประชาสงเคราะห์ 5",
            description="น้ำท่วมขังทุกครั้งที่ฝนตก บ้านเลขที่ 12 นายสมปอง",
            channel=Channel.hotline_1676,
            district_code="1026",
            complainant=Complainant(
                ContactDetails("สมชาย ใจดี", "0812345678", "somchai@example.com", None)
            ),
        ),
    )
    c = view.complaint
    view = await svc.transition(actor, c.id, Transition(ComplaintAction.TRIAGE), c.version)
    await svc.transition(
        actor,
        c.id,
        Transition(ComplaintAction.ASSIGN, agency_id=coord.agency_id, assignee_id=assignee.id),
        view.complaint.version,
    )
    with smtp_server() as (inbox, port):
        assert await dispatcher(database).dispatch() == 2  # created, assigned
        assert await sender(database, smtp_mailer(port)).send_due() == 3
        # Dispatching and sending again changes nothing: each effect happens once.
        assert await dispatcher(database).dispatch() == 0
        assert await sender(database, smtp_mailer(port)).send_due() == 0

    assert sorted(m["To"] for m in inbox.messages) == sorted(
        ["somchai@example.com", "primary.1026@example.go.th", assignee.email]
    )
    (received,) = inbox.to("somchai@example.com")
    assert received["Subject"] == f"ได้รับเรื่องร้องเรียนของท่านแล้ว ({c.case_number})"
    text = received.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = received.get_body(("html",)).get_content()  # type: ignore[union-attr]
    # The links land on the SPAs' pages (the portal at /, the console at /console/), not JSON.
    link = f"https://ft.test/track/{c.tracking_code}"
    assert link in text and link in html
    # The complainant's e-mail names no one else and repeats nothing staff wrote.
    for other in ("สมปอง", "น้ำท่วม", coord.email, assignee.email, "0812345678"):
        assert other not in text and other not in html

    (arrived,) = inbox.to("primary.1026@example.go.th")
    assert arrived["Subject"] == f"เรื่องร้องเรียน {c.case_number} ส่งถึงหน่วยงานของท่าน"
    (mine,) = inbox.to(assignee.email)
    assert mine["Subject"] == f"Case {c.case_number} is assigned to you"
    body = mine.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"https://ft.test/console/cases/{c.id}" in body


async def test_backups_hear_while_the_primary_is_on_leave_and_no_contact_is_kept(
    database: Database, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        database, coord.agency_id, "ผอ.", "primary.1026@example.go.th", primary=True, on_leave=True
    )
    await add_coordinator(
        database, coord.agency_id, "สำรอง 1", "backup1.1026@example.go.th", backup_rank=1
    )
    await add_coordinator(
        database, coord.agency_id, "สำรอง 2", "backup2.1026@example.go.th", backup_rank=2
    )
    svc = service(database)
    actor = principal(omb)
    view = await svc.create(
        actor,
        NewComplaint(
            title="ไฟถนนดับ",
            description="ไฟถนนดับหลายวัน",
            channel=Channel.phone,
            district_code="1026",
            complainant=Complainant(
                ContactDetails("ไม่ประสงค์", None, "quiet@example.com", None), no_contact=True
            ),
        ),
    )
    c = view.complaint
    view = await svc.transition(actor, c.id, Transition(ComplaintAction.TRIAGE), c.version)
    await svc.transition(
        actor,
        c.id,
        Transition(ComplaintAction.ASSIGN, agency_id=coord.agency_id),
        view.complaint.version,
    )
    with smtp_server() as (inbox, port):
        await dispatcher(database).dispatch()
        await sender(database, smtp_mailer(port)).send_due()
    assert sorted(m["To"] for m in inbox.messages) == [
        "backup1.1026@example.go.th",
        "backup2.1026@example.go.th",
    ]


async def test_the_complainant_is_written_to_in_their_language(
    database: Database, staff: dict[str, Staff]
) -> None:
    """A complainant who filed in English gets English e-mails; Thai stays the default."""
    svc = service(database)
    actor = principal(staff["omb"])
    cases = {}
    for address, language in (("alice@example.com", Language.en), ("malee@example.com", None)):
        complainant = Complainant(ContactDetails("Alice", None, address, None))
        if language is not None:
            complainant = replace(complainant, language=language)
        view = await svc.create(
            actor,
            NewComplaint(
                title="Broken streetlight on Soi 5",
                description="The streetlight in front of the market has been out for a week",
                channel=Channel.email,
                district_code="1026",
                complainant=complainant,
            ),
        )
        assert view.complaint.complainant.language is (language or Language.th)
        cases[address] = view.complaint
    with smtp_server() as (inbox, port):
        await dispatcher(database).dispatch()
        await sender(database, smtp_mailer(port)).send_due()
    (english,) = inbox.to("alice@example.com")
    number = cases["alice@example.com"].case_number
    assert english["Subject"] == f"We have received your complaint ({number})"
    (thai,) = inbox.to("malee@example.com")
    number = cases["malee@example.com"].case_number
    assert thai["Subject"] == f"ได้รับเรื่องร้องเรียนของท่านแล้ว ({number})"
