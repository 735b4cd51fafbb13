"""Open311 GeoReport v2: services, requests and one request, in the specification's JSON.

Errors here are the specification's list of `{code, description}`, not problem+json: the
router's route class renders every domain and validation error that way."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Form, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

from api.context import current_request_id
from api.deps import ClientTokenGuardDep, Open311ServiceDep
from api.errors import status_for
from api.i18n import negotiate
from api.open311.errors import open311_error
from api.open311.schemas import (
    Open311Error,
    Open311Receipt,
    Open311Request,
    Open311RequestCreate,
    Open311Service,
)
from api.schemas import UtcDateTime
from domain.api_client.tokens import InvalidClient
from domain.errors import DomainError, TooManyRequests
from domain.open311.model import NewServiceRequest, RequestFilter, ServiceRequest


class Open311Route(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except DomainError as exc:
                detail = exc.detail + "".join(
                    f" {'.'.join(map(str, e.loc))}: {e.msg}" for e in exc.errors
                )
                retry = (
                    {"Retry-After": str(exc.retry_after)}
                    if isinstance(exc, TooManyRequests)
                    else None
                )
                return open311_error(status_for(exc), detail, retry)
            except RequestValidationError as exc:
                parts = [
                    f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('body', 'query'))}: "
                    f"{e.get('msg', '')}"
                    for e in exc.errors()
                ]
                return open311_error(400, "; ".join(parts))

        return route


router = APIRouter(prefix="/open311", tags=["open311"], route_class=Open311Route)


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": list[Open311Error], "description": "Open311 errors"} for s in statuses}


AcceptLanguage = Annotated[
    str | None, Header(description="th for Thai names and notes; English by default.")
]


def _read(r: ServiceRequest) -> Open311Request:
    return Open311Request(
        service_request_id=r.service_request_id,
        status="open" if r.status == "open" else "closed",
        status_notes=r.status_notes,
        service_name=r.service_name,
        service_code=r.service_code,
        agency_responsible=r.agency_responsible,
        service_notice=None,
        requested_datetime=r.requested_datetime,
        updated_datetime=r.updated_datetime,
        expected_datetime=r.expected_datetime,
        address=r.address,
        media_url=None,
    )


def _csv(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


@router.get("/services.json", responses=_errors(400))
async def list_open311_services(
    service: Open311ServiceDep,
    accept_language: AcceptLanguage = None,
    jurisdiction_id: Annotated[str | None, Query(max_length=100)] = None,
) -> list[Open311Service]:
    """The complaint categories as GeoReport services (`service_code` is the category's)."""
    found = await service.services(negotiate(accept_language))
    return [
        Open311Service(
            service_code=s.service_code,
            service_name=s.service_name,
            description=s.description,
            metadata=False,
            type="realtime",
            keywords=",".join(s.keywords),
            group=s.group,
        )
        for s in found
    ]


@router.get("/requests.json", responses=_errors(400))
async def list_open311_requests(
    service: Open311ServiceDep,
    accept_language: AcceptLanguage = None,
    service_request_id: Annotated[
        str | None, Query(max_length=2000, description="Comma-separated case numbers.")
    ] = None,
    service_code: Annotated[
        str | None, Query(max_length=2000, description="Comma-separated service codes.")
    ] = None,
    start_date: Annotated[UtcDateTime | None, Query()] = None,
    end_date: Annotated[UtcDateTime | None, Query()] = None,
    status: Annotated[str | None, Query(pattern="^(open|closed)$")] = None,
    jurisdiction_id: Annotated[str | None, Query(max_length=100)] = None,
) -> list[Open311Request]:
    """Service requests, newest first, at most 1000; by default those of the last 90 days.
    `service_request_id` wins over the other filters, as the specification says."""
    where = RequestFilter(
        case_numbers=_csv(service_request_id),
        service_codes=_csv(service_code),
        start=start_date,
        end=end_date,
        open=None if status is None else status == "open",
    )
    found = await service.requests(where, negotiate(accept_language))
    return [_read(r) for r in found]


@router.get("/requests/{service_request_id}.json", responses=_errors(400, 404))
async def get_open311_request(
    service: Open311ServiceDep,
    service_request_id: Annotated[str, Path(max_length=30)],
    accept_language: AcceptLanguage = None,
    jurisdiction_id: Annotated[str | None, Query(max_length=100)] = None,
) -> list[Open311Request]:
    """One service request (a one-item list, as the specification has it)."""
    found = await service.request(service_request_id, negotiate(accept_language))
    return [_read(found)]


@router.post("/requests.json", status_code=201, responses=_errors(400, 403, 429))
async def submit_open311_request(
    request: Request,
    service: Open311ServiceDep,
    guard: ClientTokenGuardDep,
    form: Annotated[Open311RequestCreate, Form()],
    response: Response,
) -> list[Open311Receipt]:
    """File a service request for the API client whose credential `api_key` is; the case
    goes to OMB triage like any partner's case. Wrong keys are throttled per client id and
    address like token requests (429)."""
    address = request.client.host if request.client else None
    who = (form.api_key or "").partition(":")[0]
    await guard.check(who, address)
    try:
        receipt = await service.submit(
            form.api_key,
            NewServiceRequest(
                service_code=form.service_code,
                lat=form.lat,
                lon=form.long,
                address=form.address_string,
                description=form.description,
                email=form.email,
                first_name=form.first_name,
                last_name=form.last_name,
                phone=form.phone,
            ),
            current_request_id(),
        )
    except InvalidClient:
        await guard.failed(who, address)
        raise
    await guard.succeeded(who)
    response.headers["Location"] = f"/api/v1/open311/requests/{receipt.service_request_id}.json"
    return [
        Open311Receipt(
            service_request_id=receipt.service_request_id,
            service_notice=receipt.service_notice,
            account_id=None,
        )
    ]
