"""Privacy administration: publish notices (admins), the personal-data access log (OMB)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from api.deps import AccessLogServiceDep, PrincipalDep, PrivacyNoticeServiceDep
from api.errors import problem_responses
from api.paging import PageDep
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
