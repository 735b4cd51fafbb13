"""The complaint case: intake data, complainant, lifecycle, assignment and timeline entries."""

from __future__ import annotations

import enum
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from domain.complaint.lifecycle import ComplaintStatus, LifecycleState
from domain.errors import FieldError, InvalidValue
from domain.privacy.masking import ContactDetails
from domain.shared.language import Language
from domain.sla.calendar import BANGKOK
from domain.sla.model import Urgency


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


@dataclass(frozen=True)
class Complaint:
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

    @property
    def status(self) -> ComplaintStatus:
        return self.lifecycle.status

    @property
    def agency_ids(self) -> frozenset[uuid.UUID]:
        lead = {self.lead_agency_id} if self.lead_agency_id else set()
        return frozenset(lead) | self.co_handler_ids

    def with_changes(self, **changes: Any) -> Complaint:
        return replace(self, **changes)


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
