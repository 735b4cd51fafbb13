"""Privacy administration: publish notices (admins), the personal-data access log (OMB),
data-subject requests and legal holds (OMB officers and admins)."""

from __future__ import annotations

import enum
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from api.deps import (
    AccessLogServiceDep,
    ContainerDep,
    DataSubjectServiceDep,
    PrincipalDep,
    PrivacyNoticeServiceDep,
)
from api.errors import problem_responses
from api.paging import PageDep
from api.privacy.export_html import render as render_export_html
from api.privacy.schemas import (
    CaseChangeRead,
    DataSubjectErasure,
    DataSubjectErasureRead,
    DataSubjectExport,
    DataSubjectQuery,
    DataSubjectRead,
    DataSubjectRectification,
    DataSubjectRectificationRead,
    DataSubjectRestriction,
    LegalHoldCreate,
    LegalHoldList,
    LegalHoldRead,
)
from api.public.schemas import PrivacyNoticeCreate, PrivacyNoticeRead
from api.schemas import OutputModel, UtcDateTime
from domain.privacy.model import AccessFilter
from domain.shared.paging import PageRequest

notices = APIRouter(prefix="/privacy-notices", tags=["privacy-notices"])
access_log = APIRouter(prefix="/audit-log/personal-data", tags=["audit-log"])


class PersonalDataAccessRead(OutputModel):
    """One response that showed personal data unmasked: a complainant's (`complaint_id` set)
    or the names of an activity's named participants (`activity_id` set); never both."""

    id: uuid.UUID
    at: UtcDateTime
    actor_kind: str
    actor_id: uuid.UUID | None
    complaint_id: uuid.UUID | None
    activity_id: uuid.UUID | None
    fields: list[str]
    purpose: str
    request_id: str | None


class PersonalDataAccessPage(OutputModel):
    items: list[PersonalDataAccessRead]
    next_cursor: str | None


@notices.post("", status_code=201, responses=problem_responses(401, 403, 409, 422))
async def publish_privacy_notice(
    actor: PrincipalDep,
    body: PrivacyNoticeCreate,
    service: PrivacyNoticeServiceDep,
    response: Response,
) -> PrivacyNoticeRead:
    """Publish a new version of the privacy notice (admins; audit-logged; immutable)."""
    n = await service.publish(actor, body.version, body.text_th, body.text_en)
    # The current notice's address: a newer version will take it over.
    response.headers["Location"] = "/api/v1/public/privacy-notice"
    return PrivacyNoticeRead(
        version=n.version, text_th=n.text_th, text_en=n.text_en, published_at=n.published_at
    )


@access_log.get("", responses=problem_responses(401, 403, 422))
async def list_personal_data_access(
    actor: PrincipalDep,
    service: AccessLogServiceDep,
    page: PageDep,
    complaint_id: uuid.UUID | None = None,
    activity_id: Annotated[
        uuid.UUID | None, Query(description="entries about this activity's participants")
    ] = None,
    actor_id: Annotated[uuid.UUID | None, Query(description="who saw the data")] = None,
    since: UtcDateTime | None = None,
    until: UtcDateTime | None = None,
) -> PersonalDataAccessPage:
    """Who saw which complainant's personal data, or which activity's participant names, when
    (OMB officers), newest first."""
    result = await service.list(
        actor,
        PageRequest(page.limit, page.after(2)),
        AccessFilter(
            complaint_id=complaint_id,
            activity_id=activity_id,
            actor_id=actor_id,
            since=since,
            until=until,
        ),
    )
    items: list[Any] = [
        PersonalDataAccessRead(
            id=e.id,
            at=e.at,
            actor_kind=e.actor_kind,
            actor_id=e.actor_id,
            complaint_id=e.complaint_id,
            activity_id=e.activity_id,
            fields=list(e.fields),
            purpose=e.purpose,
            request_id=e.request_id,
        )
        for e in result.items
    ]
    return PersonalDataAccessPage(items=items, next_cursor=result.next_cursor)


# --- data-subject requests (PDPA) and legal holds ------------------------------------------

data_subjects = APIRouter(prefix="/privacy/data-subjects", tags=["data-subjects"])
legal_holds = APIRouter(prefix="/privacy/legal-holds", tags=["data-subjects"])

EXPORT_FORMAT = "fasttrack.data-subject-export/1"
_EXPORT_CONTENT: dict[str, Any] = {
    "application/json": {"schema": {"$ref": "#/components/schemas/DataSubjectExport"}},
    "text/html": {
        "schema": {
            "type": "string",
            "description": "A readable summary in Thai (Buddhist-era dates), printable to PDF",
        }
    },
}


class DataSubjectExportFormat(enum.StrEnum):
    json = "json"
    html = "html"


@data_subjects.post("/search", responses=problem_responses(401, 403, 422))
async def search_data_subject(
    actor: PrincipalDep, body: DataSubjectQuery, service: DataSubjectServiceDep
) -> DataSubjectRead:
    """Everything held about a person, found by phone, e-mail, national id, LINE user id or
    name, across cases, timelines, attachments and activity participants (OMB officers and
    administrators; audited, each case's personal data logged as accessed). The identifiers
    travel in the body, never in a URL."""
    record = await service.find(actor, body.keys(loc=()))
    result: DataSubjectRead = DataSubjectRead.of(record)
    return result


@data_subjects.post(
    "/export",
    response_model=DataSubjectExport,
    responses={
        200: {"content": _EXPORT_CONTENT, "description": "The subject's data, as a file"},
        **problem_responses(401, 403, 422),
    },
)
async def export_data_subject(
    actor: PrincipalDep,
    body: DataSubjectQuery,
    service: DataSubjectServiceDep,
    container: ContainerDep,
    format: DataSubjectExportFormat = DataSubjectExportFormat.json,
) -> Response:
    """The file handed to the data subject (right of access and portability): JSON, or a
    readable Thai summary with `format=html`. It holds their data only: staff-only entries
    are left out, other people's phone numbers, e-mails and ids replaced, staff not named."""
    record = await service.export(actor, body.keys(loc=()))
    now = container.clock.now()
    stamp = now.strftime("%Y%m%d")
    headers = {"Cache-Control": "no-store"}
    if format is DataSubjectExportFormat.html:
        headers["Content-Disposition"] = f'attachment; filename="data-subject-{stamp}.html"'
        return Response(
            render_export_html(record, now), media_type="text/html; charset=utf-8", headers=headers
        )
    payload = DataSubjectExport.of(record, generated_at=now, format=EXPORT_FORMAT)
    headers["Content-Disposition"] = f'attachment; filename="data-subject-{stamp}.json"'
    return Response(
        payload.model_dump_json(indent=2), media_type="application/json", headers=headers
    )


@data_subjects.post("/rectifications", responses=problem_responses(401, 403, 409, 412, 422))
async def rectify_data_subject(
    actor: PrincipalDep, body: DataSubjectRectification, service: DataSubjectServiceDep
) -> DataSubjectRectificationRead:
    """Correct the subject's contact fields on every case they filed (a field left out is
    kept, `null` clears it); each case changed is audited with its before and after
    (masked) and noted on its timeline."""
    changes = {k: getattr(body.changes, k) for k in body.changes.model_fields_set}
    done = await service.rectify(actor, body.subject.keys(), changes, body.reason)
    return DataSubjectRectificationRead(cases=[CaseChangeRead.of(c) for c in done])


@data_subjects.post("/erasures", responses=problem_responses(401, 403, 409, 412, 422))
async def erase_data_subject(
    actor: PrincipalDep, body: DataSubjectErasure, service: DataSubjectServiceDep
) -> DataSubjectErasureRead:
    """Erase (anonymise) the subject: their contact fields are emptied, what they wrote and
    entries naming them are redacted on each timeline (appended redactions; the chain holds),
    their attachments and rating comment deleted, named participations renamed. The cases,
    their history of states and the statistics stay. 409 `data_subject.legal_hold` while
    any of their cases is on legal hold."""
    result = await service.erase(actor, body.subject.keys(), body.reason)
    return DataSubjectErasureRead(
        cases=[CaseChangeRead.of(c) for c in result.cases], participations=result.participations
    )


@data_subjects.post("/restrictions", responses=problem_responses(401, 403, 422))
async def restrict_data_subject(
    actor: PrincipalDep, body: DataSubjectRestriction, service: DataSubjectServiceDep
) -> LegalHoldList:
    """Restrict processing: a legal hold on every case the subject filed (those already on
    hold are left as they are); returns the holds placed."""
    placed = await service.restrict(actor, body.subject.keys(), body.reason)
    return LegalHoldList(items=[LegalHoldRead.of(h) for h in placed])


@legal_holds.get("", responses=problem_responses(401, 403))
async def list_legal_holds(actor: PrincipalDep, service: DataSubjectServiceDep) -> LegalHoldList:
    """Cases on legal hold, oldest hold first (OMB officers and administrators)."""
    return LegalHoldList(items=[LegalHoldRead.of(h) for h in await service.holds(actor)])


@legal_holds.post("", status_code=201, responses=problem_responses(401, 403, 404, 409, 422))
async def create_legal_hold(
    actor: PrincipalDep, body: LegalHoldCreate, service: DataSubjectServiceDep, response: Response
) -> LegalHoldRead:
    """Put one case on legal hold (audited): no erasure and no retention purge touches it."""
    hold = await service.place_hold(actor, body.complaint_id, body.reason)
    response.headers["Location"] = "/api/v1/privacy/legal-holds"
    return LegalHoldRead.of(hold)


@legal_holds.delete(
    "/{complaint_id}", status_code=204, responses=problem_responses(401, 403, 404, 422)
)
async def delete_legal_hold(
    actor: PrincipalDep, complaint_id: uuid.UUID, service: DataSubjectServiceDep
) -> Response:
    """Release a case's legal hold (audited with the hold's reason)."""
    await service.release(actor, complaint_id)
    return Response(status_code=204)
