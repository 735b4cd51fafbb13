"""The complaint use cases against in-memory fakes of their ports (no database): intake, the
lifecycle, timeline entries, co-handling, the complainant's say, retries and maintenance."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from domain.complaint.feedback import AlreadyRated, NotYetResolved
from domain.complaint.lifecycle import (
    ComplaintAction,
    ComplaintStatus,
    IllegalTransition,
    ReopenWindowExpired,
)
from domain.complaint.model import Channel, EventKind, Location, NewEntry, Visibility
from domain.complaint.service import (
    ComplaintNotFound,
    ComplaintService,
    EntryNotRedactable,
    Idempotency,
    NewComplaint,
    Transition,
)
from domain.errors import Conflict, InvalidValue, StaleVersion
from domain.events.model import EventType
from domain.geo.model import GeoPoint
from domain.shared.clock import FixedClock
from domain.shared.paging import PageRequest
from domain.shared.principal import Principal, PrincipalKind, Role
from tests.support.fakes.complaints import ComplaintState, FakeComplaintUnit, FakeDirectory

A = ComplaintAction
NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok, a Monday
DIN_DAENG = "1026"
OFFICE = uuid.uuid4()
OTHER = uuid.uuid4()
THIRD = uuid.uuid4()
OMB = Principal(uuid.uuid4(), PrincipalKind.user, Role.omb_officer)


class PointLocator:
    """Every point is in Din Daeng, except those south of latitude 13 (outside Bangkok)."""

    def district_at(self, point: GeoPoint) -> str | None:
        return DIN_DAENG if point.lat >= 13 else None


class World:
    def __init__(self) -> None:
        self.state = ComplaintState()
        self.directory = FakeDirectory(
            districts={DIN_DAENG},
            offices={DIN_DAENG: OFFICE},
            active_agencies={OFFICE, OTHER, THIRD},
        )
        self.clock = FixedClock(NOW)
        self.units: list[FakeComplaintUnit] = []
        self.svc = ComplaintService(self._unit, self.clock, PointLocator())

    def _unit(self) -> FakeComplaintUnit:
        unit = FakeComplaintUnit(self.state, self.directory)
        self.units.append(unit)
        return unit

    def events(self) -> list[EventType]:
        return [e.type for e in self.state.outbox]

    def entries(self, complaint_id: uuid.UUID) -> list[tuple[EventKind, dict[str, object]]]:
        return [(e.kind, e.data) for e in self.state.events if e.complaint_id == complaint_id]

    async def file(self, **kw: object) -> uuid.UUID:
        data = NewComplaint(
            title="ทางม้าลายหน้าโรงเรียนสีซีดจาง",
            description="รถไม่หยุดให้เด็กข้าม",
            channel=Channel.hotline_1676,
            district_code=kw.pop("district_code", DIN_DAENG),  # type: ignore[arg-type]
            **kw,  # type: ignore[arg-type]
        )
        view = await self.svc.create(OMB, data)
        return view.complaint.id

    async def act(self, complaint_id: uuid.UUID, t: Transition) -> None:
        c = self.state.complaints[complaint_id]
        await self.svc.transition(OMB, complaint_id, t, c.version)

    async def assigned(self) -> uuid.UUID:
        case = await self.file()
        await self.act(case, Transition(A.TRIAGE))
        await self.act(case, Transition(A.ASSIGN))
        return case


@pytest.fixture
def w() -> World:
    return World()


async def test_intake_numbers_places_and_announces_the_case(w: World) -> None:
    view = await w.svc.create(
        OMB,
        NewComplaint(
            title="ไฟถนนดับ", description="ซอยมืดมาก", channel=Channel.web, district_code=DIN_DAENG
        ),
    )
    c = view.complaint
    assert c.case_number == "FT-2569-000001"
    assert (c.status, c.needs_triage, c.flagged_for_omb) == (ComplaintStatus.RECEIVED, False, False)
    assert view.complainant_secret and c.id in w.state.secrets
    assert w.entries(c.id) == [
        (
            EventKind.created,
            {"channel": "web", "case_number": c.case_number, "outside_bangkok": False},
        )
    ]
    assert w.events() == [EventType.complaint_created]
    assert w.state.outbox[0].data["case_number"] == c.case_number
    assert w.units[-1].commits == 1


async def test_a_case_outside_bangkok_is_kept_and_flagged_for_triage(w: World) -> None:
    case = await w.file(district_code=None, location=Location(12.5, 100.9))
    c = w.state.complaints[case]
    assert (c.district_code, c.needs_triage, c.flagged_for_omb) == (None, True, True)
    assert w.entries(case)[0][1]["outside_bangkok"] is True


async def test_an_unknown_district_files_nothing(w: World) -> None:
    with pytest.raises(InvalidValue) as err:
        await w.file(district_code="9999")
    assert err.value.code == "district.not_found"
    assert w.state.complaints == {} and w.state.events == [] and w.state.outbox == []


async def test_the_lifecycle_pauses_the_sla_clock_while_awaiting_the_complainant(
    w: World,
) -> None:
    case = await w.assigned()
    c = w.state.complaints[case]
    # Triage proposed the district office (no category); assign took the proposal.
    assert (c.proposed_agency_id, c.lead_agency_id, c.needs_triage) == (OFFICE, OFFICE, False)
    await w.act(case, Transition(A.START))
    w.clock.set(NOW + timedelta(hours=1))
    await w.act(case, Transition(A.REQUEST_INFO))
    c = w.state.complaints[case]
    assert c.sla_pauses == ((NOW + timedelta(hours=1), None),)
    assert c.first_response_at == NOW + timedelta(hours=1)
    w.clock.set(NOW + timedelta(hours=3))
    await w.act(case, Transition(A.PROVIDE_INFO))
    await w.act(case, Transition(A.RESOLVE, resolution="ทาสีใหม่แล้ว"))
    await w.act(case, Transition(A.CLOSE))
    c = w.state.complaints[case]
    assert c.status is ComplaintStatus.CLOSED and c.version == 8
    assert c.sla_pauses == ((NOW + timedelta(hours=1), NOW + timedelta(hours=3)),)
    kinds = [(k, d.get("action"), d.get("sla")) for k, d in w.entries(case)]
    assert kinds == [
        (EventKind.created, None, None),
        (EventKind.state_changed, "triage", None),
        (EventKind.assigned, "assign", None),
        (EventKind.state_changed, "start", None),
        (EventKind.state_changed, "request_info", None),
        (EventKind.state_changed, "request_info", "sla_paused"),
        (EventKind.state_changed, "provide_info", None),
        (EventKind.state_changed, "provide_info", "sla_resumed"),
        (EventKind.state_changed, "resolve", None),
        (EventKind.state_changed, "close", None),
    ]
    # The SLA twins raise no event of their own.
    assert w.events() == [
        EventType.complaint_created,
        EventType.complaint_assigned,
        EventType.complaint_information_requested,
        EventType.complaint_resolved,
        EventType.complaint_closed,
    ]


async def test_overriding_the_proposal_needs_a_reason(w: World) -> None:
    case = await w.file()
    await w.act(case, Transition(A.TRIAGE))
    with pytest.raises(InvalidValue) as err:
        await w.act(case, Transition(A.ASSIGN, agency_id=OTHER))
    assert err.value.errors[0].loc == ("reason",)
    await w.act(case, Transition(A.ASSIGN, agency_id=OTHER, reason="งานถนน"))
    assert w.entries(case)[-1][1]["overrode_proposal"] == str(OFFICE)
    assert w.state.complaints[case].lead_agency_id == OTHER


async def test_a_case_transferred_too_often_is_flagged_for_the_omb(w: World) -> None:
    case = await w.assigned()
    for agency in (OTHER, THIRD, OFFICE):
        await w.act(case, Transition(A.TRANSFER, agency_id=agency, reason="ไม่ใช่งานเรา"))
    c = w.state.complaints[case]
    assert c.flagged_for_omb and c.lifecycle.transfer_count == 3
    assert w.entries(case)[-1] == (
        EventKind.flagged,
        {"reason": "transferred too often", "transfer_count": 3},
    )
    assert w.events()[-2:] == [EventType.complaint_transferred, EventType.complaint_flagged]


async def test_an_inactive_agency_cannot_take_a_case(w: World) -> None:
    case = await w.file()
    await w.act(case, Transition(A.TRIAGE))
    w.directory.active_agencies.discard(OFFICE)
    with pytest.raises(InvalidValue) as err:
        await w.act(case, Transition(A.ASSIGN))
    assert err.value.code == "agency.inactive"


async def test_a_stale_version_or_an_illegal_action_changes_nothing(w: World) -> None:
    case = await w.file()
    with pytest.raises(StaleVersion):
        await w.svc.transition(OMB, case, Transition(A.TRIAGE), 7)
    with pytest.raises(IllegalTransition):
        await w.act(case, Transition(A.RESOLVE, resolution="x"))
    assert w.state.complaints[case].version == 1 and len(w.entries(case)) == 1


async def test_merge_leaves_a_trace_on_the_survivor_and_refuses_a_closed_one(w: World) -> None:
    survivor, dup, closed = await w.file(), await w.file(), await w.file()
    await w.act(closed, Transition(A.WITHDRAW, reason="ซ้ำ"))
    with pytest.raises(InvalidValue) as err:
        await w.act(dup, Transition(A.MERGE, target_case_id=closed))
    assert err.value.code == "complaint.merge_target_closed"
    await w.act(dup, Transition(A.MERGE, target_case_id=survivor))
    assert w.state.complaints[dup].lifecycle.merged_into == str(survivor)
    kind, data = w.entries(survivor)[-1]
    assert kind is EventKind.note and data["merged_from"] == {
        "id": str(dup),
        "case_number": w.state.complaints[dup].case_number,
    }
    assert w.state.complaints[survivor].version == 1  # the survivor itself is not changed
    assert w.events()[-1] is EventType.complaint_merged


async def test_reopen_only_within_the_window(w: World) -> None:
    case = await w.assigned()
    await w.act(case, Transition(A.START))
    await w.act(case, Transition(A.RESOLVE, resolution="แก้แล้ว"))
    w.clock.set(NOW + timedelta(days=15))
    with pytest.raises(ReopenWindowExpired):
        await w.act(case, Transition(A.REOPEN, reason="ยังไม่หาย"))
    w.clock.set(NOW + timedelta(days=13))
    await w.act(case, Transition(A.REOPEN, reason="  ยังไม่หาย "))
    assert w.entries(case)[-1][1]["reason"] == "ยังไม่หาย"
    assert w.events()[-1] is EventType.complaint_reopened


async def test_the_complainant_reopens_and_rates_without_an_event(w: World) -> None:
    case = await w.assigned()
    await w.act(case, Transition(A.START))
    unit = w._unit()
    async with unit:
        with pytest.raises(NotYetResolved):
            await w.svc.rate_for_complainant(unit, unit.state.complaints[case], 5, None, None)
    await w.act(case, Transition(A.RESOLVE, resolution="แก้แล้ว"))
    before = list(w.state.outbox)
    async with unit:
        c = await unit.complaints.get(case)
        assert c is not None
        rating = await w.svc.rate_for_complainant(unit, c, 4, "  ดี ", "req-1")
        with pytest.raises(AlreadyRated):
            await w.svc.rate_for_complainant(unit, c, 5, None, None)
        await unit.commit()
    assert rating.comment == "ดี" and w.state.ratings[case] == rating
    async with unit:
        c = await unit.complaints.get(case)
        assert c is not None
        saved = await w.svc.reopen_for_complainant(unit, c, "ยังเสียอยู่", "req-2")
        await unit.commit()
    assert saved.status is ComplaintStatus.IN_PROGRESS
    assert [e.actor_kind for e in w.state.events[-2:]] == ["complainant", "complainant"]
    assert w.state.outbox == before  # as before the aggregate: no event for either


async def test_a_first_public_response_stops_the_first_response_clock(w: World) -> None:
    case = await w.assigned()
    added = await w.svc.add_entry(
        OMB, case, NewEntry(EventKind.response, "กำลังดำเนินการ", Visibility.public)
    )
    assert added.entry.data == {"channel": None, "text": "กำลังดำเนินการ"}
    c = w.state.complaints[case]
    assert c.first_response_at == NOW and c.version == 4
    assert w.events()[-1] is EventType.complaint_public_response_added
    with pytest.raises(InvalidValue):
        await w.svc.add_entry(OMB, case, NewEntry(EventKind.coordination_message, "โทรแล้ว"))


async def test_a_retried_entry_is_written_once(w: World) -> None:
    case = await w.file()
    idem = Idempotency("k1", "hash")
    first = await w.svc.add_entry(OMB, case, NewEntry(EventKind.note, "โน้ต"), idem)
    again = await w.svc.add_entry(OMB, case, NewEntry(EventKind.note, "โน้ต"), idem)
    assert again.replayed and again.entry.id == first.entry.id
    assert len(w.entries(case)) == 2


async def test_redaction_hides_an_entry_once(w: World) -> None:
    case = await w.file()
    note = (await w.svc.add_entry(OMB, case, NewEntry(EventKind.note, "เบอร์ 0812345678"))).entry
    redaction = await w.svc.redact_entry(OMB, case, note.id, " personal data ")
    assert redaction.data == {"entry_id": str(note.id), "reason": "personal data"}
    page = await w.svc.timeline(OMB, case, PageRequest())
    hidden = next(e for e in page.items if e.id == note.id)
    assert "text" not in hidden.data and hidden.redaction is not None
    with pytest.raises(EntryNotRedactable):
        await w.svc.redact_entry(OMB, case, note.id, "again")
    with pytest.raises(EntryNotRedactable):
        await w.svc.redact_entry(OMB, case, redaction.id, "the redaction")


async def test_co_handlers_join_a_led_case_once(w: World) -> None:
    case = await w.file()
    with pytest.raises(Conflict) as err:
        await w.svc.invite_co_handler(OMB, case, OTHER, "ช่วยด้วย")
    assert err.value.code == "complaint.no_lead_agency"
    await w.act(case, Transition(A.TRIAGE))
    await w.act(case, Transition(A.ASSIGN))
    view = await w.svc.invite_co_handler(OMB, case, OTHER, "ช่วยด้วย")
    assert view.complaint.co_handler_ids == {OTHER}
    assert (await w.svc.get(OMB, case)).complaint.co_handler_ids == {OTHER}
    assert w.events()[-1] is EventType.complaint_co_handler_invited
    with pytest.raises(Conflict):
        await w.svc.invite_co_handler(OMB, case, OTHER, "อีกครั้ง")
    w.directory.active_agencies.discard(THIRD)
    with pytest.raises(InvalidValue):
        await w.svc.invite_co_handler(OMB, case, THIRD, "ปิดแล้ว")


async def test_another_agency_does_not_see_the_case(w: World) -> None:
    case = await w.assigned()
    stranger = Principal(uuid.uuid4(), PrincipalKind.user, Role.coordinator, agency_id=THIRD)
    with pytest.raises(ComplaintNotFound):
        await w.svc.get(stranger, case)


async def test_close_expired_closes_cases_resolved_before_the_window(w: World) -> None:
    case = await w.assigned()
    await w.act(case, Transition(A.START))
    await w.act(case, Transition(A.RESOLVE, resolution="แก้แล้ว"))
    assert await w.svc.close_expired(OMB) == 0
    w.clock.set(NOW + timedelta(days=15))
    assert await w.svc.close_expired(OMB) == 1
    assert w.state.complaints[case].status is ComplaintStatus.CLOSED
    assert w.events()[-1] is EventType.complaint_closed


async def test_an_edit_records_only_the_fields_that_changed(w: World) -> None:
    case = await w.file()
    c = w.state.complaints[case]
    view = await w.svc.update(OMB, case, {"title": c.title, "fast_track": True}, 1)
    assert view.complaint.fast_track and view.complaint.version == 2
    assert w.entries(case)[-1] == (EventKind.updated, {"fields": ["fast_track"]})
    with pytest.raises(InvalidValue):
        await w.svc.update(OMB, case, {"status": "closed"}, 2)


async def test_apply_still_answers_the_case_and_its_entries_for_callers_that_write_them(
    w: World,
) -> None:
    """Channel adapters (e.g. an e-mail reply) take an action in their own unit of work and
    write the entries with `_record`, as before the aggregate."""
    case = await w.assigned()
    await w.act(case, Transition(A.START))
    await w.act(case, Transition(A.REQUEST_INFO))
    unit = w._unit()
    async with unit:
        c = await unit.complaints.get(case)
        assert c is not None
        provided, entries = await w.svc._apply(unit, OMB, c, Transition(A.PROVIDE_INFO), NOW)
    assert provided.pending == () and provided.status is ComplaintStatus.IN_PROGRESS
    assert [e.data.get("sla") for e in entries] == [None, "sla_resumed"]
