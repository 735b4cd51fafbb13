"""Open311 GeoReport v2: discovery, services and their definitions, requests (read and
filed), one request and tokens, each in the specification's JSON and XML (`.json`, `.xml`).

Errors here are the specification's list of `{code, description}`, not problem+json: the
router's route class renders every domain and validation error that way, in the format the
path's extension asks for."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

from api.context import current_request_id
from api.deps import AttachmentServiceDep, ClientTokenGuardDep, Open311ServiceDep, SettingsDep
from api.errors import status_for
from api.http import content_disposition
from api.i18n import negotiate
from api.open311.errors import open311_error, wants_xml
from api.open311.schemas import (
    Open311Attribute,
    Open311AttributeValue,
    Open311Discovery,
    Open311Endpoint,
    Open311Error,
    Open311Receipt,
    Open311Request,
    Open311RequestCreate,
    Open311Service,
    Open311ServiceDefinition,
    Open311Token,
)
from api.open311.xml import (
    XML,
    DiscoveryXml,
    ServiceDefinitionXml,
    ServiceRequestsXml,
    ServicesXml,
    XmlResponse,
)
from api.schemas import UtcDateTime
from domain.api_client.tokens import InvalidClient
from domain.errors import DomainError, TooManyRequests
from domain.open311.model import NewServiceRequest, RequestFilter, ServiceRequest


class Open311Route(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            xml = wants_xml(request.url.path)
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
                return open311_error(status_for(exc), detail, retry, xml=xml)
            except RequestValidationError as exc:
                parts = [
                    f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('body', 'query'))}: "
                    f"{e.get('msg', '')}"
                    for e in exc.errors()
                ]
                return open311_error(400, "; ".join(parts), xml=xml)

        return route


# Mounted twice (api/app.py): under the API at /api/v1/open311 (in the OpenAPI document) and at
# /open311/v2, the path GeoReport v2 clients are usually configured with (the same operations,
# left out of the document so each is described once).
router = APIRouter(tags=["open311"], route_class=Open311Route)
SPEC_PREFIX = "/open311/v2"

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
FORMATS = ["application/json", XML]
BASE_PATH = "/api/v1/open311"
EndpointFn = Callable[..., Coroutine[Any, Any, Any]]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": list[Open311Error], "description": "Open311 errors"} for s in statuses}


def _address(request: Request) -> str | None:
    return request.client.host if request.client else None


async def _throttle(request: Request, service: Open311ServiceDep) -> None:
    """The public reads' rate limit per client address (429 in the specification's list)."""
    await service.throttle(_address(request))


THROTTLED = [Depends(_throttle)]


def both_formats(
    method: str,
    path: str,
    xml_class: type[XmlResponse],
    *,
    status_code: int = 200,
    errors: tuple[int, ...] = (400,),
    throttled: bool = True,
) -> Callable[[EndpointFn], EndpointFn]:
    """Register one endpoint as `<path>.json` and `<path>.xml`: the same parameters and
    response model; the XML answer renders the validated value under the specification's
    element names (operation id `<name>_xml`)."""

    def register(endpoint: EndpointFn) -> EndpointFn:
        common: dict[str, Any] = {
            "methods": [method],
            "status_code": status_code,
            "responses": _errors(*errors, *((429,) if throttled else ())),
            "dependencies": THROTTLED if throttled else None,
        }
        router.add_api_route(f"{path}.json", endpoint, name=endpoint.__name__, **common)
        router.add_api_route(
            f"{path}.xml",
            endpoint,
            name=f"{endpoint.__name__}_xml",
            response_class=xml_class,
            **common,
        )
        return endpoint

    return register


AcceptLanguage = Annotated[
    str | None, Header(description="th for Thai names and notes; English by default.")
]
Jurisdiction = Annotated[str | None, Query(max_length=100)]


def _media_url(base: str, r: ServiceRequest) -> str | None:
    return f"{base}{BASE_PATH}/media/{r.photo_id}" if r.photo_id else None


def _read(r: ServiceRequest, base: str) -> Open311Request:
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
        media_url=_media_url(base, r),
    )


def _csv(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


@both_formats("GET", "/discovery", DiscoveryXml)
async def get_open311_discovery(
    service: Open311ServiceDep, settings: SettingsDep
) -> Open311Discovery:
    """Service discovery: the GeoReport v2 endpoint with its formats, who to contact and how
    to get an `api_key`. `changeset` is when a service last changed."""
    changeset = await service.changeset()
    return Open311Discovery(
        changeset=changeset,
        contact=settings.open311_contact,
        key_service=settings.open311_key_service,
        endpoints=[
            Open311Endpoint(
                specification=SPECIFICATION,
                url=f"{settings.effective_public_base_url}{BASE_PATH}",
                changeset=changeset,
                type="production",
                formats=FORMATS,
            )
        ],
    )


@both_formats("GET", "/services", ServicesXml)
async def list_open311_services(
    service: Open311ServiceDep,
    accept_language: AcceptLanguage = None,
    jurisdiction_id: Jurisdiction = None,
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


@both_formats("GET", "/services/{service_code}", ServiceDefinitionXml, errors=(400, 404))
async def get_open311_service_definition(
    service: Open311ServiceDep,
    service_code: Annotated[str, Path(max_length=100)],
    jurisdiction_id: Jurisdiction = None,
) -> Open311ServiceDefinition:
    """A service's definition: its extra questions (`attributes`). Categories ask none, so
    the list is empty (and the service's `metadata` is false)."""
    found = await service.definition(service_code)
    return Open311ServiceDefinition(
        service_code=found.service_code,
        attributes=[
            Open311Attribute(
                variable=a.variable,
                code=a.code,
                datatype=a.datatype,
                required=a.required,
                datatype_description=a.datatype_description,
                order=a.order,
                description=a.description,
                values=[Open311AttributeValue(key=k, name=n) for k, n in a.values],
            )
            for a in found.attributes
        ],
    )


@both_formats("GET", "/requests", ServiceRequestsXml)
async def list_open311_requests(
    service: Open311ServiceDep,
    settings: SettingsDep,
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
    jurisdiction_id: Jurisdiction = None,
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
    base = settings.effective_public_base_url
    return [_read(r, base) for r in found]


@both_formats("GET", "/requests/{service_request_id}", ServiceRequestsXml, errors=(400, 404))
async def get_open311_request(
    service: Open311ServiceDep,
    settings: SettingsDep,
    service_request_id: Annotated[str, Path(max_length=30)],
    accept_language: AcceptLanguage = None,
    jurisdiction_id: Jurisdiction = None,
) -> list[Open311Request]:
    """One service request (a one-item list, as the specification has it)."""
    found = await service.request(service_request_id, negotiate(accept_language))
    return [_read(found, settings.effective_public_base_url)]


@both_formats("GET", "/tokens/{token}", ServiceRequestsXml, errors=(400, 404))
async def get_open311_token(
    service: Open311ServiceDep,
    token: Annotated[str, Path(max_length=30)],
    jurisdiction_id: Jurisdiction = None,
) -> list[Open311Token]:
    """The service request of a token. POST requests answers in real time with the
    request's id, never with a token alone; the id serves as its own token here."""
    found = await service.token(token)
    return [Open311Token(service_request_id=found, token=token)]


@both_formats(
    "POST",
    "/requests",
    ServiceRequestsXml,
    status_code=201,
    errors=(400, 403, 429),
    throttled=False,
)
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
    address = _address(request)
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
    extension = "xml" if wants_xml(request.url.path) else "json"
    response.headers["Location"] = f"{BASE_PATH}/requests/{receipt.service_request_id}.{extension}"
    return [
        Open311Receipt(
            service_request_id=receipt.service_request_id,
            service_notice=receipt.service_notice,
            account_id=None,
        )
    ]


_PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")


@router.get(
    "/media/{attachment_id}",
    response_class=Response,
    dependencies=THROTTLED,
    responses={
        200: {
            "content": {
                t: {"schema": {"type": "string", "format": "binary"}} for t in _PHOTO_TYPES
            },
            "description": "The photo",
        },
        **_errors(400, 404, 429),
    },
)
async def get_open311_media(
    attachment_id: uuid.UUID, attachments: AttachmentServiceDep
) -> Response:
    """A photo public tracking shows, the `media_url` of a service request."""
    a, data = await attachments.download_public_photo(attachment_id)
    return Response(
        data,
        media_type=a.content_type,
        headers={
            "Content-Disposition": content_disposition("inline", a.filename),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


_RESOURCE = re.compile(r"^(discovery|services(/[^/]+)?|requests(/[^/]+)?|tokens/[^/]+)\.(\w+)$")


@router.api_route(
    "/{rest:path}",
    methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    include_in_schema=False,
)
async def unknown_open311_resource(request: Request, rest: str) -> Response:
    """What no route above answers: a method the resource does not allow (405 with Allow),
    an unknown format extension (400) or resource (404), in the specification's error list
    (XML for `.xml`, else JSON)."""
    xml = wants_xml(rest)
    path = f"{router.prefix}/{rest}"
    allowed = sorted(
        {
            method
            for route in router.routes
            if isinstance(route, APIRoute)
            and route.endpoint is not unknown_open311_resource
            and route.path_regex.match(path)
            for method in route.methods or ()
        }
    )
    if allowed:
        return open311_error(
            405,
            f"{request.method} is not allowed here; use {', '.join(allowed)}.",
            {"Allow": ", ".join(allowed)},
            xml=xml,
        )
    known = _RESOURCE.match(rest)
    if known and known.group(4) not in ("json", "xml"):
        return open311_error(400, f"Unknown format {known.group(4)!r}: use .json or .xml.", xml=xml)
    return open311_error(404, "No such Open311 resource; resources end in .json or .xml.", xml=xml)
