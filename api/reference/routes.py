"""Public read-only routes for districts and MOU areas."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from fastapi.responses import JSONResponse

from api.deps import DistrictOutlinesDep, ReadOnly, ReferenceServiceDep
from api.errors import problem_responses
from api.http import cached, cached_responses
from api.paging import PageDep
from api.preconditions import tag
from api.reference.schemas import (
    DistrictOutlineCollection,
    DistrictPage,
    DistrictRead,
    MouAreaPage,
    MouAreaRead,
)
from domain.shared.paging import PageRequest

districts = APIRouter(prefix="/districts", tags=["districts"])
mou_areas = APIRouter(prefix="/mou-areas", tags=["mou-areas"])


@districts.get("", responses=problem_responses(422), dependencies=[ReadOnly])
async def list_districts(
    service: ReferenceServiceDep,
    page: PageDep,
    q: Annotated[str | None, Query(max_length=100, description="Thai/English name or code")] = None,
) -> DistrictPage:
    """The 50 districts of Bangkok in code order."""
    result = await service.list_districts(PageRequest(page.limit, page.after(1)), q=q)
    return DistrictPage(
        items=[DistrictRead.model_validate(d) for d in result.items],
        next_cursor=result.next_cursor,
    )


class GeoJsonResponse(JSONResponse):
    media_type = "application/geo+json"


BOUNDARIES_MAX_AGE = 86400


@districts.get(
    "/boundaries",
    response_model=DistrictOutlineCollection,
    response_class=GeoJsonResponse,
    responses=cached_responses(BOUNDARIES_MAX_AGE),
)
async def get_district_boundaries(outlines: DistrictOutlinesDep) -> Response:
    """The 50 district polygons as GeoJSON, simplified for maps (no tile server needed); a
    matching If-None-Match is a 304."""
    return cached(outlines, "application/geo+json", BOUNDARIES_MAX_AGE)


@districts.get("/{code}", responses=problem_responses(404, 422), dependencies=[ReadOnly])
async def get_district(
    service: ReferenceServiceDep, code: Annotated[str, Path(max_length=10)]
) -> DistrictRead:
    """One district by its 4-digit code (e.g. 1026 Din Daeng)."""
    return DistrictRead.model_validate(await service.get_district(code))


@mou_areas.get("", responses=problem_responses(422), dependencies=[ReadOnly])
async def list_mou_areas(service: ReferenceServiceDep) -> MouAreaPage:
    """The five areas of the OMB-BMA MOU."""
    areas = await service.list_mou_areas()
    return MouAreaPage(items=[MouAreaRead.model_validate(a) for a in areas], next_cursor=None)


@mou_areas.get("/{area_id}", responses=problem_responses(404, 422), dependencies=[ReadOnly])
async def get_mou_area(
    service: ReferenceServiceDep,
    area_id: Annotated[int, Path(ge=1, le=1000)],
    response: Response,
) -> MouAreaRead:
    """One MOU area by id (1-5); the ETag is its version, for If-Match on PATCH."""
    area = await service.get_mou_area(area_id)
    tag(response, area.version)
    return MouAreaRead.model_validate(area)
