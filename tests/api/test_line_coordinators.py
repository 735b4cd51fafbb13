"""Coordinators on LINE, end to end against the local fake of LINE's API: linking with a
one-time code typed into the chat (wrong, expired, reused and guessed codes), notifications
pushed with an acknowledgement button and a link to the console, the acknowledgement on the
case's timeline under the same policy as the API, and unlinking from the chat or the console."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel, Complainant, EventKind, Visibility
from domain.complaint.service import ComplaintService, NewComplaint, Transition
from domain.complaint.sla import SlaEngine
from domain.escalation.service import SlaScanner
from domain.shared.clock import FixedClock
from domain.shared.paging import PageRequest
from infra.calendar.thai_holidays import ThaiHolidayProvider
from infra.db.tables import EmailNotificationRow, LineLinkCodeRow, UserRow, table_of
from infra.db.uow import SqlUnitOfWork
from tests.events.support import add_coordinator
from tests.support.api_clients import ApiClientActor
from tests.support.complaints import din_daeng_case, locator, principal
from tests.support.identity import Staff
from tests.support.line import USER, Line, event, text

pytestmark = pytest.mark.db
LINK = "/api/v1/users/me/line-link"
PREFS = "/api/v1/users/me/notification-preferences"
COORD_LINE = "U" + "c" * 32
OTHER_LINE = "U" + "d" * 32
EM: Any = table_of(EmailNotificationRow).c
PRIMARY = "primary.1026@example.go.th"


async def issue(line: Line, who: Staff) -> str:
    r = await line.client.post(LINK, headers=who.headers)
    assert r.status_code == 201, r.text
    code: str = r.json()["code"]
    return code


async def link(line: Line, who: Staff, line_user: str = COORD_LINE, word: str = "link") -> None:
    code = await issue(line, who)
    await line.send(text(f"{word} {code}", line_user))
    await line.flush()


async def me(line: Line, who: Staff) -> dict[str, Any]:
    r = await line.client.get("/api/v1/users/me", headers=who.headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def last_reply(line: Line) -> str:
    return line.fake.reply_texts()[-1]


def pushes_to(line: Line, line_user: str) -> list[dict[str, Any]]:
    return [m for p in line.fake.pushes if p["to"] == line_user for m in p["messages"]]


async def emails_to(line: Line, address: str) -> int:
    async with line.database.sessions() as s:
        rows = await s.execute(select(EM.id).where(EM.recipient == address))
        return len(rows.all())


async def coordination_entries(line: Line, complaint_id: str) -> list[Any]:
    async with SqlUnitOfWork(line.database.sessions) as uow:
        page = await uow.complaints.timeline(
            uuid.UUID(complaint_id), PageRequest(200), frozenset(Visibility)
        )
    return [e for e in page.items if e.kind is EventKind.coordination_message]


def ack(case_id: str, line_user: str) -> dict[str, Any]:
    return event("postback", line_user, postback={"data": f"action=ack&case={case_id}"})


async def test_a_coordinator_links_once_with_a_hashed_single_use_code(
    line: Line, staff: dict[str, Staff]
) -> None:
    coord, admin = staff["coord_dindaeng"], staff["admin"]
    assert (await me(line, coord))["line_linked_at"] is None
    r = await line.client.post(LINK, headers=coord.headers)
    assert r.status_code == 201, r.text
    assert r.headers["location"] == "/api/v1/users/me"  # where the link then shows
    issued = r.json()
    code = issued["code"]
    assert len(code) == 6 and code.isdigit()
    assert issued["command"] == f"link {code}" and issued["command_th"] == f"เชื่อม {code}"
    assert "no-store" in r.headers["cache-control"]
    expires = datetime.fromisoformat(issued["expires_at"])
    assert timedelta(minutes=9) < expires - datetime.now(UTC) <= timedelta(minutes=10)
    async with line.database.sessions() as s:
        (stored,) = (await s.execute(select(table_of(LineLinkCodeRow)))).all()
    assert stored.user_id == coord.id and code not in stored.code_hash

    await line.send(text(f"เชื่อม {code}", COORD_LINE))
    await line.flush()
    assert "เชื่อมบัญชี LINE นี้กับบัญชีเจ้าหน้าที่ของ Test coord_dindaeng แล้ว" in last_reply(line)
    assert (await me(line, coord))["line_linked_at"] is not None
    # Admins see who is linked.
    r = await line.client.get(f"/api/v1/users/{coord.id}", headers=admin.headers)
    assert r.json()["line_linked_at"] is not None
    r = await line.client.get(f"/api/v1/users/{admin.id}", headers=admin.headers)
    assert r.json()["line_linked_at"] is None

    # Used once: the same code from someone else links nothing.
    await line.send(text(f"link {code}", OTHER_LINE))
    await line.flush()
    assert last_reply(line).startswith("That code is wrong or has expired.")
    async with SqlUnitOfWork(line.database.sessions) as uow:
        assert await uow.line_links.link_by_line_user(OTHER_LINE) is None
        linked = await uow.line_links.link_by_line_user(COORD_LINE)
    assert linked is not None and linked.user_id == coord.id


async def test_expired_and_wrong_codes_are_answered_politely_and_guessing_is_throttled(
    line: Line, staff: dict[str, Staff]
) -> None:
    coord = staff["coord_dindaeng"]
    code = await issue(line, coord)
    async with line.database.sessions() as s:
        await s.execute(
            update(table_of(LineLinkCodeRow)).values(
                expires_at=datetime.now(UTC) - timedelta(seconds=1)
            )
        )
        await s.commit()
    await line.send(text(f"เชื่อม {code}", OTHER_LINE))
    await line.flush()
    assert last_reply(line).startswith("รหัสไม่ถูกต้องหรือหมดอายุแล้ว")
    for guess in ("000001", "000002", "000003", "000004"):
        await line.send(text(f"link {guess}", OTHER_LINE))
    await line.flush()
    assert sum("wrong or has expired" in t for t in line.fake.reply_texts()) == 4

    # Five failures: this LINE user is refused for a while, even with a good code...
    good = await issue(line, coord)
    await line.send(text(f"link {good}", OTHER_LINE))
    await line.flush()
    assert last_reply(line).startswith("Too many wrong codes.")
    assert (await me(line, coord))["line_linked_at"] is None
    # ...which the refusal did not use up: the coordinator's own LINE account links with it.
    await line.send(text(f"link {good}", COORD_LINE))
    await line.flush()
    # (answered in the staff account's language, Thai, whatever was typed)
    assert last_reply(line).startswith("เชื่อมบัญชี LINE นี้กับบัญชีเจ้าหน้าที่ของ")


async def test_one_line_account_links_one_staff_user(line: Line, staff: dict[str, Staff]) -> None:
    coord, colleague = staff["coord_dindaeng"], staff["staff_dindaeng"]
    await link(line, coord, COORD_LINE)
    await link(line, colleague, COORD_LINE)
    assert last_reply(line).startswith("บัญชี LINE นี้เชื่อมกับเจ้าหน้าที่อีกท่านอยู่")
    assert (await me(line, colleague))["line_linked_at"] is None
    # A new phone: the coordinator links another LINE account, and the old one lets go.
    await link(line, coord, OTHER_LINE)
    async with SqlUnitOfWork(line.database.sessions) as uow:
        assert await uow.line_links.link_by_line_user(COORD_LINE) is None
        moved = await uow.line_links.link_of(coord.id)
    assert moved is not None and moved.line_user_id == OTHER_LINE


async def test_a_linked_coordinator_is_pushed_the_new_case_with_buttons_and_acknowledges(
    line: Line, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        line.database, coord.agency_id, "ผอ.เขตดินแดง", PRIMARY, primary=True, user_id=coord.id
    )
    # LINE needs a linked account first.
    r = await line.client.patch(PREFS, json={"notify_via": "line"}, headers=coord.headers)
    assert r.status_code == 409 and r.json()["code"] == "line.not_linked"
    await link(line, coord)
    r = await line.client.get(PREFS, headers=coord.headers)
    assert r.json()["notify_via"] == "email"  # linking alone changes nothing
    r = await line.client.patch(PREFS, json={"notify_via": "both"}, headers=coord.headers)
    assert r.status_code == 200 and r.json()["notify_via"] == "both"

    case_id, _ = await din_daeng_case(line.database, omb, assign_to=coord)
    await line.flush()
    await line.flush()  # a second run pushes nothing more
    (pushed,) = pushes_to(line, COORD_LINE)
    async with SqlUnitOfWork(line.database.sessions) as uow:
        case = await uow.complaints.get(uuid.UUID(case_id))
    assert case is not None
    assert pushed["text"].startswith("เรื่องใหม่ถึงหน่วยงานของท่าน")
    assert case.case_number in pushed["text"] and case.title in pushed["text"]
    assert "สมชาย" not in pushed["text"] and "0812345678" not in pushed["text"]
    acknowledge, open_case = (i["action"] for i in pushed["quickReply"]["items"])
    assert acknowledge["type"] == "postback" and acknowledge["label"] == "รับทราบ"
    assert acknowledge["data"] == f"action=ack&case={case_id}"
    assert acknowledge["displayText"] == f"รับทราบ {case.case_number}"
    assert open_case["type"] == "uri" and open_case["uri"].endswith(f"/console/cases/{case_id}")
    assert await emails_to(line, PRIMARY) == 1  # both: the e-mail too

    await line.send(event("postback", COORD_LINE, postback={"data": acknowledge["data"]}))
    await line.flush()
    assert last_reply(line) == f"บันทึกแล้วว่าท่านรับทราบเรื่อง {case.case_number}"
    (entry,) = await coordination_entries(line, case_id)
    assert entry.actor_kind == "user" and entry.actor_id == coord.id
    assert entry.data["channel"] == "line" and entry.data["text"] == "รับทราบเรื่องทาง LINE"
    assert entry.visibility is Visibility.internal
    # The console reads it like any coordination message.
    r = await line.client.get(f"/api/v1/complaints/{case_id}/timeline", headers=omb.headers)
    assert any(
        e["kind"] == "coordination_message" and e["data"]["channel"] == "line"
        for e in r.json()["items"]
    )


async def test_where_notifications_go_follows_the_preference(
    line: Line, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        line.database, coord.agency_id, "ผอ.เขตดินแดง", PRIMARY, primary=True, user_id=coord.id
    )
    await link(line, coord)

    async def new_case() -> tuple[int, int]:
        """How many pushes and e-mails the coordinator gets for a new case."""
        pushes, emails = len(pushes_to(line, COORD_LINE)), await emails_to(line, PRIMARY)
        await din_daeng_case(line.database, omb, assign_to=coord)
        await line.flush()
        return len(pushes_to(line, COORD_LINE)) - pushes, await emails_to(line, PRIMARY) - emails

    assert await new_case() == (0, 1)  # linked, preference unchanged: e-mail only
    await line.client.patch(PREFS, json={"notify_via": "line"}, headers=coord.headers)
    assert await new_case() == (1, 0)  # LINE only
    r = await line.client.patch(PREFS, json={"case_arrived": False}, headers=coord.headers)
    assert r.json() == r.json() | {"case_arrived": False, "notify_via": "line"}
    assert await new_case() == (0, 0)  # that kind turned off: nowhere


async def test_due_soon_and_breach_warnings_reach_the_coordinator_on_line(
    line: Line, staff: dict[str, Staff]
) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        line.database, coord.agency_id, "ผอ.เขตดินแดง", PRIMARY, primary=True, user_id=coord.id
    )
    await link(line, coord)
    await line.client.patch(PREFS, json={"notify_via": "line"}, headers=coord.headers)
    # A Monday morning three weeks ago: the milestones are past, so the sender sends them now.
    clock = FixedClock(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(line.database.sessions)

    svc = ComplaintService(uow, clock, locator(), sla=SlaEngine(ThaiHolidayProvider()))
    actor = principal(omb)
    view = await svc.create(
        actor,
        NewComplaint(
            title="ท่อระบายน้ำอุดตัน",
            description="ท่อระบายน้ำหน้าบ้านอุดตัน",
            channel=Channel.phone,
            district_code="1026",
            complainant=Complainant(),
        ),
    )
    c = view.complaint
    view = await svc.transition(actor, c.id, Transition(ComplaintAction.TRIAGE), c.version)
    view = await svc.transition(
        actor,
        c.id,
        Transition(ComplaintAction.ASSIGN, agency_id=coord.agency_id),
        view.complaint.version,
    )
    c = view.complaint
    assert c.first_response_due_soon_at and c.first_response_due_at
    scanner = SlaScanner(uow, clock)
    clock.set(c.first_response_due_soon_at + timedelta(minutes=1))
    assert await scanner.scan() == 1
    clock.set(c.first_response_due_at + timedelta(minutes=1))
    assert await scanner.scan() == 1
    await line.flush()
    texts = [m["text"] for m in pushes_to(line, COORD_LINE)]
    arrived, due_soon, breached = texts
    assert arrived.startswith("เรื่องใหม่ถึงหน่วยงานของท่าน")
    assert due_soon.startswith("เรื่องใกล้ครบกำหนดเวลา") and c.case_number in due_soon
    assert "กำหนด" in due_soon.splitlines()[2] and "/2569 " in due_soon  # Buddhist era
    assert breached.startswith("เรื่องเกินกำหนดเวลาแล้ว") and c.case_number in breached
    assert await emails_to(line, PRIMARY) == 0


async def test_staff_buttons_and_commands_do_nothing_for_citizens_or_other_agencies(
    line: Line, staff: dict[str, Staff]
) -> None:
    omb, coord, other = staff["omb"], staff["coord_dindaeng"], staff["coord_suanluang"]
    case_id, _ = await din_daeng_case(line.database, omb, assign_to=coord)
    # A citizen's LINE account (linked to nobody) pressing a forged button, typing "unlink".
    await line.send(ack(case_id, USER))
    await line.send(text("unlink", USER))
    await line.flush()
    refused, not_linked = line.fake.reply_texts()[-2:]
    assert refused == "ปุ่มนี้ใช้ได้เฉพาะเจ้าหน้าที่ที่เชื่อมบัญชีแล้วและดูแลเรื่องนี้"
    assert not_linked == "This LINE account is not linked to a staff account."
    # Another district's coordinator, linked: the policy refuses them this case.
    await link(line, other, OTHER_LINE)
    await line.send(ack(case_id, OTHER_LINE))
    await line.flush()
    assert last_reply(line) == refused
    # A case that does not exist reads the same.
    await line.send(ack(str(uuid.uuid4()), OTHER_LINE))
    await line.flush()
    assert last_reply(line) == refused
    assert await coordination_entries(line, case_id) == []


async def test_a_deactivated_user_is_unlinked_and_hears_nothing(
    line: Line, staff: dict[str, Staff]
) -> None:
    omb, coord, admin = staff["omb"], staff["coord_dindaeng"], staff["admin"]
    assert coord.agency_id is not None
    await add_coordinator(
        line.database, coord.agency_id, "ผอ.เขตดินแดง", PRIMARY, primary=True, user_id=coord.id
    )
    await link(line, coord)
    await line.client.patch(PREFS, json={"notify_via": "both"}, headers=coord.headers)
    case_id, _ = await din_daeng_case(line.database, omb, assign_to=coord)
    await line.flush()
    assert len(pushes_to(line, COORD_LINE)) == 1

    # Switched off in the database alone (still linked): the button refuses them.
    users = table_of(UserRow)
    async with line.database.sessions() as s:
        await s.execute(update(users).where(users.c.id == coord.id).values(is_active=False))
        await s.commit()
    await line.send(ack(case_id, COORD_LINE))
    await line.flush()
    assert last_reply(line).startswith("ปุ่มนี้ใช้ได้เฉพาะเจ้าหน้าที่")
    assert await coordination_entries(line, case_id) == []
    async with line.database.sessions() as s:
        await s.execute(update(users).where(users.c.id == coord.id).values(is_active=True))
        await s.commit()

    # Deactivated by an admin: the link goes, and nothing more is pushed.
    r = await line.client.post(f"/api/v1/users/{coord.id}/deactivate", headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.json()["line_linked_at"] is None
    await din_daeng_case(line.database, omb, assign_to=coord)
    await line.flush()
    assert len(pushes_to(line, COORD_LINE)) == 1


async def test_unlinking_from_the_chat_or_the_console(line: Line, staff: dict[str, Staff]) -> None:
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    assert coord.agency_id is not None
    await add_coordinator(
        line.database, coord.agency_id, "ผอ.เขตดินแดง", PRIMARY, primary=True, user_id=coord.id
    )
    await link(line, coord, word="เชื่อมบัญชี")
    await line.client.patch(PREFS, json={"notify_via": "line"}, headers=coord.headers)
    await line.send(text("ยกเลิกการเชื่อม", COORD_LINE))
    await line.flush()
    assert last_reply(line).startswith("ยกเลิกการเชื่อมบัญชีแล้ว")
    assert (await me(line, coord))["line_linked_at"] is None
    r = await line.client.get(PREFS, headers=coord.headers)
    assert r.json()["notify_via"] == "email"  # back to e-mail

    await link(line, coord)
    await line.client.patch(PREFS, json={"notify_via": "line"}, headers=coord.headers)
    r = await line.client.delete(LINK, headers=coord.headers)
    assert r.status_code == 204
    assert (await me(line, coord))["line_linked_at"] is None
    r = await line.client.delete(LINK, headers=coord.headers)
    assert r.status_code == 204  # nothing linked: nothing to do
    await din_daeng_case(line.database, omb, assign_to=coord)
    await line.flush()
    assert pushes_to(line, COORD_LINE) == []
    assert await emails_to(line, PRIMARY) == 1


async def test_linking_is_for_staff_accounts(
    line: Line, staff: dict[str, Staff], api_client: ApiClientActor
) -> None:
    r = await line.client.post(LINK)
    assert r.status_code == 401
    r = await line.client.post(LINK, headers=api_client.headers)
    assert r.status_code == 403, r.text
    assert r.headers["content-type"] == "application/problem+json"
