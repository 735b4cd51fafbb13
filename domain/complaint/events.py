"""Which domain events a change to a case raises, read from the timeline entries it wrote.

Every change to a case already writes its timeline entries; the events that others must hear
of follow from them by one pure function, so a change cannot record one without the other."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from domain.complaint.model import Complaint, EventKind, TimelineEntry, Visibility
from domain.events.model import DomainEvent, EventType

if TYPE_CHECKING:
    from domain.complaint.ports import CaseWrites

_BY_KIND = {
    EventKind.created: EventType.complaint_created,
    EventKind.assigned: EventType.complaint_assigned,
    EventKind.transferred: EventType.complaint_transferred,
    EventKind.co_handler_added: EventType.complaint_co_handler_invited,
}
_BY_ACTION = {
    "request_info": EventType.complaint_information_requested,
    "resolve": EventType.complaint_resolved,
    "reopen": EventType.complaint_reopened,
    "close": EventType.complaint_closed,
    "merge": EventType.complaint_merged,
}
# Ids and states copied from the entry: never free text, which may name people.
_ENTRY_FIELDS = (
    "action",
    "from",
    "to",
    "agency_id",
    "coordinator_id",
    "assignee_id",
    "reason",
    "milestone",
    "due_at",
    "notify",
)
_MILESTONES = {
    "first_response_due_soon": EventType.complaint_first_response_due_soon,
    "resolution_due_soon": EventType.complaint_resolution_due_soon,
    "first_response_breached": EventType.complaint_breached,
    "resolution_breached": EventType.complaint_breached,
}
_SAFE_REASONS = frozenset({"transferred too often", "outside_bangkok", "sla_breached"})


def case_facts(c: Complaint) -> dict[str, object]:
    """The case as every event describes it: numbers, states and agencies, no personal data."""
    return {
        "complaint_id": str(c.id),
        "case_number": c.case_number,
        "status": c.status.value,
        "sla_class": c.sla_class,
        "lead_agency_id": str(c.lead_agency_id) if c.lead_agency_id else None,
        "agency_ids": sorted(str(a) for a in c.agency_ids),
        "coordinator_id": str(c.coordinator_id) if c.coordinator_id else None,
        "assignee_id": str(c.assignee_id) if c.assignee_id else None,
        "fast_track": c.fast_track,
        "flagged_for_omb": c.flagged_for_omb,
    }


def event_type_of(entry: TimelineEntry) -> EventType | None:
    if "sla" in entry.data:  # the SLA pause/resume twin of a transition
        return None
    if entry.kind in _BY_KIND:
        return _BY_KIND[entry.kind]
    if entry.kind is EventKind.state_changed:
        return _BY_ACTION.get(str(entry.data.get("action")))
    if entry.kind is EventKind.response and entry.visibility is Visibility.public:
        return EventType.complaint_public_response_added
    if entry.kind is EventKind.flagged and entry.data.get("reason") in _SAFE_REASONS:
        return EventType.complaint_flagged
    if entry.kind is EventKind.escalated:
        return _MILESTONES.get(str(entry.data.get("milestone")))
    return None


def events_for(c: Complaint, entries: Iterable[TimelineEntry]) -> list[DomainEvent]:
    """The events raised by writing `entries` to case `c` (its state after the change)."""
    events = []
    for entry in entries:
        kind = event_type_of(entry)
        if kind is None:
            continue
        detail = {k: entry.data[k] for k in _ENTRY_FIELDS if entry.data.get(k) is not None}
        if kind is not EventType.complaint_flagged:
            detail.pop("reason", None)
        events.append(
            DomainEvent(
                id=entry.id,
                type=kind,
                occurred_at=entry.at,
                subject_id=c.id,
                data={**case_facts(c), "entry_id": str(entry.id), "change": detail},
            )
        )
    return events


async def record(uow: CaseWrites, c: Complaint, *entries: TimelineEntry) -> None:
    """The one place a change's timeline entries are written, with the domain events they
    raise in the same transaction: both commit or neither does."""
    for entry in entries:
        await uow.complaints.append_event(entry)
    await uow.outbox.add(events_for(c, entries))
