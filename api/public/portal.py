"""Public endpoints the citizens' portal needs besides filing and tracking: the complainant's
rating and reopen request (tracking code + secret), similar reports nearby, where a place is,
and the cached categories, district statistics and upcoming activities (the district map is
GET /districts/boundaries)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel

from api import http
from api.context import current_request_id
from api.deps import (
    ActivityServiceDep,
    PlaceServiceDep,
    PublicComplaintServiceDep,
    PublicStatsServiceDep,
    ReadOnly,
    ReferenceServiceDep,
)
from api.errors import problem_responses
from api.http import cached_responses
from api.public.routes import TrackingCode, public_read
from api.public.schemas import (
    PublicActivityList,
    PublicActivityRead,
    PublicCategoryList,
    PublicCategoryRead,
    PublicComplaintRead,
    PublicDistrictRead,
    PublicDistrictStatsList,
    PublicDistrictStatsRead,
    PublicRatingCreate,
    PublicRatingRead,
    PublicReopenCreate,
    SimilarNearbyList,
    SimilarNearbyRead,
)
from api.schemas import StatusLabel
from domain.errors import FieldError, InvalidValue
from domain.geo.model import GeoPoint

router = APIRouter(prefix="/public", tags=["public"])

# Public reference data and figures change slowly: browsers and proxies may keep them 5 minutes
# and revalidate with the ETag afterwards.
MAX_AGE = 300
ICS_URL = "/api/v1/public/activities.ics"
CACHED = cached_responses(MAX_AGE)


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


def cached(body: bytes, media_type: str, etag: str | None = None, **extra: str) -> Response:
    """A public, cacheable answer with a strong ETag; the precondition middleware answers 304
    when the client's copy is current (api.preconditions.NotModifiedMiddleware)."""
    return http.cached(body, media_type, MAX_AGE, etag, **extra)


def cached_json(model: BaseModel, *, exclude: set[str] | None = None) -> Response:
    """`exclude`: fields left out of the ETag (a timestamp that changes when nothing else did)."""
    tag = None
    if exclude:
        digest = hashlib.sha256(model.model_dump_json(exclude=exclude).encode()).hexdigest()
        tag = f'"{digest[:32]}"'
    return cached(model.model_dump_json().encode(), "application/json", tag)


# --- the complainant's say -------------------------------------------------------------------


@router.post(
    "/complaints/{tracking_code}/rating",
    status_code=201,
    responses=problem_responses(403, 409, 422, 429),
)
async def submit_complaint_rating(
    tracking_code: TrackingCode,
    body: PublicRatingCreate,
    request: Request,
    response: Response,
    service: PublicComplaintServiceDep,
) -> PublicRatingRead:
    """Rate a resolved case 1-5 with an optional comment, once: needs the tracking code and
    the secret given at filing (a wrong pair is a 403, the same whatever was wrong)."""
    r = await service.rate(
        _client(request),
        tracking_code,
        body.secret,
        body.score,
        body.comment,
        current_request_id(),
    )
    response.headers["Cache-Control"] = "no-store"
    # The rating is read back as part of the case's public view.
    response.headers["Location"] = f"/api/v1/public/complaints/{tracking_code}"
    return PublicRatingRead(score=r.score, comment=r.comment, rated_at=r.rated_at)


@router.post(
    "/complaints/{tracking_code}/reopen",
    responses=problem_responses(403, 409, 422, 429),
)
async def request_complaint_reopening(
    tracking_code: TrackingCode,
    body: PublicReopenCreate,
    request: Request,
    response: Response,
    service: PublicComplaintServiceDep,
) -> PublicComplaintRead:
    """Ask to reopen a resolved case within the reopen window, with the reason: the case goes
    back to the agency (in progress). Needs the tracking code and the secret given at filing."""
    case = await service.reopen(
        _client(request), tracking_code, body.secret, body.reason, current_request_id()
    )
    response.headers["Cache-Control"] = "no-store"
    return public_read(case)


# --- before filing ---------------------------------------------------------------------------


def _point(lat: float | None, lon: float | None) -> GeoPoint | None:
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        missing = "lat" if lat is None else "lon"
        raise InvalidValue(
            "Give both lat and lon.",
            detail_th="โปรดระบุทั้งละติจูดและลองจิจูด",
            errors=[FieldError(("query", missing), "give both lat and lon", "missing")],
        )
    return GeoPoint(lat, lon)


Lat = Annotated[float | None, Query(ge=-90, le=90)]
Lon = Annotated[float | None, Query(ge=-180, le=180)]


@router.get("/similar-complaints", responses=problem_responses(422, 429))
async def list_similar_nearby(
    category_id: uuid.UUID,
    request: Request,
    response: Response,
    service: PublicComplaintServiceDep,
    district_code: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    lat: Lat = None,
    lon: Lon = None,
) -> SimilarNearbyList:
    """Recent reports (30 days) of the category in the district or within 500 m: category,
    district, status and date only, so a citizen can see it is known before filing again."""
    items = await service.similar_nearby(
        _client(request), category_id, district_code, _point(lat, lon)
    )
    response.headers["Cache-Control"] = "no-store"
    return SimilarNearbyList(
        items=[
            SimilarNearbyRead(
                category_id=i.category_id,
                district_code=i.district_code,
                status=i.status,
                status_label=StatusLabel.of(i.status),
                reported_on=i.reported_on,
            )
            for i in items
        ]
    )


@router.get("/locate", responses=problem_responses(422))
async def get_district_for_place(
    service: PlaceServiceDep,
    lat: Lat = None,
    lon: Lon = None,
    address: Annotated[str | None, Query(min_length=2, max_length=500)] = None,
) -> PublicDistrictRead:
    """The district of a map point, or the district an address names; a point outside
    Bangkok is a 422 `geo.outside_bangkok` saying whom to contact instead."""
    point = _point(lat, lon)
    if point is not None:
        d = await service.at(point)
    elif address is not None:
        d = await service.in_address(address)
    else:
        raise InvalidValue(
            "Give lat and lon, or an address.",
            detail_th="โปรดระบุพิกัดหรือที่อยู่",
            errors=[FieldError(("query", "address"), "give lat and lon, or an address", "missing")],
        )
    return PublicDistrictRead(code=d.code, name_th=d.name_th, name_en=d.name_en)


@router.get(
    "/categories",
    response_model=PublicCategoryList,
    dependencies=[ReadOnly],
    responses=CACHED,
)
async def list_public_categories(request: Request, service: ReferenceServiceDep) -> Response:
    """The active complaint categories to choose from, parents before children."""
    items = await service.public_categories()
    return cached_json(
        PublicCategoryList(
            items=[
                PublicCategoryRead(
                    id=c.id,
                    service_code=c.service_code,
                    parent_id=c.parent_id,
                    name_th=c.name_th,
                    name_en=c.name_en,
                )
                for c in items
            ]
        ),
    )


# --- my district -----------------------------------------------------------------------------


@router.get(
    "/district-stats",
    response_model=PublicDistrictStatsList,
    dependencies=[ReadOnly],
    responses=CACHED,
)
async def list_public_district_stats(request: Request, service: PublicStatsServiceDep) -> Response:
    """Per district: open and resolved cases, median days to resolve and the share resolved
    within the SLA; counts too small to publish (below `min_cell`) are null, with the
    figures derived from them."""
    stats = await service.districts()
    return cached_json(
        PublicDistrictStatsList(
            items=[
                PublicDistrictStatsRead(
                    code=d.code,
                    name_th=d.name_th,
                    name_en=d.name_en,
                    open=d.open,
                    resolved=d.resolved,
                    median_days_to_resolve=d.median_days_to_resolve,
                    resolved_within_sla_share=d.resolved_within_sla_share,
                )
                for d in stats.districts
            ],
            min_cell=stats.min_cell,
            as_of=stats.as_of,
        ),
        exclude={"as_of"},
    )


@router.get(
    "/activities",
    response_model=PublicActivityList,
    dependencies=[ReadOnly],
    responses={**CACHED, **problem_responses(422)},
)
async def list_public_activities(
    request: Request,
    service: ActivityServiceDep,
    mou_area_id: Annotated[int | None, Query(ge=2, le=5)] = None,
    district_code: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    """Upcoming outreach activities of MOU areas 2-5 (mobile units with free legal advice,
    trainings, zebra-crossing campaigns), soonest first, with the link of the .ics feed."""
    entries = await service.upcoming(mou_area_id, district_code, limit)
    return cached_json(
        PublicActivityList(
            items=[
                PublicActivityRead(
                    id=e.id,
                    type=e.type,
                    mou_area_id=e.mou_area_id,
                    title=e.title,
                    description=e.description,
                    venue=e.venue,
                    districts=[
                        PublicDistrictRead(code=d.code, name_th=d.name_th, name_en=d.name_en)
                        for d in e.districts
                    ],
                    starts_at=e.starts_at,
                    ends_at=e.ends_at,
                    status=e.status,
                )
                for e in entries
                if 2 <= e.mou_area_id <= 5
            ],
            ics_url=ICS_URL,
        ),
    )
