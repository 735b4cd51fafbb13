"""The Complaint aggregate on its own: each change keeps its rules and records its entries
(and so its events), with no I/O."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from domain.complaint.lifecycle import ComplaintAction, ComplaintStatus, IllegalTransition
from domain.complaint.model import (
    Assignment,
    Author,
    Channel,
    Complaint,
    EntryNotRedactable,
    EventKind,
    NewEntry,
    RouteProposal,
    TimelineEntryNotFound,
    Visibility,
)
from domain.errors import Conflict, InvalidValue
from domain.events.model import EventType

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
BY = Author("user", uuid.uuid4(), "req-1")
OFFICE, OTHER = uuid.uuid4(), uuid.uuid4()


def filed(**kw: object) -> Complaint:
    return Complaint.file(
        serial=7,
        now=NOW,
        by=BY,
        channel=Channel.line,
        title="น้ำท่วมขัง",
        description="ซอยน้ำท่วมทุกครั้งที่ฝนตก",
        district_code=kw.get("district_code", "1026"),  # type: ignore[arg-type]
        outside_bangkok=bool(kw.get("outside_bangkok", False)),
        sla_class="standard",
        mou_area_id=None,
    )


def led() -> Complaint:
    c = filed().triage(NOW, BY, proposal=RouteProposal(OFFICE, None, None, None))
    return c.assign(NOW, BY, to=Assignment(OFFICE, None)).saved()


def test_filing_numbers_the_case_and_records_its_creation() -> None:
    c = filed()
    assert c.case_number == "FT-2569-000007" and c.mou_area_id == 1
    assert c.status is ComplaintStatus.RECEIVED and c.lifecycle.case_id == str(c.id)
    assert [e.kind for e in c.pending] == [EventKind.created]
    assert [e.type for e in c.events] == [EventType.complaint_created]
    assert c.saved().pending == () and c.saved() == c


def test_a_case_that_cannot_be_placed_waits_for_triage() -> None:
    c = filed(district_code=None, outside_bangkok=True)
    assert c.needs_triage and c.flagged_for_omb
    with pytest.raises(InvalidValue):
        Complaint.file(
            serial=1,
            now=NOW,
            by=BY,
            channel=Channel.web,
            title=" ",
            description="x",
            district_code=None,
            outside_bangkok=False,
            sla_class="standard",
            mou_area_id=None,
        )


def test_one_change_records_its_entries_in_order() -> None:
    c = led().start(NOW, BY).request_info(NOW, BY)
    assert [e.data.get("sla") for e in c.pending] == [None, None, "sla_paused"]
    assert [e.at for e in c.pending] == [NOW + timedelta(microseconds=i) for i in range(3)]
    assert c.sla_pauses == ((NOW, None),) and c.first_response_at == NOW
    later = NOW + timedelta(hours=2)
    c = c.resume(later, BY)
    assert c.sla_pauses == ((NOW, later),)


def test_assigning_takes_the_proposal_unless_told_why_not() -> None:
    c = filed().triage(NOW, BY, proposal=RouteProposal(OFFICE, None, None, "w"))
    assert c.agency_to_assign(None, None) == OFFICE
    with pytest.raises(InvalidValue):
        c.assign(NOW, BY, to=Assignment(OTHER, None))
    moved = c.assign(NOW, BY, to=Assignment(OTHER, None), reason="งานถนน")
    assert moved.pending[-1].data["overrode_proposal"] == str(OFFICE)
    assert not moved.needs_triage and moved.lead_agency_id == OTHER


def test_the_third_transfer_flags_the_case() -> None:
    c = led()
    for agency in (OTHER, OFFICE, OTHER):
        c = c.transfer(NOW, BY, to=Assignment(agency, None), reason="ไม่ใช่งานเรา", flag_after=3)
    assert c.flagged_for_omb
    assert c.pending[-1].data == {"reason": "transferred too often", "transfer_count": 3}
    assert c.events[-1].type is EventType.complaint_flagged


def test_merge_needs_an_open_survivor() -> None:
    survivor = filed().withdraw(NOW, BY, reason="ซ้ำ").saved()
    with pytest.raises(InvalidValue):
        filed().merge_into(survivor, NOW, BY)
    merged = filed().merge_into(filed().saved(), NOW, BY)
    assert merged.status is ComplaintStatus.MERGED
    assert merged.pending[-1].kind is EventKind.note


def test_illegal_actions_change_nothing() -> None:
    c = filed().saved()
    with pytest.raises(IllegalTransition):
        c.close(NOW, BY)
    assert c.pending == ()


def test_entries_redactions_and_co_handlers_keep_their_rules() -> None:
    c = led()
    answered = c.write(NewEntry(EventKind.response, "รับทราบ", Visibility.public), NOW, BY)
    assert answered.first_response_at == NOW
    assert answered.events[-1].type is EventType.complaint_public_response_added
    note = answered.pending[-1]
    with pytest.raises(TimelineEntryNotFound):
        c.redact(None, uuid.uuid4(), "pd", NOW, BY)
    hidden = c.redact(note, note.id, "pd", NOW, BY).pending[-1]
    with pytest.raises(EntryNotRedactable):
        c.redact(hidden, hidden.id, "again", NOW, BY)
    with pytest.raises(Conflict):
        filed().invite_co_handler(OTHER, "ช่วย", NOW, BY)
    with pytest.raises(Conflict):
        c.invite_co_handler(OFFICE, "ช่วย", NOW, BY)
    assert c.invite_co_handler(OTHER, "ช่วย", NOW, BY).agency_ids == {OFFICE, OTHER}


def test_an_edit_that_changes_nothing_is_no_change() -> None:
    c = filed().saved()
    assert c.edit({"title": c.title}, NOW, BY) is c
    edited = c.edit({"title": "ใหม่", "fast_track": True}, NOW, BY)
    assert edited.pending[-1].data == {"fields": ["fast_track", "title"]}


def test_apply_takes_any_action_of_the_table_like_activity_does() -> None:
    c = filed().apply(
        ComplaintAction.TRIAGE,
        NOW,
        BY,
        reopen_window=timedelta(days=14),
        flag_after=3,
        proposal=RouteProposal(OFFICE, None, None, None),
    )
    c = c.apply(ComplaintAction.ASSIGN, NOW, BY, reopen_window=timedelta(days=14), flag_after=3)
    assert c.lead_agency_id == OFFICE and c.status is ComplaintStatus.ASSIGNED
    c = c.apply(ComplaintAction.START, NOW, BY, reopen_window=timedelta(0), flag_after=3)
    assert c.status is ComplaintStatus.IN_PROGRESS
    with pytest.raises(InvalidValue):
        filed().apply(
            ComplaintAction.REJECT, NOW, BY, reopen_window=timedelta(0), flag_after=3, reason="x"
        )
