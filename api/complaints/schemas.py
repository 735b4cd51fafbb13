"""HTTP schemas for complaint cases."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from pydantic import ConfigDict, EmailStr, Field, RootModel, StrictBool, StrictFloat, StrictInt

from api.intake.schemas import SuggestionOutcomeRead, SuggestionShownIn
from api.schemas import InputModel, IsoDate, OutputModel, StatusLabel, UtcDateTime
from domain.complaint.lifecycle import ComplaintAction, ComplaintStatus
from domain.complaint.model import (
    Channel,
    CoordinationChannel,
    TimelineEntry,
    Visibility,
)
from domain.privacy.disclosure import PiiAccess
from domain.shared.language import Language
from domain.sla.model import SlaState, Urgency


class LocationIn(InputModel):
    lat: StrictFloat | None = Field(default=None, ge=-90, le=90)
    lon: StrictFloat | None = Field(default=None, ge=-180, le=180)
    address: str | None = Field(default=None, max_length=500)
    approximate: StrictBool = Field(
        default=False,
        description="The point is only roughly right: a `district_code` given with it (or the "
        "case's district, on an edit) is kept even where the point lies in another district. "
        "Otherwise a `district_code` contradicting the point is refused (422 "
        "`complaint.district_mismatch`). Not stored; the intake event records it.",
    )


class LocationRead(OutputModel):
    lat: float | None
    lon: float | None
    address: str | None


class ComplainantIn(InputModel):
    """The complainant's contact details (all optional) and wishes."""

    name: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=32, pattern=r"^[0-9+\-() ]{3,32}$")
    email: EmailStr | None = None
    line_user_id: str | None = Field(default=None, max_length=100)
    confidential: StrictBool = Field(
        default=False, description="Known to OMB, hidden from agencies"
    )
    no_contact: StrictBool = Field(default=False, description="Do not contact the complainant")
    language: Language = Field(
        default=Language.th, description="The language to write to the complainant in"
    )


class ComplainantRead(OutputModel):
    """Contact details as the caller may see them: `full`, `masked` or `hidden`."""

    name: str | None
    phone: str | None
    email: str | None
    line_user_id: str | None
    confidential: bool
    no_contact: bool
    language: Language
    personal_data: PiiAccess


class ConsentIn(InputModel):
    """The PDPA consent the complainant gave: the notice version and when."""

    version: str = Field(min_length=1, max_length=50)
    given_at: UtcDateTime


class ConsentRead(OutputModel):
    version: str
    given_at: UtcDateTime


class ComplaintCreate(InputModel):
    """A complaint recorded by staff or a partner system, from any channel."""

    title: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1, max_length=20_000)
    channel: Channel
    channel_ref: str | None = Field(
        default=None,
        max_length=200,
        description="LINE message id, call id, fax number or e-mail message id",
    )
    category_id: uuid.UUID | None = None
    district_code: str | None = Field(default=None, pattern=r"^\d{4}$")
    location: LocationIn | None = None
    complainant: ComplainantIn = Field(default_factory=ComplainantIn)
    fast_track: StrictBool = False
    urgency: Urgency = Urgency.NORMAL
    mou_area_id: StrictInt | None = Field(default=None, ge=1, le=5)
    consent: ConsentIn | None = None
    activity_id: uuid.UUID | None = None
    subdistrict_code: str | None = Field(
        default=None,
        pattern=r"^\d{6}$",
        description="DOPA sub-district (แขวง) code; must lie in the case's district",
    )
    suggestion: SuggestionShownIn | None = Field(
        default=None,
        description="The top smart-intake suggestions shown, to record accepted/overridden",
    )


class ComplaintUpdate(InputModel):
    """Editable fields of a case; send If-Match with the ETag you read."""

    title: str | None = Field(default=None, min_length=1, max_length=300)
    description: str | None = Field(default=None, min_length=1, max_length=20_000)
    category_id: uuid.UUID | None = None
    location: LocationIn | None = None
    urgency: Urgency | None = None
    fast_track: StrictBool | None = None


class SlaMilestoneRead(OutputModel):
    """Where one SLA milestone stands now."""

    state: SlaState
    due_at: UtcDateTime | None
    time_left_seconds: int | None = Field(description="Negative when overdue; null while paused")


class ComplaintSlaRead(OutputModel):
    sla_class: str
    first_response: SlaMilestoneRead
    resolution: SlaMilestoneRead


class ComplaintRatingRead(OutputModel):
    """The complainant's 1-5 satisfaction rating of the resolved case, and their comment."""

    score: int
    comment: str | None
    rated_at: UtcDateTime


class ComplaintRead(OutputModel):
    """A complaint case."""

    id: uuid.UUID
    case_number: str = Field(description="FT-<Buddhist-era year>-<6 digits>")
    tracking_code: str
    channel: Channel
    channel_ref: str | None = Field(
        description="The channel's reference (fax number, phone line, LINE message). On a "
        "confidential case shown only to those who see the complainant's data in full "
        "(`complainant.personal_data` = `full`), null for everyone else."
    )
    title: str
    description: str
    category_id: uuid.UUID | None
    district_code: str | None
    subdistrict_code: str | None
    location: LocationRead = Field(
        description="Where: on a confidential case the point and the address follow the "
        "complainant's contact data (shown only with `personal_data` = `full`; all null "
        "otherwise, and the case is left out of GeoJSON exports)."
    )
    complainant: ComplainantRead
    fast_track: bool
    urgency: Urgency
    mou_area_id: int
    consent: ConsentRead | None
    status: ComplaintStatus
    status_label: StatusLabel = Field(
        description="The status in Thai and English, as shown to people"
    )
    is_open: bool
    allowed_actions: list[ComplaintAction]
    lead_agency_id: uuid.UUID | None
    coordinator_id: uuid.UUID | None
    assignee_id: uuid.UUID | None
    proposed_agency_id: uuid.UUID | None
    proposed_coordinator_id: uuid.UUID | None
    co_handler_ids: list[uuid.UUID]
    transfer_count: int
    reopen_count: int
    resolution: str | None
    resolved_at: UtcDateTime | None
    closed_at: UtcDateTime | None
    merged_into: uuid.UUID | None
    rejection_reason: str | None
    referred_to: str | None
    needs_triage: bool
    flagged_for_omb: bool
    first_response_at: UtcDateTime | None
    sla: ComplaintSlaRead | None
    activity_id: uuid.UUID | None
    intake_suggestion: SuggestionOutcomeRead | None
    created_at: UtcDateTime
    updated_at: UtcDateTime
    version: int
    rating: ComplaintRatingRead | None = Field(
        default=None,
        description="The complainant's satisfaction rating (single-case reads; null in lists)",
    )
    complainant_secret: str | None = Field(
        default=None,
        description="Only in the answer of create_complaint: the secret the complainant needs, "
        "with the tracking code, to rate and reopen the case on the portal. Give it to them; "
        "it is stored hashed and never shown again.",
    )


class ComplaintTransition(InputModel):
    """A lifecycle action and its fields (reason, referred_to, target case, agency, ...)."""

    action: ComplaintAction
    reason: str | None = Field(default=None, max_length=2000)
    referred_to: str | None = Field(default=None, max_length=300)
    target_case_id: uuid.UUID | None = None
    agency_id: uuid.UUID | None = None
    coordinator_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    resolution: str | None = Field(default=None, max_length=5000)


class TimelineEntryCreate(InputModel):
    """A note, a coordination message (with its channel), a field visit or a response."""

    kind: Literal["note", "coordination_message", "field_visit", "response"]
    text: str | None = Field(default=None, max_length=10_000)
    visibility: Visibility = Visibility.internal
    channel: CoordinationChannel | None = None
    counterpart: str | None = Field(default=None, max_length=200)
    planned_date: IsoDate | None = None
    done_date: IsoDate | None = None
    outcome: str | None = Field(default=None, max_length=5000)


class _Payload(OutputModel):
    """A timeline payload: the fields below, and any an older entry recorded besides."""

    model_config = ConfigDict(extra="allow")


class CreatedEntryData(_Payload):
    channel: Channel
    case_number: str
    outside_bangkok: bool | None = Field(default=None, description="A point outside Bangkok")


class TransitionEntryData(_Payload):
    """A lifecycle action; the action's own values (reason, agency_id, resolution…) follow."""

    action: ComplaintAction
    from_status: ComplaintStatus = Field(alias="from")
    to: ComplaintStatus
    sla: str | None = Field(default=None, description="sla_paused or sla_resumed, if it did")


class CoHandlerEntryData(_Payload):
    agency_id: uuid.UUID
    reason: str | None = Field(default=None, description="Null once the entry is redacted")


class UpdatedEntryData(_Payload):
    fields: list[str] = Field(description="The fields that changed")


class MessageEntryData(_Payload):
    """A note, coordination message, field visit or response, as written."""

    text: str | None = None
    channel: CoordinationChannel | None = None
    counterpart: str | None = None
    planned_date: date | None = None
    done_date: date | None = None
    outcome: str | None = None


class DuplicateCandidateRead(_Payload):
    """A possible duplicate named by an intake flag (only cases the reader may read)."""

    id: uuid.UUID
    case_number: str
    score: float = Field(description="0..1, as in /similar")
    reasons: list[str] = Field(
        default_factory=list,
        description="same_category, same_district, nearby, similar_text (as in /similar)",
    )


class FlaggedEntryData(_Payload):
    reason: str
    transfer_count: int | None = None
    candidates: list[DuplicateCandidateRead] | None = Field(
        default=None,
        description="Possible duplicates (reason possible_duplicates): only those the caller "
        "may read",
    )


class RatedEntryData(_Payload):
    """The complainant's rating of the resolved case (staff only see the score and comment)."""

    score: int = Field(ge=1, le=5)
    comment: str | None = None


class EscalatedEntryData(_Payload):
    """An SLA milestone reached its warning or breach: which rules fired and who was told."""

    milestone: str = Field(description="first_response_due_soon, resolution_breached, ...")
    due_at: str = Field(description="The milestone's due time (RFC 3339)")
    rule_ids: list[uuid.UUID] = Field(default_factory=list)
    notify: list[str] = Field(default_factory=list, description="Escalation targets told")


class RedactionEntryData(_Payload):
    """A redaction: the entry whose content it hides, and why."""

    entry_id: uuid.UUID
    reason: str


class TimelineRedactionRead(OutputModel):
    """Who hid an entry's content, when and why (the `redacted` entry that did it)."""

    id: uuid.UUID = Field(description="The `redacted` timeline entry")
    at: UtcDateTime
    actor_kind: str
    actor_id: uuid.UUID | None
    reason: str


class TimelineRedactionCreate(InputModel):
    """Hide a timeline entry's content, e.g. personal data written into a note by mistake."""

    reason: str = Field(min_length=1, max_length=2000, description="Why it is hidden")


class _Entry(OutputModel):
    id: uuid.UUID
    at: UtcDateTime
    visibility: Visibility
    actor_kind: str
    actor_id: uuid.UUID | None
    request_id: str | None
    redaction: TimelineRedactionRead | None = Field(
        default=None,
        description="Set when the entry was redacted: its words (text, reasons, comments...) "
        "are then left out of `data` everywhere; codes, states and ids remain",
    )


class CreatedEntryRead(_Entry):
    kind: Literal["created"]
    data: CreatedEntryData


class TransitionEntryRead(_Entry):
    kind: Literal["state_changed", "assigned", "transferred"]
    data: TransitionEntryData


class CoHandlerEntryRead(_Entry):
    kind: Literal["co_handler_added"]
    data: CoHandlerEntryData


class UpdatedEntryRead(_Entry):
    kind: Literal["updated"]
    data: UpdatedEntryData


class MessageEntryRead(_Entry):
    kind: Literal["note", "coordination_message", "field_visit", "response"]
    data: MessageEntryData


class FlaggedEntryRead(_Entry):
    kind: Literal["flagged"]
    data: FlaggedEntryData


class RatedEntryRead(_Entry):
    kind: Literal["rated"]
    data: RatedEntryData


class EscalatedEntryRead(_Entry):
    kind: Literal["escalated"]
    data: EscalatedEntryData


class RedactedEntryRead(_Entry):
    kind: Literal["redacted"]
    data: RedactionEntryData


class TimelineEntryRead(
    RootModel[
        Annotated[
            CreatedEntryRead
            | TransitionEntryRead
            | CoHandlerEntryRead
            | UpdatedEntryRead
            | MessageEntryRead
            | FlaggedEntryRead
            | RatedEntryRead
            | EscalatedEntryRead
            | RedactedEntryRead,
            Field(discriminator="kind"),
        ]
    ]
):
    """One event of a case's append-only timeline; `data` depends on `kind`."""

    @classmethod
    def of(cls, e: TimelineEntry) -> TimelineEntryRead:
        return cls.model_validate(
            {
                "id": e.id,
                "at": e.at,
                "kind": e.kind.value,
                "visibility": e.visibility,
                "actor_kind": e.actor_kind,
                "actor_id": e.actor_id,
                "request_id": e.request_id,
                "data": e.data,
                "redaction": (
                    {
                        "id": e.redaction.id,
                        "at": e.redaction.at,
                        "actor_kind": e.redaction.actor_kind,
                        "actor_id": e.redaction.actor_id,
                        "reason": e.redaction.reason,
                    }
                    if e.redaction
                    else None
                ),
            }
        )


class TimelineEntryPage(OutputModel):
    items: list[TimelineEntryRead]
    next_cursor: str | None


class CoHandlerCreate(InputModel):
    """Invite another agency to co-handle the case."""

    agency_id: uuid.UUID
    reason: str = Field(min_length=1, max_length=2000)


class ComplaintPage(OutputModel):
    """A page of the queue; each case as the single read shows it to you."""

    items: list[ComplaintRead]
    next_cursor: str | None


class ComplaintChangeRead(OutputModel):
    """A case as it is now, and the change-feed sequence of the change that listed it."""

    seq: int
    complaint: ComplaintRead


class ComplaintChangePage(OutputModel):
    """Changes in sequence order; poll again with `after=next_cursor`."""

    items: list[ComplaintChangeRead]
    next_cursor: str = Field(description="Pass as `after` on the next poll (also when empty)")


class SimilarComplaintRead(OutputModel):
    """A possible duplicate: how similar (0..1), how far away, and why it was proposed."""

    score: float
    distance_m: float | None
    reasons: list[str]
    complaint: ComplaintRead


class SimilarComplaintList(OutputModel):
    items: list[SimilarComplaintRead]
