"""The work queue over cases: filtered lists, the partners' change feed, exports, duplicates.

Mounted before the case routes so `/complaints/changes` and `/complaints/export` are not
taken for a case id.
"""

from __future__ import annotations

import enum
import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response
from fastapi.responses import StreamingResponse

from api.complaints.export import EXPORT_CONTENT, export_csv, export_geojson
from api.complaints.routes import NO_STORE, complaint_read
from api.complaints.schemas import (
    ComplaintChangePage,
    ComplaintChangeRead,
    ComplaintPage,
    SimilarComplaintList,
    SimilarComplaintRead,
)
from api.deps import PrincipalDep, QueueServiceDep
from api.errors import problem_responses
from api.filters import QueueParamsDep
from api.paging import PageDep
from domain.complaint.queue_ports import QueueSort
from domain.shared.paging import MAX_LIMIT, PageRequest, decode_cursor, encode_cursor, key_seq

router = APIRouter(prefix="/complaints", tags=["complaints"])


class ExportFormat(enum.StrEnum):
    csv = "csv"
    geojson = "geojson"


@router.get("", responses=problem_responses(401, 403, 422))
async def list_complaints(
    actor: PrincipalDep,
    service: QueueServiceDep,
    params: QueueParamsDep,
    page: PageDep,
    response: Response,
    sort: QueueSort = QueueSort.created,
) -> ComplaintPage:
    """The cases you may see, filtered and sorted (created or updated: newest first; due:
    resolution due soonest first), with personal data exactly as the single read shows it."""
    result = await service.list_cases(
        actor, params.filters, sort, PageRequest(page.limit, page.after(2))
    )
    response.headers["Cache-Control"] = NO_STORE
    return ComplaintPage(
        items=[complaint_read(v) for v in result.items], next_cursor=result.next_cursor
    )


@router.get("/changes", responses=problem_responses(401, 403, 422))
async def list_complaint_changes(
    actor: PrincipalDep,
    service: QueueServiceDep,
    response: Response,
    after: Annotated[
        str | None, Query(max_length=200, description="next_cursor of the previous poll")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
) -> ComplaintChangePage:
    """Cases changed since the cursor, in the order the changes were committed: a partner
    that polls with each `next_cursor` sees every change once."""
    seq = key_seq(decode_cursor(after, arity=1)[0]) if after else 0
    items, last = await service.changes(actor, seq, limit)
    response.headers["Cache-Control"] = NO_STORE
    return ComplaintChangePage(
        items=[ComplaintChangeRead(seq=s, complaint=complaint_read(v)) for s, v in items],
        next_cursor=encode_cursor((last,)),
    )


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": EXPORT_CONTENT,
            "description": "The cases, streamed (personal data masked)",
        },
        **problem_responses(401, 403, 422),
    },
)
async def export_complaints(
    actor: PrincipalDep,
    service: QueueServiceDep,
    params: QueueParamsDep,
    format: ExportFormat = ExportFormat.csv,
) -> StreamingResponse:
    """The queue's cases as CSV (UTF-8 with BOM) or GeoJSON (cases with a location);
    personal data is masked for everyone."""
    service.check_list(actor)  # refuse before the stream starts: a 403, not a broken body
    if format is ExportFormat.csv:
        body, media, name = export_csv(service, actor, params.filters), "text/csv", "csv"
    else:
        body, media = export_geojson(service, actor, params.filters), "application/geo+json"
        name = "geojson"
    return StreamingResponse(
        body,
        media_type=f"{media}; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="complaints.{name}"',
            "Cache-Control": NO_STORE,
        },
    )


@router.get("/{complaint_id:uuid}/similar", responses=problem_responses(401, 403, 404, 422))
async def list_similar_complaints(
    actor: PrincipalDep,
    complaint_id: uuid.UUID,
    service: QueueServiceDep,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> SimilarComplaintList:
    """Possible duplicates: same category, same district or within 500 m, within 30 days,
    ranked by text similarity, distance and time; merge them with the `merge` action."""
    found = await service.similar(actor, complaint_id, limit)
    response.headers["Cache-Control"] = NO_STORE
    return SimilarComplaintList(
        items=[
            SimilarComplaintRead(
                score=s.score,
                # A withheld place (a confidential case) is not given away by its distance.
                distance_m=round(s.distance_m, 1)
                if s.distance_m is not None and not v.disclosed.place_withheld
                else None,
                reasons=list(s.reasons),
                complaint=complaint_read(v),
            )
            for s, v in found
        ]
    )
