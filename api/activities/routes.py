"""Activities of MOU areas 2-5, MOU area targets, coverage and summaries, and the public
calendar feed."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from api.activities.calendar import render_calendar
from api.activities.schemas import (
    ActivityCreate,
    ActivityOutcomeRead,
    ActivityOutcomeUpdate,
    ActivityPage,
    ActivityRead,
    ActivityRefRead,
    ActivityTransition,
    ActivityUpdate,
    DistrictCoverageRead,
    MouAreaCoverageRead,
    MouAreaSummaryRead,
    MouAreaUpdate,
    NamedParticipantRead,
    PeriodTotalsRead,
    TargetProgressRead,
)
from api.complaints.schemas import ConsentRead
from api.deps import ActivityServiceDep, PrincipalDep, ReadOnly
from api.errors import problem_responses
from api.paging import PageDep
from api.preconditions import IfMatchDep, tag
from api.reference.schemas import MouAreaRead
from api.schemas import UtcDateTime
from domain.activity import service as activities
from domain.activity.model import (
    ActivityStatus,
    ActivityType,
    NamedParticipant,
    Outcome,
)
from domain.activity.ports import ActivityFilter
from domain.activity.progress import ActivityRef, SummaryPeriod
from domain.complaint.model import Consent
from domain.privacy.disclosure import PiiAccess
from domain.reference.model import MouTarget
from domain.shared.paging import PageRequest

router = APIRouter(prefix="/activities", tags=["activities"])
mou_areas = APIRouter(prefix="/mou-areas", tags=["mou-areas"])
public = APIRouter(prefix="/public", tags=["activities"])

DistrictQuery = Annotated[str | None, Query(pattern=r"^\d{4}$", description="e.g. 1026")]
AreaQuery = Annotated[int | None, Query(ge=1, le=5)]
AreaPath = Annotated[int, Path(ge=1, le=1000)]


def activity_read(view: activities.ActivityView) -> ActivityRead:
    a = view.activity
    o = a.outcome or Outcome()
    return ActivityRead(
        id=a.id,
        type=a.type,
        mou_area_id=a.mou_area_id,
        title=a.title,
        description=a.description,
        district_codes=list(a.district_codes),
        venue=a.venue,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        status=a.status,
        status_reason=a.status_reason,
        postponed_from=a.postponed_from,
        organiser_agency_ids=sorted(a.organiser_agency_ids),
        target_groups=sorted(a.target_groups),
        outcome=ActivityOutcomeRead(
            recorded_at=o.recorded_at,
            legal_consultations=o.legal_consultations,
            participants_by_role=dict(o.participants_by_role),
            participants_by_district=dict(o.participants_by_district),
            participants_total=o.participants_total,
            notes=o.notes,
            named_participants=[
                NamedParticipantRead(
                    name=p.name,
                    role=p.role,
                    district_code=p.district_code,
                    consent=ConsentRead(version=p.consent.version, given_at=p.consent.given_at),
                )
                for p in o.named_participants
            ],
            personal_data=PiiAccess.full if view.names_visible else PiiAccess.masked,
            complaints_received=len(view.complaint_ids),
            complaint_ids=list(view.complaint_ids),
        ),
        allowed_actions=sorted(view.allowed_actions),
        can_edit=view.can_edit,
        created_by=a.created_by,
        created_at=a.created_at,
        updated_at=a.updated_at,
        version=a.version,
    )


def _respond(response: Response, view: activities.ActivityView) -> ActivityRead:
    tag(response, view.activity.version)
    # Outcomes may carry participants' names: never cache them.
    response.headers["Cache-Control"] = "no-store"
    return activity_read(view)


@router.get("", responses=problem_responses(401, 403, 422))
async def list_activities(
    actor: PrincipalDep,
    service: ActivityServiceDep,
    page: PageDep,
    mou_area_id: AreaQuery = None,
    district_code: DistrictQuery = None,
    type: ActivityType | None = None,
    status: ActivityStatus | None = None,
    starts_from: Annotated[UtcDateTime | None, Query(description="Start at or after")] = None,
    starts_before: Annotated[UtcDateTime | None, Query(description="Start before")] = None,
) -> ActivityPage:
    """Activities in start order, filtered by MOU area, district, type, status and dates."""
    filters = ActivityFilter(
        mou_area_id=mou_area_id,
        district_code=district_code,
        type=type,
        statuses=frozenset({status}) if status else None,
        starts_from=starts_from,
        starts_before=starts_before,
    )
    result = await service.list_activities(actor, PageRequest(page.limit, page.after(2)), filters)
    return ActivityPage(
        items=[activity_read(v) for v in result.items], next_cursor=result.next_cursor
    )


@router.post(
    "",
    status_code=201,
    responses=problem_responses(401, 403, 422),
)
async def create_activity(
    actor: PrincipalDep, body: ActivityCreate, service: ActivityServiceDep, response: Response
) -> ActivityRead:
    """Plan an activity. OMB officers and admins plan anywhere; a district office's
    coordinator in their own district only (403 elsewhere)."""
    view = await service.create(actor, activities.NewActivity(**body.model_dump()))
    response.headers["Location"] = f"/api/v1/activities/{view.activity.id}"
    return _respond(response, view)


@router.get("/{activity_id:uuid}", responses=problem_responses(401, 404, 422))
async def get_activity(
    actor: PrincipalDep, activity_id: uuid.UUID, service: ActivityServiceDep, response: Response
) -> ActivityRead:
    """One activity with its outcome and the complaints received there."""
    return _respond(response, await service.get(actor, activity_id))


@router.patch(
    "/{activity_id:uuid}",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_activity(
    actor: PrincipalDep,
    activity_id: uuid.UUID,
    body: ActivityUpdate,
    service: ActivityServiceDep,
    response: Response,
    version: IfMatchDep,
) -> ActivityRead:
    """Edit a planned or postponed activity (409 once held or cancelled)."""
    changes: dict[str, Any] = body.model_dump(exclude_unset=True)
    changes = {k: v for k, v in changes.items() if v is not None or k in ("description", "venue")}
    view = await service.update(actor, activity_id, changes, version)
    return _respond(response, view)


@router.post(
    "/{activity_id:uuid}/transitions",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def transition_activity(
    actor: PrincipalDep,
    activity_id: uuid.UUID,
    body: ActivityTransition,
    service: ActivityServiceDep,
    response: Response,
    version: IfMatchDep,
) -> ActivityRead:
    """planned → held / cancelled / postponed; a postponed activity can be held, cancelled
    or postponed again. An illegal action is a 409 listing the allowed ones."""
    t = activities.ActivityTransition(**body.model_dump())
    return _respond(response, await service.transition(actor, activity_id, t, version))


@router.put(
    "/{activity_id:uuid}/outcome",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_activity_outcome(
    actor: PrincipalDep,
    activity_id: uuid.UUID,
    body: ActivityOutcomeUpdate,
    service: ActivityServiceDep,
    response: Response,
    version: IfMatchDep,
) -> ActivityRead:
    """Record what happened at a held activity: legal consultations (mobile units),
    participants by role, by home district (youth trainings), named participants with consent."""
    outcome = Outcome(
        legal_consultations=body.legal_consultations,
        participants_by_role=dict(body.participants_by_role),
        participants_by_district=dict(body.participants_by_district),
        notes=body.notes,
        named_participants=tuple(
            NamedParticipant(
                name=p.name,
                role=p.role,
                consent=Consent(p.consent.version, p.consent.given_at),
                district_code=p.district_code,
            )
            for p in body.named_participants
        ),
    )
    view = await service.record_outcome(actor, activity_id, outcome, version)
    return _respond(response, view)


# --- MOU areas: targets, coverage, summary -------------------------------------------------


@mou_areas.patch("/{area_id}", responses=problem_responses(401, 403, 404, 409, 422))
async def update_mou_area(
    actor: PrincipalDep,
    area_id: AreaPath,
    body: MouAreaUpdate,
    service: ActivityServiceDep,
    if_match: IfMatchDep,
    response: Response,
) -> MouAreaRead:
    """Set an MOU area's targets (admins; If-Match with the area's ETag; audit-logged)."""
    targets = [MouTarget(t.kind, t.value) for t in body.targets]
    area = await service.update_mou_area(actor, area_id, targets, if_match)
    tag(response, area.version)
    return MouAreaRead.model_validate(area)


def _ref(r: ActivityRef) -> ActivityRefRead:
    return ActivityRefRead.model_validate(r)


@mou_areas.get(
    "/{area_id}/coverage",
    responses=problem_responses(401, 403, 404, 422),
    dependencies=[ReadOnly],
)
async def get_mou_area_coverage(
    actor: PrincipalDep, area_id: AreaPath, service: ActivityServiceDep
) -> MouAreaCoverageRead:
    """For each of the 50 districts, the area's held and planned activities; progress
    against the area's targets."""
    c = await service.coverage(actor, area_id)
    return MouAreaCoverageRead(
        mou_area_id=c.area.id,
        districts_total=c.districts_total,
        districts_held=c.districts_held,
        districts_planned=c.districts_planned,
        targets=[
            TargetProgressRead(
                kind=t.kind, target=t.target, actual=t.actual, ratio=t.ratio, met=t.met
            )
            for t in c.targets
        ],
        districts=[
            DistrictCoverageRead(
                district_code=d.district.code,
                name_th=d.district.name_th,
                name_en=d.district.name_en,
                held=[_ref(r) for r in d.held],
                planned=[_ref(r) for r in d.planned],
                participants_from=d.participants_from,
            )
            for d in c.districts
        ],
    )


@mou_areas.get(
    "/{area_id}/summary",
    responses=problem_responses(401, 403, 404, 422),
    dependencies=[ReadOnly],
)
async def get_mou_area_summary(
    actor: PrincipalDep,
    area_id: AreaPath,
    service: ActivityServiceDep,
    period: SummaryPeriod = SummaryPeriod.month,
) -> MouAreaSummaryRead:
    """Totals per month or year (Asia/Bangkok, by each activity's start): activities held and
    planned, participants, legal consultations, complaints received."""
    s = await service.summary(actor, area_id, period)
    return MouAreaSummaryRead(
        mou_area_id=s.area.id,
        period=s.period,
        items=[PeriodTotalsRead.model_validate(i, from_attributes=True) for i in s.items],
        total=PeriodTotalsRead.model_validate(s.total, from_attributes=True),
    )


# --- public calendar -----------------------------------------------------------------------


@public.get(
    "/activities.ics",
    response_class=Response,
    responses={
        200: {
            "content": {"text/calendar": {"schema": {"type": "string"}}},
            "description": "An iCalendar (RFC 5545) feed",
        },
        **problem_responses(422),
    },
)
async def export_activity_calendar(
    service: ActivityServiceDep, mou_area_id: AreaQuery = None, district_code: DistrictQuery = None
) -> Response:
    """Planned, postponed and held activities as an iCalendar feed to subscribe to without
    a token: public fields only (no participants), times in Asia/Bangkok."""
    entries = await service.calendar(mou_area_id, district_code)
    body = render_calendar(entries, "Fast Track OMB-BMA: กิจกรรมตาม MOU")
    return Response(
        content=body,
        media_type="text/calendar; charset=utf-8",
        headers={
            "Cache-Control": "public, max-age=300",
            "Content-Disposition": 'inline; filename="fasttrack-activities.ics"',
        },
    )
