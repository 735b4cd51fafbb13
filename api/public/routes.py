"""Public endpoints (no account): file a complaint, follow it, add a photo, read the notice."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Path, Request, Response, UploadFile

from api.context import current_request_id
from api.deps import AttachmentServiceDep, PrivacyNoticeServiceDep, PublicComplaintServiceDep
from api.errors import problem_responses
from api.http import content_disposition
from api.public.schemas import (
    PrivacyNoticeRead,
    PublicAgencyRead,
    PublicAttachmentRead,
    PublicComplaintCreate,
    PublicComplaintRead,
    PublicComplaintReceipt,
    PublicEventRead,
    PublicMergedIntoRead,
    RetentionPeriods,
)
from api.schemas import InputModel, StatusLabel
from domain.attachment.service import Upload
from domain.complaint.model import Location
from domain.complaint.public import PublicAgency, PublicCase, PublicSubmission, PublicSurvivor
from domain.intake.model import SuggestionShown
from domain.privacy.masking import ContactDetails

router = APIRouter(prefix="/public", tags=["public"])
BINARY = {"type": "string", "format": "binary"}


class PhotoUpload(InputModel):
    """multipart/form-data: one photo (JPEG, PNG or WebP)."""

    file: UploadFile


TrackingCode = Annotated[str, Path(min_length=8, max_length=20)]


def _address(request: Request) -> str | None:
    return request.client.host if request.client else None


def _agency_read(agency: PublicAgency | None) -> PublicAgencyRead | None:
    return PublicAgencyRead.model_validate(agency) if agency is not None else None


def _merged_into(survivor: PublicSurvivor | None) -> PublicMergedIntoRead | None:
    if survivor is None:
        return None
    return PublicMergedIntoRead(
        case_number=survivor.case_number,
        status=survivor.status,
        status_label=StatusLabel.of(survivor.status),
        agency=_agency_read(survivor.agency),
        updated_at=survivor.updated_at,
        resolved_at=survivor.resolved_at,
        closed_at=survivor.closed_at,
    )


def public_read(case: PublicCase) -> PublicComplaintRead:
    base = f"/api/v1/public/complaints/{case.tracking_code}/attachments"
    return PublicComplaintRead(
        tracking_code=case.tracking_code,
        case_number=case.case_number,
        status=case.status,
        status_label=StatusLabel.of(case.status),
        agency=_agency_read(case.agency),
        created_at=case.created_at,
        updated_at=case.updated_at,
        resolved_at=case.resolved_at,
        closed_at=case.closed_at,
        timeline=[PublicEventRead.model_validate(e) for e in case.timeline],
        attachments=[
            PublicAttachmentRead(
                id=a.id,
                filename=a.filename,
                content_type=a.content_type,
                size=a.size,
                url=f"{base}/{a.id}",
            )
            for a in case.attachments
        ],
        merged_into=_merged_into(case.merged_into),
        rated=case.rated,
        can_rate=case.can_rate,
        reopen_until=case.reopen_until,
    )


@router.post("/complaints", status_code=201, responses=problem_responses(413, 422, 429))
async def submit_public_complaint(
    body: PublicComplaintCreate,
    request: Request,
    response: Response,
    service: PublicComplaintServiceDep,
) -> PublicComplaintReceipt:
    """File a complaint without an account (channel `web`); answers the tracking code and,
    once only, the complainant's secret to rate and reopen it later."""
    contact = body.contact
    location = Location(**body.location.model_dump()) if body.location else Location()
    case = await service.submit(
        _address(request),
        PublicSubmission(
            title=body.title,
            description=body.description,
            notice_version=body.consent.notice_version if body.consent else None,
            category_id=body.category_id,
            district_code=body.district_code,
            location=location,
            contact=ContactDetails(
                contact.name, contact.phone, contact.email, contact.line_user_id
            ),
            confidential=body.confidential,
            no_contact=body.no_contact,
            language=body.language,
            subdistrict_code=body.subdistrict_code,
            suggestion=SuggestionShown(**body.suggestion.model_dump()) if body.suggestion else None,
        ),
        current_request_id(),
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["Location"] = f"/api/v1/public/complaints/{case.tracking_code}"
    assert case.complainant_secret is not None
    return PublicComplaintReceipt(
        **public_read(case).model_dump(), complainant_secret=case.complainant_secret
    )


@router.get("/complaints/{tracking_code}", responses=problem_responses(404, 422, 429))
async def track_public_complaint(
    tracking_code: TrackingCode,
    request: Request,
    response: Response,
    service: PublicComplaintServiceDep,
) -> PublicComplaintRead:
    """Status (Thai and English), handling agency, dates and public events of a case."""
    response.headers["Cache-Control"] = "no-store"
    return public_read(await service.track(_address(request), tracking_code))


@router.post(
    "/complaints/{tracking_code}/attachments",
    status_code=201,
    responses=problem_responses(404, 409, 413, 415, 422, 429),
)
async def upload_public_attachment(
    tracking_code: TrackingCode,
    form: Annotated[PhotoUpload, Form()],
    request: Request,
    service: PublicComplaintServiceDep,
    attachments: AttachmentServiceDep,
    response: Response,
) -> PublicAttachmentRead:
    """Add a photo to one's own complaint; its EXIF and GPS metadata are removed.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`; a case already holding the most files allowed, a 409
    `attachment.limit_reached`."""
    complaint = await service.find(_address(request), tracking_code, for_upload=True)
    data = await form.file.read()
    a = await attachments.upload_public(complaint, Upload(form.file.filename, data))
    url = f"/api/v1/public/complaints/{complaint.tracking_code}/attachments/{a.id}"
    response.headers["Location"] = url
    return PublicAttachmentRead(
        id=a.id, filename=a.filename, content_type=a.content_type, size=a.size, url=url
    )


@router.get(
    "/complaints/{tracking_code}/attachments/{attachment_id:uuid}",
    response_class=Response,
    responses={
        200: {
            "content": {t: {"schema": BINARY} for t in ("image/jpeg", "image/png", "image/webp")},
            "description": "The photo",
        },
        **problem_responses(404, 422, 429),
    },
)
async def download_public_attachment(
    tracking_code: TrackingCode,
    attachment_id: uuid.UUID,
    request: Request,
    service: PublicComplaintServiceDep,
    attachments: AttachmentServiceDep,
) -> Response:
    """A public photo of a case."""
    complaint = await service.find(_address(request), tracking_code)
    a, data = await attachments.download_public(complaint.id, attachment_id)
    return Response(
        data,
        media_type=a.content_type,
        headers={
            "Content-Disposition": content_disposition("inline", a.filename),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.get("/privacy-notice", responses=problem_responses(404))
async def get_privacy_notice(service: PrivacyNoticeServiceDep) -> PrivacyNoticeRead:
    """The current privacy notice in Thai and English, with the version to consent to."""
    n = await service.current()
    policy = service.retention
    return PrivacyNoticeRead(
        version=n.version,
        text_th=n.text_th,
        text_en=n.text_en,
        published_at=n.published_at,
        retention=RetentionPeriods(
            case_personal_data_years=policy.case_personal_data_years,
            attachment_years=policy.attachment_years,
            access_log_years=policy.access_log_years,
        )
        if policy
        else None,
    )
