"""The complaint case as an aggregate: intake, every lifecycle action, assignment, transfer,
co-handling, merge, the SLA clock's pauses, timeline entries and SLA rescheduling are methods of
`Complaint` that enforce their invariants and record the timeline entries they write (and so
the domain events those raise: `Complaint.events`). Like `Activity`, it is immutable: each
method returns the changed case; the use case saves it and writes `pending` in one transaction.
What needs I/O (the directory, routing, the SLA settings, other cases) the use case looks up
first and passes in."""

from __future__ import annotations

import enum
import secrets
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from domain.complaint.feedback import NotYetResolved, Rating, can_rate
from domain.complaint.lifecycle import (
    ComplaintAction,
    ComplaintStatus,
    LifecycleCommand,
    LifecycleEventKind,
    LifecycleState,
    apply_action,
    needs_omb_attention,
)
from domain.errors import Conflict, FieldError, InvalidValue, NotFound
from domain.privacy.masking import ContactDetails
from domain.shared.language import Language
from domain.shared.principal import Principal
from domain.sla.calendar import BANGKOK
from domain.sla.model import Urgency

if TYPE_CHECKING:
    from domain.events.model import DomainEvent


class Channel(enum.StrEnum):
    line = "line"
    hotline_1676 = "hotline_1676"
    phone = "phone"
    fax = "fax"
    email = "email"
    mobile_unit = "mobile_unit"
    web = "web"
    walk_in = "walk_in"
    partner_api = "partner_api"


class Visibility(enum.StrEnum):
    internal = "internal"
    public = "public"


class EventKind(enum.StrEnum):
    created = "created"
    state_changed = "state_changed"
    assigned = "assigned"
    transferred = "transferred"
    co_handler_added = "co_handler_added"
    updated = "updated"
    note = "note"
    coordination_message = "coordination_message"
    field_visit = "field_visit"
    response = "response"
    flagged = "flagged"
    escalated = "escalated"  # an SLA milestone reached: who was told, by which rule
    # The complainant's satisfaction rating after resolution (the score and comment stay internal).
    rated = "rated"
    # Hides an earlier entry's content in every view (who, when, why); the entry stays stored.
    redacted = "redacted"


class CoordinationChannel(enum.StrEnum):
    line_group = "line_group"
    phone = "phone"
    fax = "fax"
    email = "email"
    meeting = "meeting"
    line = "line"  # the LINE Official Account's chat (a linked coordinator's button)


def buddhist_year(at: datetime) -> int:
    """The Thai (Buddhist-era) year of an instant, by the calendar in Bangkok."""
    return at.astimezone(BANGKOK).year + 543


def format_case_number(year_be: int, serial: int) -> str:
    """`FT-2569-000123`: the official yearly number used in letters between OMB and BMA."""
    if not 0 < serial <= 999_999:
        raise InvalidValue("case number serial out of range", code="complaint.serial_range")
    return f"FT-{year_be}-{serial:06d}"


# Crockford's base32 without look-alikes: readable over the phone, 50 bits of randomness.
_TRACKING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_tracking_code() -> str:
    raw = "".join(secrets.choice(_TRACKING_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


@dataclass(frozen=True)
class Complainant:
    """Who complained; every detail optional. `confidential`: known to OMB, hidden from
    agencies. `no_contact`: the complainant does not want to be contacted."""

    contact: ContactDetails = field(default_factory=lambda: ContactDetails(None, None, None, None))
    confidential: bool = False
    no_contact: bool = False
    # The language the complainant is written to in (e-mails, LINE replies).
    language: Language = Language.th


@dataclass(frozen=True)
class Consent:
    """The PDPA consent the complainant gave: the version of the text shown, and when."""

    version: str
    given_at: datetime


@dataclass(frozen=True)
class Location:
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
    # Said by the caller at intake or on an edit (not stored): the point is only roughly
    # right, so a district given with it, or the case's district, wins over the point's.
    approximate: bool = field(default=False, compare=False)

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


class TimelineEntryNotFound(NotFound):
    code = "complaint.timeline_entry_not_found"
    title = "Timeline entry not found"
    title_th = "ไม่พบรายการในลำดับเหตุการณ์ของเรื่องนี้"


class EntryNotRedactable(Conflict):
    code = "complaint.entry_not_redactable"
    title = "This timeline entry cannot be redacted"
    title_th = "ปกปิดรายการนี้ไม่ได้"


def invalid(loc: str, msg: str, code: str) -> InvalidValue:
    """One bad field, named by the domain's own field name."""
    return InvalidValue(msg, code=code, errors=[FieldError((loc,), msg, code)])


@dataclass(frozen=True)
class Author:
    """Who wrote an event or filed a case: a principal, or the anonymous public."""

    kind: str
    id: uuid.UUID | None
    request_id: str | None

    @classmethod
    def of(cls, actor: Principal | Author) -> Author:
        if isinstance(actor, Author):
            return actor
        return cls(
            actor.kind.value,
            actor.recorded_id,
            actor.request_id,
        )

    @classmethod
    def public(cls, request_id: str | None) -> Author:
        return cls("public", None, request_id)


@dataclass(frozen=True)
class SlaSchedule:
    """Stored on the case so queues can filter and sort and statistics can tell on-time from
    late: None while paused; once met, the due time stays and the "due soon" instant is None."""

    first_response_due_at: datetime | None
    first_response_due_soon_at: datetime | None
    resolution_due_at: datetime | None
    resolution_due_soon_at: datetime | None


@dataclass(frozen=True)
class RouteProposal:
    agency_id: uuid.UUID
    coordinator_id: uuid.UUID | None
    rule_id: uuid.UUID | None
    warning: str | None


@dataclass(frozen=True)
class Assignment:
    """Who takes a case on assign or transfer: an active agency (checked by the use case
    against the directory) and its coordinator, if it has one."""

    agency_id: uuid.UUID
    coordinator_id: uuid.UUID | None


class EntryKindNotWritable(InvalidValue):
    pass


@dataclass(frozen=True)
class NewEntry:
    """A timeline entry written by staff: note, coordination message, field visit, response."""

    kind: EventKind
    text: str | None = None
    visibility: Visibility = Visibility.internal
    channel: CoordinationChannel | None = None
    counterpart: str | None = None
    planned_date: date | None = None
    done_date: date | None = None
    outcome: str | None = None


ENTRY_KINDS = frozenset(
    {EventKind.note, EventKind.coordination_message, EventKind.field_visit, EventKind.response}
)
EDITABLE = frozenset({"title", "description", "category_id", "location", "urgency", "fast_track"})
POSSIBLE_DUPLICATES = "possible_duplicates"
# Actions that answer the complainant and so count as the first response for the SLA.
RESPONDING = frozenset(
    {ComplaintAction.REQUEST_INFO, ComplaintAction.RESOLVE, ComplaintAction.REJECT}
)
_ASSIGNING = frozenset({ComplaintAction.ASSIGN, ComplaintAction.TRANSFER})


def entry_data(entry: NewEntry) -> dict[str, Any]:
    """What a staff entry stores, by its kind; raises InvalidValue naming the missing field."""
    if entry.kind not in ENTRY_KINDS:
        raise invalid("type", "not a kind of entry staff can write", "enum")
    if entry.kind is EventKind.field_visit:
        if entry.planned_date is None and entry.done_date is None:
            raise invalid("planned_date", "a field visit needs a planned or done date", "missing")
        return {
            "planned_date": entry.planned_date.isoformat() if entry.planned_date else None,
            "done_date": entry.done_date.isoformat() if entry.done_date else None,
            "outcome": entry.outcome,
            "text": entry.text,
        }
    text = require_text(entry.text, "text", max_length=10_000)
    if entry.kind is EventKind.coordination_message:
        if entry.channel is None:
            raise invalid("channel", "say which channel the message went by", "missing")
        return {"channel": entry.channel.value, "counterpart": entry.counterpart, "text": text}
    if entry.kind is EventKind.response:
        return {"channel": entry.channel.value if entry.channel else None, "text": text}
    return {"text": text}


def check_editable(fields: Iterable[str]) -> None:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise InvalidValue(
            "These fields cannot be edited.",
            errors=[FieldError((f,), "not editable", "extra_forbidden") for f in sorted(unknown)],
        )


def edit_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The checked values of an edit's own fields (title, description, urgency, fast track);
    the category and the location need the directory and are checked by the use case."""
    check_editable(changes)
    values: dict[str, Any] = {}
    if "title" in changes:
        values["title"] = require_text(changes["title"], "title", max_length=300)
    if "description" in changes:
        values["description"] = require_text(
            changes["description"], "description", max_length=20_000
        )
    if "urgency" in changes:
        values["urgency"] = Urgency(changes["urgency"])
    if "fast_track" in changes:
        values["fast_track"] = bool(changes["fast_track"])
    return values


@dataclass(frozen=True)
class Complaint:
    """A complaint case: the aggregate every change to a case goes through."""

    id: uuid.UUID
    case_number: str
    tracking_code: str
    channel: Channel
    channel_ref: str | None
    title: str
    description: str
    category_id: uuid.UUID | None
    district_code: str | None
    location: Location
    complainant: Complainant
    fast_track: bool
    urgency: Urgency
    mou_area_id: int
    consent: Consent | None
    lifecycle: LifecycleState
    lead_agency_id: uuid.UUID | None
    coordinator_id: uuid.UUID | None
    assignee_id: uuid.UUID | None
    proposed_agency_id: uuid.UUID | None
    proposed_coordinator_id: uuid.UUID | None
    co_handler_ids: frozenset[uuid.UUID]
    needs_triage: bool
    flagged_for_omb: bool
    first_response_at: datetime | None
    submitted_by_kind: str
    submitted_by_id: uuid.UUID | None
    activity_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    version: int = 1
    sla_class: str = "standard"
    # Closed (start, end) spans and at most one open span, while awaiting the complainant.
    sla_pauses: tuple[tuple[datetime, datetime | None], ...] = ()
    first_response_due_at: datetime | None = None
    first_response_due_soon_at: datetime | None = None
    resolution_due_at: datetime | None = None
    resolution_due_soon_at: datetime | None = None
    subdistrict_code: str | None = None
    # What smart intake suggested and whether it was accepted (SuggestionShown.outcome).
    intake_suggestion: dict[str, Any] | None = None
    # Timeline entries written by the changes that made this value, not yet saved: the use
    # case appends them (with the events they raise) in the transaction that saves the case.
    pending: tuple[TimelineEntry, ...] = field(default=(), compare=False, repr=False)

    @property
    def status(self) -> ComplaintStatus:
        return self.lifecycle.status

    @property
    def agency_ids(self) -> frozenset[uuid.UUID]:
        lead = {self.lead_agency_id} if self.lead_agency_id else set()
        return frozenset(lead) | self.co_handler_ids

    def with_changes(self, **changes: Any) -> Complaint:
        """A copy with fields replaced: for adapters mapping rows (and tests). Use cases change
        a case through the methods below, which keep its rules."""
        return replace(self, **changes)

    # --- what a change recorded --------------------------------------------------------------

    @property
    def events(self) -> list[DomainEvent]:
        """The domain events the pending timeline entries raise (the case as it is now)."""
        from domain.complaint.events import events_for

        return events_for(self, self.pending)

    def saved(self) -> Complaint:
        """The case once its pending entries are written."""
        return replace(self, pending=())

    def _entry(
        self,
        by: Author,
        at: datetime,
        kind: EventKind,
        visibility: Visibility,
        data: Mapping[str, Any],
    ) -> TimelineEntry:
        return TimelineEntry(
            id=uuid.uuid4(),
            complaint_id=self.id,
            at=at,
            kind=kind,
            visibility=visibility,
            actor_kind=by.kind,
            actor_id=by.id,
            request_id=by.request_id,
            data=dict(data),
        )

    def _recorded(self, *entries: TimelineEntry) -> Complaint:
        """The case with `entries` pending. One change reads the clock once; its entries are
        a microsecond apart, so the timeline (by time) lists them in the order they happened."""
        pending = list(self.pending)
        for e in entries:
            if pending and e.at <= pending[-1].at:
                e = replace(e, at=pending[-1].at + timedelta(microseconds=1))
            pending.append(e)
        return replace(self, pending=tuple(pending))

    # --- intake -------------------------------------------------------------------------------

    @classmethod
    def file(
        cls,
        *,
        serial: int,
        now: datetime,
        by: Author,
        channel: Channel,
        title: str,
        description: str,
        district_code: str | None,
        outside_bangkok: bool,
        sla_class: str,
        mou_area_id: int | None,
        channel_ref: str | None = None,
        category_id: uuid.UUID | None = None,
        subdistrict_code: str | None = None,
        location: Location | None = None,
        complainant: Complainant | None = None,
        fast_track: bool = False,
        urgency: Urgency = Urgency.NORMAL,
        consent: Consent | None = None,
        activity_id: uuid.UUID | None = None,
        lead_agency_id: uuid.UUID | None = None,
        intake_suggestion: dict[str, Any] | None = None,
    ) -> Complaint:
        """A new case, numbered `serial` in the year of `now`, with its `created` entry. A case
        that cannot be placed is kept and flagged for OMB triage, never lost."""
        require_text(title, "title", max_length=300)
        require_text(description, "description", max_length=20_000)
        place = location or Location()
        case_id = uuid.uuid4()
        c = cls(
            id=case_id,
            case_number=format_case_number(buddhist_year(now), serial),
            tracking_code=new_tracking_code(),
            channel=channel,
            channel_ref=channel_ref,
            title=title,
            description=description,
            category_id=category_id,
            district_code=district_code,
            location=place,
            complainant=complainant or Complainant(),
            fast_track=fast_track,
            urgency=urgency,
            mou_area_id=mou_area_id or 1,
            consent=consent,
            lifecycle=LifecycleState(case_id=str(case_id)),
            lead_agency_id=lead_agency_id,
            coordinator_id=None,
            assignee_id=None,
            proposed_agency_id=None,
            proposed_coordinator_id=None,
            co_handler_ids=frozenset(),
            needs_triage=outside_bangkok or district_code is None,
            flagged_for_omb=outside_bangkok,
            first_response_at=None,
            submitted_by_kind=by.kind,
            submitted_by_id=by.id,
            activity_id=activity_id,
            created_at=now,
            updated_at=now,
            sla_class=sla_class,
            subdistrict_code=subdistrict_code,
            intake_suggestion=intake_suggestion,
        )
        return c._recorded(
            c._entry(
                by,
                now,
                EventKind.created,
                Visibility.public,
                {
                    "channel": c.channel.value,
                    "case_number": c.case_number,
                    "outside_bangkok": outside_bangkok,
                    **({"location_approximate": True} if place.approximate else {}),
                },
            )
        )

    @property
    def routable_at_intake(self) -> bool:
        """Whether intake may route the new case straight to an agency: it has a category and
        a place, and no agency filed (and so leads) it."""
        return self.category_id is not None and not self.needs_triage and not self.lead_agency_id

    def flag_possible_duplicates(
        self,
        likely: Sequence[tuple[uuid.UUID, str, float, Sequence[str]]],
        now: datetime,
        by: Author,
    ) -> Complaint:
        """Likely duplicates (case id, case number, score, reasons) on the internal timeline:
        ids and scores only; each reader is shown only the matches they may read."""
        if not likely:
            return self
        return self._recorded(
            self._entry(
                by,
                now,
                EventKind.flagged,
                Visibility.internal,
                {
                    "reason": POSSIBLE_DUPLICATES,
                    "candidates": [
                        {
                            "id": str(other_id),
                            "case_number": case_number,
                            "score": score,
                            "reasons": list(reasons),
                        }
                        for other_id, case_number, score, reasons in likely
                    ],
                },
            )
        )

    # --- the lifecycle ----------------------------------------------------------------------

    def apply(
        self,
        action: ComplaintAction,
        now: datetime,
        by: Author,
        *,
        reopen_window: timedelta,
        flag_after: int,
        reason: str | None = None,
        referred_to: str | None = None,
        resolution: str | None = None,
        to: Assignment | None = None,
        proposal: RouteProposal | None = None,
        routing_note: str | None = None,
        survivor: Complaint | None = None,
        assignee_id: uuid.UUID | None = None,
        rule_id: uuid.UUID | None = None,
    ) -> Complaint:
        """Take lifecycle `action` (as `Activity.apply` does) with the arguments it uses; raises
        IllegalTransition, ReopenWindowExpired or InvalidValue and changes nothing then."""
        a = ComplaintAction
        who = assignee_id
        match action:
            case a.TRIAGE:
                return self.triage(
                    now, by, proposal=proposal, routing_note=routing_note, assignee_id=who
                )
            case a.ASSIGN:
                if to is None:  # the routing proposal, if there is one
                    to = Assignment(
                        self.agency_to_assign(None, reason), self.proposed_coordinator_id
                    )
                return self.assign(now, by, to=to, reason=reason, assignee_id=who, rule_id=rule_id)
            case a.TRANSFER:
                return self.transfer(
                    now, by, to=to, reason=reason, flag_after=flag_after, assignee_id=who
                )
            case a.RESOLVE:
                return self.resolve(now, by, resolution=resolution, assignee_id=who)
            case a.REJECT:
                return self.reject(now, by, reason=reason, referred_to=referred_to, assignee_id=who)
            case a.WITHDRAW:
                return self.withdraw(now, by, reason=reason, assignee_id=who)
            case a.MERGE:
                return self.merge_into(survivor, now, by, assignee_id=who)
            case a.REOPEN:
                return self.reopen(
                    now, by, reason=reason, reopen_window=reopen_window, assignee_id=who
                )
        step = {
            a.START: self.start,
            a.REQUEST_INFO: self.request_info,
            a.PROVIDE_INFO: self.provide_info,
            a.RESUME: self.resume,
            a.CLOSE: self.close,
        }[action]
        return step(now, by, assignee_id=who)

    def triage(
        self,
        now: datetime,
        by: Author,
        *,
        proposal: RouteProposal | None,
        routing_note: str | None = None,
        assignee_id: uuid.UUID | None = None,
    ) -> Complaint:
        """Triage with the routing proposal (or why there is none: routing trouble is a note
        on the entry, never a failed triage)."""
        changes: dict[str, Any] = {}
        data: dict[str, Any] = {}
        if routing_note:
            data["routing_warning"] = routing_note
        if proposal is not None:
            changes.update(
                proposed_agency_id=proposal.agency_id,
                proposed_coordinator_id=proposal.coordinator_id,
            )
            data["proposal"] = {
                "agency_id": str(proposal.agency_id),
                "coordinator_id": str(proposal.coordinator_id) if proposal.coordinator_id else None,
                "rule_id": str(proposal.rule_id) if proposal.rule_id else None,
                "warning": proposal.warning,
            }
        return self._move(
            now, by, ComplaintAction.TRIAGE, data=data, changes=changes, assignee_id=assignee_id
        )

    def agency_to_assign(self, agency_id: uuid.UUID | None, reason: str | None) -> uuid.UUID:
        """The agency an assign gives the case: the one named, else the routing proposal;
        overriding the proposal needs a reason."""
        agency = agency_id or self.proposed_agency_id
        if agency is None:
            raise invalid("agency_id", "no routing proposal: give the agency", "missing")
        overrides = self.proposed_agency_id is not None and agency != self.proposed_agency_id
        if overrides and not (reason and reason.strip()):
            raise invalid("reason", "overriding the proposed agency needs a reason", "missing")
        return agency

    def takes_proposed_coordinator(self, action: ComplaintAction, agency_id: uuid.UUID) -> bool:
        """An assign to the proposed agency takes the proposed coordinator (even none); any
        other assign or transfer takes the agency's available coordinator."""
        return action is ComplaintAction.ASSIGN and agency_id == self.proposed_agency_id

    def assign(
        self,
        now: datetime,
        by: Author,
        *,
        to: Assignment,
        reason: str | None = None,
        assignee_id: uuid.UUID | None = None,
        rule_id: uuid.UUID | None = None,
    ) -> Complaint:
        """Give a triaged case to its lead agency (`rule_id`: by a rule, at intake)."""
        self.agency_to_assign(to.agency_id, reason)
        data: dict[str, Any] = {}
        if self.proposed_agency_id is not None and to.agency_id != self.proposed_agency_id:
            data["overrode_proposal"] = str(self.proposed_agency_id)
        moved = self._move(
            now,
            by,
            ComplaintAction.ASSIGN,
            data=data,
            to=to,
            reason=reason,
            assignee_id=assignee_id,
            extra={"assigned_at_intake": True, "rule_id": str(rule_id)} if rule_id else None,
        )
        return moved

    def transfer(
        self,
        now: datetime,
        by: Author,
        *,
        to: Assignment | None,
        reason: str | None,
        flag_after: int,
        assignee_id: uuid.UUID | None = None,
    ) -> Complaint:
        """Move the case to another lead agency; a case transferred `flag_after` times is
        flagged for the OMB."""
        return self._move(
            now,
            by,
            ComplaintAction.TRANSFER,
            to=to,
            reason=reason,
            assignee_id=assignee_id,
            flag_after=flag_after,
        )

    def start(
        self, now: datetime, by: Author, *, assignee_id: uuid.UUID | None = None
    ) -> Complaint:
        return self._move(now, by, ComplaintAction.START, assignee_id=assignee_id)

    def request_info(
        self, now: datetime, by: Author, *, assignee_id: uuid.UUID | None = None
    ) -> Complaint:
        """Ask the complainant: the SLA clock pauses until they answer (or staff resume)."""
        return self._move(now, by, ComplaintAction.REQUEST_INFO, assignee_id=assignee_id)

    def provide_info(
        self, now: datetime, by: Author, *, assignee_id: uuid.UUID | None = None
    ) -> Complaint:
        return self._move(now, by, ComplaintAction.PROVIDE_INFO, assignee_id=assignee_id)

    def resume(
        self, now: datetime, by: Author, *, assignee_id: uuid.UUID | None = None
    ) -> Complaint:
        return self._move(now, by, ComplaintAction.RESUME, assignee_id=assignee_id)

    def resolve(
        self,
        now: datetime,
        by: Author,
        *,
        resolution: str | None,
        assignee_id: uuid.UUID | None = None,
    ) -> Complaint:
        return self._move(
            now, by, ComplaintAction.RESOLVE, resolution=resolution, assignee_id=assignee_id
        )

    def close(
        self, now: datetime, by: Author, *, assignee_id: uuid.UUID | None = None
    ) -> Complaint:
        return self._move(now, by, ComplaintAction.CLOSE, assignee_id=assignee_id)

    def reject(
        self,
        now: datetime,
        by: Author,
        *,
        reason: str | None,
        referred_to: str | None,
        assignee_id: uuid.UUID | None = None,
    ) -> Complaint:
        return self._move(
            now,
            by,
            ComplaintAction.REJECT,
            reason=reason,
            referred_to=referred_to,
            assignee_id=assignee_id,
        )

    def withdraw(
        self, now: datetime, by: Author, *, reason: str | None, assignee_id: uuid.UUID | None = None
    ) -> Complaint:
        return self._move(now, by, ComplaintAction.WITHDRAW, reason=reason, assignee_id=assignee_id)

    def merge_into(
        self,
        survivor: Complaint | None,
        now: datetime,
        by: Author,
        *,
        assignee_id: uuid.UUID | None = None,
    ) -> Complaint:
        """Merge this case into `survivor`, which must still be open (or resolved); the trace
        on the survivor (an internal note naming this case) is written with the change."""
        if survivor is None:
            return self._move(now, by, ComplaintAction.MERGE, assignee_id=assignee_id)
        if not survivor.status.is_open and survivor.status is not ComplaintStatus.RESOLVED:
            raise invalid(
                "target_case_id", "cannot merge into a closed case", "complaint.merge_target_closed"
            )
        trace = survivor._entry(
            by,
            now,
            EventKind.note,
            Visibility.internal,
            {
                "text": f"รวมเรื่อง {self.case_number} เข้ากับเรื่องนี้ "
                f"(case {self.case_number} merged into this one)",
                "merged_from": {"id": str(self.id), "case_number": self.case_number},
            },
        )
        return self._move(
            now,
            by,
            ComplaintAction.MERGE,
            data={"target_case_number": survivor.case_number},
            target=survivor.id,
            assignee_id=assignee_id,
            trace=trace,
        )

    def reopen(
        self,
        now: datetime,
        by: Author,
        *,
        reopen_window: timedelta,
        reason: str | None = None,
        assignee_id: uuid.UUID | None = None,
    ) -> Complaint:
        """Back to in progress, within `reopen_window` of the resolution."""
        data = {"reason": reason.strip()} if reason and reason.strip() else {}
        return self._move(
            now,
            by,
            ComplaintAction.REOPEN,
            data=data,
            reason=reason,
            assignee_id=assignee_id,
            reopen_window=reopen_window,
        )

    def _move(
        self,
        now: datetime,
        by: Author,
        action: ComplaintAction,
        *,
        data: Mapping[str, Any] | None = None,
        changes: Mapping[str, Any] | None = None,
        to: Assignment | None = None,
        reason: str | None = None,
        referred_to: str | None = None,
        resolution: str | None = None,
        target: uuid.UUID | None = None,
        assignee_id: uuid.UUID | None = None,
        reopen_window: timedelta = timedelta(0),
        flag_after: int | None = None,
        trace: TimelineEntry | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Complaint:
        """One step of the lifecycle table (`lifecycle.apply_action`: the transition, its
        required arguments, the reopen window) with what it does to the rest of the case:
        the lead agency, the SLA clock's pauses, the first response, the timeline."""
        updates: dict[str, Any] = dict(changes or {})
        data = dict(data or {})
        if action in _ASSIGNING and to is not None:
            updates.update(
                lead_agency_id=to.agency_id, coordinator_id=to.coordinator_id, assignee_id=None
            )
            data.update(
                agency_id=str(to.agency_id),
                coordinator_id=str(to.coordinator_id) if to.coordinator_id else None,
            )
        if assignee_id is not None:
            updates["assignee_id"] = assignee_id
            data["assignee_id"] = str(assignee_id)
        command = LifecycleCommand(
            action=action,
            reason=reason,
            referred_to=referred_to,
            target_case_id=str(target) if target else None,
            agency_id=str(to.agency_id) if to else None,
            resolution=resolution,
        )
        state, events = apply_action(self.lifecycle, command, now, reopen_window)
        moved = replace(self, lifecycle=state, updated_at=now, **updates)
        entries: list[TimelineEntry] = []
        for ev in events:
            if ev.kind is LifecycleEventKind.SLA_PAUSED:
                moved = moved._pause_sla(now)
            elif ev.kind is LifecycleEventKind.SLA_RESUMED:
                moved = moved._resume_sla(now)
            entry_data = {
                "action": ev.action.value,
                "from": ev.from_status.value,
                "to": ev.to_status.value,
                **ev.data,
                **data,
            }
            kind = {
                ComplaintAction.ASSIGN: EventKind.assigned,
                ComplaintAction.TRANSFER: EventKind.transferred,
            }.get(ev.action, EventKind.state_changed)
            if ev.kind is not LifecycleEventKind.TRANSITIONED:
                entry_data["sla"] = ev.kind.value
            if extra and kind is EventKind.assigned:
                entry_data.update(extra)
            entries.append(self._entry(by, now, kind, Visibility.public, entry_data))
        if action in RESPONDING and self.first_response_at is None:
            moved = replace(moved, first_response_at=now)
        if action in _ASSIGNING:
            moved = replace(moved, needs_triage=False)
        if (
            action is ComplaintAction.TRANSFER
            and flag_after is not None
            and not self.flagged_for_omb
            and needs_omb_attention(state.transfer_count, flag_after)
        ):
            moved = replace(moved, flagged_for_omb=True)
            entries.append(
                self._entry(
                    by,
                    now,
                    EventKind.flagged,
                    Visibility.internal,
                    {"reason": "transferred too often", "transfer_count": state.transfer_count},
                )
            )
        if trace is not None:
            entries.append(trace)
        return moved._recorded(*entries)

    # --- edits --------------------------------------------------------------------------------

    def district_kept_at(self, location: Location) -> str | None:
        """The district a moved case keeps: an approximate point does not move it out of its
        district; an exact one decides the district itself."""
        return self.district_code if location.approximate else None

    def placed(
        self, district: str | None, *, outside_bangkok: bool, named_subdistrict: str | None
    ) -> dict[str, Any]:
        """What moving the case to `district` does to the rest of its place: a sub-district
        belongs to its district (moved elsewhere, the case keeps only one its own words name
        there), and a case that cannot be placed goes back to OMB triage."""
        kept = self.subdistrict_code if district == self.district_code else None
        return {
            "subdistrict_code": kept or named_subdistrict,
            "needs_triage": self.needs_triage or outside_bangkok or district is None,
        }

    def edit(self, values: Mapping[str, Any], now: datetime, by: Author) -> Complaint:
        """Change the case's own fields (checked by `edit_values` and, for the category and
        the place, by the use case); the fields that changed go on the internal timeline.
        Returns the same case when nothing changed."""
        changed = sorted(k for k, v in values.items() if getattr(self, k) != v)
        if not changed:
            return self
        edited = replace(self, **values, updated_at=now)
        return edited._recorded(
            edited._entry(by, now, EventKind.updated, Visibility.internal, {"fields": changed})
        )

    # --- timeline entries ---------------------------------------------------------------------

    def write(self, entry: NewEntry, now: datetime, by: Author) -> Complaint:
        """A staff entry on the timeline; the first response to the complainant stops the
        first-response clock."""
        written = self._recorded(
            self._entry(by, now, entry.kind, entry.visibility, entry_data(entry))
        )
        if entry.kind is EventKind.response and self.first_response_at is None:
            written = replace(written, first_response_at=now, updated_at=now)
        return written

    def redact(
        self,
        entry: TimelineEntry | None,
        entry_id: uuid.UUID,
        reason: str,
        now: datetime,
        by: Author,
    ) -> Complaint:
        """Hide an entry's content: a `redacted` entry names it, with who, when and why."""
        if entry is None or entry.complaint_id != self.id:
            raise TimelineEntryNotFound(f"Complaint {self.id} has no timeline entry {entry_id}.")
        if not entry.redactable:
            why_not = (
                "A redaction cannot itself be redacted."
                if entry.kind is EventKind.redacted
                else "The entry has already been redacted."
            )
            raise EntryNotRedactable(why_not, extra={"entry_id": str(entry_id)})
        return self._recorded(
            self._entry(
                by,
                now,
                EventKind.redacted,
                Visibility.internal,
                {"entry_id": str(entry_id), "reason": reason},
            )
        )

    def check_ratable(self) -> None:
        if not can_rate(self.status, self.lifecycle.resolved_at):
            raise NotYetResolved(
                f"A complaint whose status is {self.status.value} cannot be rated yet.",
                detail_th="ประเมินความพึงพอใจได้เมื่อหน่วยงานดำเนินการแก้ไขแล้วเสร็จ",
                extra={"status": self.status.value},
            )

    def rate(
        self, score: int, comment: str | None, now: datetime, by: Author
    ) -> tuple[Complaint, Rating]:
        """The complainant's rating of a resolved case (once: the use case checks the store);
        the public sees that it was rated, staff see the score and comment."""
        self.check_ratable()
        cleaned = comment.strip() if comment and comment.strip() else None
        rating = Rating(self.id, score, cleaned, now)
        entry = self._entry(
            by, now, EventKind.rated, Visibility.public, {"score": score, "comment": cleaned}
        )
        return self._recorded(entry), rating

    # --- co-handling ----------------------------------------------------------------------

    def check_co_handler(self, agency_id: uuid.UUID) -> None:
        """A co-handler joins a case that has a lead agency, and is not one of its agencies."""
        if self.lead_agency_id is None:
            raise Conflict("Assign a lead agency first.", code="complaint.no_lead_agency")
        if agency_id in self.agency_ids:
            raise Conflict(
                "That agency already handles this case.", code="complaint.already_co_handler"
            )

    def invite_co_handler(
        self, agency_id: uuid.UUID, reason: str, now: datetime, by: Author
    ) -> Complaint:
        """Another (active: checked by the use case) agency works the case with the lead."""
        self.check_co_handler(agency_id)
        why = require_text(reason, "reason", max_length=2000)
        invited = replace(self, co_handler_ids=self.co_handler_ids | {agency_id}, updated_at=now)
        return invited._recorded(
            invited._entry(
                by,
                now,
                EventKind.co_handler_added,
                Visibility.internal,
                {"agency_id": str(agency_id), "reason": why},
            )
        )

    # --- the SLA clock ------------------------------------------------------------------------

    def _pause_sla(self, now: datetime) -> Complaint:
        """The clock stops while the complainant owes us information: an open pause span."""
        return replace(self, sla_pauses=(*self.sla_pauses, (now, None)))

    def _resume_sla(self, now: datetime) -> Complaint:
        """The open pause span ends."""
        pauses = list(self.sla_pauses)
        if pauses and pauses[-1][1] is None:
            pauses[-1] = (pauses[-1][0], now)
        return replace(self, sla_pauses=tuple(pauses))

    def reschedule(self, schedule: SlaSchedule) -> Complaint:
        """Store the due times the SLA policy gives the case as it is now (for queues)."""
        return replace(
            self,
            first_response_due_at=schedule.first_response_due_at,
            first_response_due_soon_at=schedule.first_response_due_soon_at,
            resolution_due_at=schedule.resolution_due_at,
            resolution_due_soon_at=schedule.resolution_due_soon_at,
        )


@dataclass(frozen=True)
class Redaction:
    """Who hid a timeline entry's content, when and why: the `redacted` entry that did it."""

    id: uuid.UUID
    at: datetime
    actor_kind: str
    actor_id: uuid.UUID | None
    reason: str


# What a redaction leaves of an entry: codes, states, ids, dates and numbers the system wrote,
# never words somebody typed (text, reasons, counterparts, outcomes, comments, resolutions).
REDACTION_KEEPS = frozenset(
    {
        "action",
        "from",
        "to",
        "sla",
        "agency_id",
        "coordinator_id",
        "assignee_id",
        "fields",
        "milestone",
        "due_at",
        "rule_ids",
        "notify",
        "score",
        "channel",
        "case_number",
        "outside_bangkok",
        "planned_date",
        "done_date",
        "transfer_count",
    }
)


@dataclass(frozen=True)
class TimelineEntry:
    """One append-only event of a case's timeline. A redacted entry is read with its content
    hidden (`hidden_by`), in every view; the stored row is never changed."""

    id: uuid.UUID
    complaint_id: uuid.UUID
    at: datetime
    kind: EventKind
    visibility: Visibility
    actor_kind: str
    actor_id: uuid.UUID | None
    request_id: str | None
    data: dict[str, Any]
    redaction: Redaction | None = None

    @property
    def redactable(self) -> bool:
        return self.kind is not EventKind.redacted and self.redaction is None

    def hidden_by(self, redaction: Redaction) -> TimelineEntry:
        """The entry as everyone reads it once `redaction` hid its content."""
        kept = {k: v for k, v in self.data.items() if k in REDACTION_KEEPS}
        if self.kind is EventKind.flagged and "reason" in self.data:
            kept["reason"] = self.data["reason"]  # flags' reasons are codes the system wrote
        return replace(self, data=kept, redaction=redaction)


def require_text(value: str | None, loc: str, *, max_length: int) -> str:
    if value is None or not value.strip():
        raise InvalidValue(
            f"{loc} must not be empty",
            errors=[FieldError((loc,), "must not be empty", "missing")],
        )
    if len(value) > max_length:
        raise InvalidValue(
            f"{loc} is too long",
            errors=[FieldError((loc,), f"at most {max_length}", "too_long")],
        )
    return value
