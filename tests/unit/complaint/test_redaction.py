"""What a redaction hides of a timeline entry, and who may redact."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from domain.complaint.model import EventKind, Redaction, TimelineEntry, Visibility
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.principal import Principal, PrincipalKind, Role

AT = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
DIN_DAENG = uuid.uuid4()


def _entry(kind: EventKind, data: dict[str, object]) -> TimelineEntry:
    return TimelineEntry(
        uuid.uuid4(), uuid.uuid4(), AT, kind, Visibility.internal, "user", None, None, data
    )


REDACTION = Redaction(uuid.uuid4(), AT, "user", uuid.uuid4(), "เบอร์โทรส่วนตัว")


def test_words_go_codes_states_and_ids_stay() -> None:
    moved = _entry(
        EventKind.state_changed,
        {"action": "reject", "from": "triaged", "to": "rejected", "reason": "คุณสมชาย 081..."},
    )
    hidden = moved.hidden_by(REDACTION)
    assert hidden.data == {"action": "reject", "from": "triaged", "to": "rejected"}
    assert hidden.redaction == REDACTION and hidden.id == moved.id
    assert moved.data["reason"]  # the entry itself is a value: nothing changed in place

    visit = _entry(
        EventKind.field_visit,
        {"planned_date": "2026-12-01", "done_date": None, "outcome": "พบคุณมาลัย", "text": "x"},
    )
    assert visit.hidden_by(REDACTION).data == {"planned_date": "2026-12-01", "done_date": None}

    flag = _entry(EventKind.flagged, {"reason": "possible_duplicates", "candidates": [{}]})
    assert flag.hidden_by(REDACTION).data == {"reason": "possible_duplicates"}


def test_an_entry_is_redacted_once_and_a_redaction_never() -> None:
    note = _entry(EventKind.note, {"text": "โทร 0869998877"})
    assert note.redactable
    assert not note.hidden_by(REDACTION).redactable
    assert not _entry(EventKind.redacted, {"entry_id": str(note.id), "reason": "x"}).redactable


def test_only_omb_officers_and_admins_may_redact() -> None:
    case = Resource(ResourceKind.complaint, frozenset({DIN_DAENG}), lead_agency_id=DIN_DAENG)
    allowed = {
        role: may(Principal(uuid.uuid4(), PrincipalKind.user, role, DIN_DAENG), Action.redact, case)
        for role in (Role.omb_officer, Role.admin, Role.coordinator, Role.agency_staff)
    }
    assert allowed == {
        Role.omb_officer: True,
        Role.admin: True,
        Role.coordinator: False,
        Role.agency_staff: False,
    }
    client = Principal(
        uuid.uuid4(),
        PrincipalKind.api_client,
        Role.api_client,
        DIN_DAENG,
    )
    assert not may(client, Action.redact, case)
