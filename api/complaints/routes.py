"""Complaint cases: intake, read, edit, transitions, timeline and co-handling."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Form, Header, Request, Response, UploadFile

from api.complaints.schemas import (
    CoHandlerCreate,
    ComplainantRead,
    ComplaintCreate,
    ComplaintRatingRead,
    ComplaintRead,
    ComplaintSlaRead,
    ComplaintTransition,
    ComplaintUpdate,
    ConsentRead,
    LocationRead,
    SlaMilestoneRead,
    TimelineEntryCreate,
    TimelineEntryPage,
    TimelineEntryRead,
    TimelineRedactionCreate,
)
from api.deps import AttachmentServiceDep, ComplaintServiceDep, PrincipalDep
from api.errors import problem_responses
from api.http import content_disposition
from api.intake.schemas import SuggestionOutcomeRead
from api.paging import PageDep
from api.preconditions import IfMatchDep, tag
from api.schemas import InputModel, OutputModel, StatusLabel, UtcDateTime
from domain.attachment.model import ALLOWED_TYPES, Attachment
from domain.attachment.service import Upload
from domain.complaint.model import Complainant, Consent, EventKind, Location, Visibility
from domain.complaint.service import (
    Idempotency,
    NewComplaint,
    NewEntry,
    Transition,
)
from domain.complaint.sla import CaseSla
from domain.complaint.view import ComplaintView
from domain.errors import FieldError, InvalidValue
from domain.intake.model import SuggestionShown
from domain.privacy.masking import ContactDetails
from domain.shared.paging import PageRequest
from domain.sla.status import SlaStatus

router = APIRouter(prefix="/complaints", tags=["complaints"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=255,
        description="Retry-safe key: a retry with the same key and body creates nothing",
    ),
]
NO_STORE = "no-store"
BINARY = {"type": "string", "format": "binary"}


def complainant_read(view: ComplaintView) -> ComplainantRead:
    complainant = view.complaint.complainant
    contact = view.disclosed.contact
    return ComplainantRead(
        name=contact.name,
        phone=contact.phone,
        email=contact.email,
        line_user_id=contact.line_user_id,
        confidential=complainant.confidential,
        no_contact=complainant.no_contact,
        language=complainant.language,
        personal_data=view.pii,
    )


# ComplaintRead's fields that show the case's attribute of the same name as it is (the
# others are masked, converted or computed below).
_READ_AS_IS = (
    "id",
    "case_number",
    "tracking_code",
    "channel",
    "title",
    "description",
    "category_id",
    "district_code",
    "subdistrict_code",
    "fast_track",
    "urgency",
    "mou_area_id",
    "status",
    "lead_agency_id",
    "coordinator_id",
    "assignee_id",
    "proposed_agency_id",
    "proposed_coordinator_id",
    "needs_triage",
    "flagged_for_omb",
    "first_response_at",
    "activity_id",
    "created_at",
    "updated_at",
    "version",
)
# The same for the lifecycle state's attributes.
_READ_LIFECYCLE_AS_IS = (
    "transfer_count",
    "reopen_count",
    "resolution",
    "resolved_at",
    "closed_at",
    "rejection_reason",
    "referred_to",
)
# ComplaintCreate's fields that NewComplaint takes as they are.
_CREATE_AS_IS = (
    "title",
    "description",
    "channel",
    "channel_ref",
    "category_id",
    "district_code",
    "fast_track",
    "urgency",
    "mou_area_id",
    "activity_id",
    "subdistrict_code",
)


def complaint_read(view: ComplaintView) -> ComplaintRead:
    c = view.complaint
    lc = c.lifecycle
    shown = view.disclosed
    return ComplaintRead(
        **{f: getattr(c, f) for f in _READ_AS_IS},
        **{f: getattr(lc, f) for f in _READ_LIFECYCLE_AS_IS},
        channel_ref=shown.channel_ref,
        location=LocationRead(
            lat=shown.location.lat, lon=shown.location.lon, address=shown.location.address
        ),
        complainant=complainant_read(view),
        consent=ConsentRead(version=c.consent.version, given_at=c.consent.given_at)
        if c.consent
        else None,
        status_label=StatusLabel.of(c.status),
        is_open=c.status.is_open,
        allowed_actions=sorted(view.allowed_actions),
        co_handler_ids=sorted(c.co_handler_ids),
        merged_into=uuid.UUID(lc.merged_into) if lc.merged_into else None,
        sla=sla_read(view.sla) if view.sla else None,
        intake_suggestion=SuggestionOutcomeRead.model_validate(c.intake_suggestion)
        if c.intake_suggestion
        else None,
        rating=ComplaintRatingRead(
            score=view.rating.score, comment=view.rating.comment, rated_at=view.rating.rated_at
        )
        if view.rating
        else None,
        complainant_secret=view.complainant_secret,
    )


def _milestone(s: SlaStatus) -> SlaMilestoneRead:
    left = int(s.time_left.total_seconds()) if s.time_left is not None else None
    return SlaMilestoneRead(state=s.state, due_at=s.due_at, time_left_seconds=left)


def sla_read(sla: CaseSla) -> ComplaintSlaRead:
    return ComplaintSlaRead(
        sla_class=sla.sla_class,
        first_response=_milestone(sla.first_response),
        resolution=_milestone(sla.resolution),
    )


def _respond(response: Response, view: ComplaintView) -> ComplaintRead:
    tag(response, view.complaint.version)
    # Bodies carry (possibly masked) personal data: never cache them.
    response.headers["Cache-Control"] = NO_STORE
    if view.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return complaint_read(view)


def request_fingerprint(method: str, path: str, body: Any) -> str:
    """What makes a retry the same request: method, path and the body's canonical JSON."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


def _idempotency(key: str | None, request: Request, body: Any) -> Idempotency | None:
    """The Idempotency-Key header as the domain's retry key."""
    if key is None:
        return None
    if not key.strip():
        raise InvalidValue(
            "Idempotency-Key must not be blank.",
            errors=[FieldError(("header", "Idempotency-Key"), "blank", "missing")],
        )
    return Idempotency(key, request_fingerprint(request.method, request.url.path, body))


@router.post(
    "",
    status_code=201,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_complaint(
    actor: PrincipalDep,
    body: ComplaintCreate,
    service: ComplaintServiceDep,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> ComplaintRead:
    """Record a complaint from any channel; returns its FT-number and tracking code."""
    location = Location(**body.location.model_dump()) if body.location else Location()
    contact = body.complainant
    data = NewComplaint(
        **{f: getattr(body, f) for f in _CREATE_AS_IS},
        location=location,
        complainant=Complainant(
            ContactDetails(contact.name, contact.phone, contact.email, contact.line_user_id),
            confidential=contact.confidential,
            no_contact=contact.no_contact,
            language=contact.language,
        ),
        consent=Consent(body.consent.version, body.consent.given_at) if body.consent else None,
        suggestion=SuggestionShown(**body.suggestion.model_dump()) if body.suggestion else None,
    )
    idem = _idempotency(idempotency_key, request, body.model_dump(mode="json"))
    view = await service.create(actor, data, idem)
    response.headers["Location"] = f"/api/v1/complaints/{view.complaint.id}"
    return _respond(response, view)


@router.get("/{complaint_id:uuid}", responses=problem_responses(401, 404, 422))
async def get_complaint(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    service: ComplaintServiceDep,
    response: Response,
) -> ComplaintRead:
    """One case, with personal data as your role allows; ETag carries its version."""
    return _respond(response, await service.get(actor, complaint_id))


@router.patch(
    "/{complaint_id:uuid}",
    responses=problem_responses(401, 403, 404, 422),
)
async def update_complaint(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    body: ComplaintUpdate,
    service: ComplaintServiceDep,
    response: Response,
    version: IfMatchDep,
) -> ComplaintRead:
    """Edit title, description, category, location, urgency or fast-track (If-Match)."""
    changes: dict[str, Any] = body.model_dump(exclude_unset=True)
    changes = {k: v for k, v in changes.items() if v is not None}
    if "location" in changes:
        changes["location"] = Location(**changes["location"])
    return _respond(response, await service.update(actor, complaint_id, changes, version))


@router.post(
    "/{complaint_id:uuid}/transitions",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def transition_complaint(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    body: ComplaintTransition,
    service: ComplaintServiceDep,
    request: Request,
    response: Response,
    version: IfMatchDep,
    idempotency_key: IdempotencyKey = None,
) -> ComplaintRead:
    """Apply a lifecycle action (triage, assign, start, request_info, resume, resolve,
    close, reject, withdraw, merge, transfer, reopen). An illegal action is a 409 problem
    listing the allowed ones."""
    idem = _idempotency(idempotency_key, request, body.model_dump(mode="json"))
    t = Transition(**body.model_dump())
    return _respond(response, await service.transition(actor, complaint_id, t, version, idem))


@router.get("/{complaint_id:uuid}/timeline", responses=problem_responses(401, 404, 422))
async def list_timeline_entries(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    service: ComplaintServiceDep,
    page: PageDep,
) -> TimelineEntryPage:
    """The case's append-only timeline, oldest first. A `flagged` possible-duplicates entry
    names only the cases the caller may read (none left: the entry is not listed)."""
    result = await service.timeline(actor, complaint_id, PageRequest(page.limit, page.after(2)))
    return TimelineEntryPage(
        items=[TimelineEntryRead.of(e) for e in result.items],
        next_cursor=result.next_cursor,
    )


@router.post(
    "/{complaint_id:uuid}/timeline",
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def add_timeline_entry(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    body: TimelineEntryCreate,
    service: ComplaintServiceDep,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> TimelineEntryRead:
    """Write a note, a coordination message (LINE group, phone, fax, e-mail), a field visit
    or a response to the complainant (the first one is the case's first response)."""
    idem = _idempotency(idempotency_key, request, body.model_dump(mode="json"))
    entry = NewEntry(**(body.model_dump() | {"kind": EventKind(body.kind)}))
    response.headers["Cache-Control"] = NO_STORE
    added = await service.add_entry(actor, complaint_id, entry, idem)
    if added.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    # Entries have no address of their own: they are read in the case's timeline.
    response.headers["Location"] = f"/api/v1/complaints/{complaint_id}/timeline"
    return TimelineEntryRead.of(added.entry)


@router.post(
    "/{complaint_id:uuid}/timeline/{entry_id:uuid}/redactions",
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_timeline_redaction(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    entry_id: uuid.UUID,
    body: TimelineRedactionCreate,
    service: ComplaintServiceDep,
    response: Response,
) -> TimelineEntryRead:
    """Hide a timeline entry's content, such as personal data written into a note by mistake
    (OMB officers and administrators only). A `redacted` entry (who, when, why) is appended and
    returned; from then on every view reads the entry without its words (the timeline, the
    public tracking page), with its `redaction`. The stored entry is never changed. An entry
    is redacted once (409); a redaction cannot be redacted (409)."""
    response.headers["Cache-Control"] = NO_STORE
    event = await service.redact_entry(actor, complaint_id, entry_id, body.reason)
    # Entries have no address of their own: they are read in the case's timeline.
    response.headers["Location"] = f"/api/v1/complaints/{complaint_id}/timeline"
    return TimelineEntryRead.of(event)


@router.post(
    "/{complaint_id:uuid}/co-handlers",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def invite_co_handler(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    body: CoHandlerCreate,
    service: ComplaintServiceDep,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> ComplaintRead:
    """Invite another agency to co-handle: it sees the case and writes to its timeline."""
    idem = _idempotency(idempotency_key, request, body.model_dump(mode="json"))
    view = await service.invite_co_handler(actor, complaint_id, body.agency_id, body.reason, idem)
    return _respond(response, view)


class AttachmentRead(OutputModel):
    """A file attached to a case (photos have their metadata removed)."""

    id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str
    visibility: Visibility
    uploaded_by_kind: str
    created_at: UtcDateTime
    url: str


class AttachmentList(OutputModel):
    items: list[AttachmentRead]
    next_cursor: str | None


def attachment_read(a: Attachment) -> AttachmentRead:
    return AttachmentRead(
        id=a.id,
        filename=a.filename,
        content_type=a.content_type,
        size=a.size,
        sha256=a.sha256,
        visibility=a.visibility,
        uploaded_by_kind=a.uploaded_by_kind,
        created_at=a.created_at,
        url=f"/api/v1/complaints/{a.complaint_id}/attachments/{a.id}",
    )


class AttachmentUpload(InputModel):
    """multipart/form-data: the file and whether the public may see it."""

    file: UploadFile
    visibility: Visibility = Visibility.internal


@router.post(
    "/{complaint_id:uuid}/attachments",
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 413, 415, 422),
)
async def upload_attachment(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    form: Annotated[AttachmentUpload, Form()],
    service: AttachmentServiceDep,
    response: Response,
) -> AttachmentRead:
    """Attach a photo (JPEG, PNG, WebP — EXIF and GPS removed) or a PDF to a case.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`."""
    data = await form.file.read()
    upload = Upload(form.file.filename, data, form.visibility)
    read = attachment_read(await service.upload(actor, complaint_id, upload))
    response.headers["Location"] = read.url
    return read


@router.get("/{complaint_id:uuid}/attachments", responses=problem_responses(401, 404, 422))
async def list_attachments(
    actor: PrincipalDep, complaint_id: uuid.UUID, service: AttachmentServiceDep
) -> AttachmentList:
    """The files of a case."""
    items = await service.list(actor, complaint_id)
    return AttachmentList(items=[attachment_read(a) for a in items], next_cursor=None)


@router.get(
    "/{complaint_id:uuid}/attachments/{attachment_id:uuid}",
    response_class=Response,
    responses={
        200: {
            "content": {t: {"schema": BINARY} for t in sorted(ALLOWED_TYPES)},
            "description": "The file, with the type it was stored as",
        },
        **problem_responses(401, 404, 422),
    },
)
async def download_attachment(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    attachment_id: uuid.UUID,
    service: AttachmentServiceDep,
) -> Response:
    """Download a file of a case (authorised like the case; never cached)."""
    a, data = await service.download(actor, complaint_id, attachment_id)
    return Response(
        data,
        media_type=a.content_type,
        headers={
            "Content-Disposition": content_disposition("attachment", a.filename),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
