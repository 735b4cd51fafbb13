"""Admin management of partner API clients (/api-clients) and a client's own record."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from api.api_clients.schemas import (
    ApiClientCreate,
    ApiClientPage,
    ApiClientRead,
    ApiClientSecretRead,
    ApiClientUpdate,
)
from api.deps import ApiClientServiceDep, PrincipalDep
from api.errors import problem_responses
from api.paging import PageDep
from api.preconditions import IfMatchDep, tag
from domain.api_client.model import ApiClient
from domain.api_client.ports import ApiClientFilter
from domain.api_client.service import NewApiClient
from domain.shared.paging import PageRequest

router = APIRouter(prefix="/api-clients", tags=["api-clients"])


def _tagged(response: Response, client: ApiClient) -> ApiClientRead:
    tag(response, client.version)
    return ApiClientRead.of(client)


@router.get("", responses=problem_responses(401, 403, 422))
async def list_api_clients(
    actor: PrincipalDep,
    service: ApiClientServiceDep,
    page: PageDep,
    agency_id: uuid.UUID | None = None,
    is_active: bool | None = None,
    include_deleted: bool = False,
) -> ApiClientPage:
    """API clients by name (admins); deleted clients only with `include_deleted`."""
    result = await service.list_clients(
        actor,
        PageRequest(page.limit, page.after(2)),
        ApiClientFilter(agency_id=agency_id, is_active=is_active, include_deleted=include_deleted),
    )
    return ApiClientPage(
        items=[ApiClientRead.of(c) for c in result.items], next_cursor=result.next_cursor
    )


@router.post("", status_code=201, responses=problem_responses(401, 403, 422))
async def create_api_client(
    actor: PrincipalDep, body: ApiClientCreate, service: ApiClientServiceDep, response: Response
) -> ApiClientSecretRead:
    """Create a client for a partner system (admins; audit-logged). The answer holds the
    client_id and the client_secret: store the secret now, it is never shown again."""
    created = await service.create_client(
        actor,
        NewApiClient(name=body.name, agency_id=body.agency_id, scopes=body.scopes),
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["Location"] = f"/api/v1/api-clients/{created.client.id}"
    tag(response, created.client.version)
    return ApiClientSecretRead(
        **ApiClientRead.of(created.client).model_dump(),
        client_id=str(created.client.id),
        client_secret=created.secret,
    )


@router.get("/me", responses=problem_responses(401, 403))
async def get_current_api_client(
    actor: PrincipalDep, service: ApiClientServiceDep, response: Response
) -> ApiClientRead:
    """The calling API client's own record (client tokens only; needs no scope)."""
    return _tagged(response, await service.current_client(actor))


@router.get("/{client_id:uuid}", responses=problem_responses(401, 404, 422))
async def get_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep, response: Response
) -> ApiClientRead:
    """One API client (admins, or the client itself), deleted ones included."""
    return _tagged(response, await service.get_client(actor, client_id))


@router.patch("/{client_id:uuid}", responses=problem_responses(401, 403, 404, 409, 422))
async def update_api_client(
    actor: PrincipalDep,
    client_id: uuid.UUID,
    body: ApiClientUpdate,
    service: ApiClientServiceDep,
    version: IfMatchDep,
    response: Response,
) -> ApiClientRead:
    """Rename a client or replace its scopes (admins; If-Match; audit-logged)."""
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    return _tagged(response, await service.update_client(actor, client_id, changes, version))


@router.post("/{client_id:uuid}/disable", responses=problem_responses(401, 403, 404, 409, 422))
async def disable_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep, response: Response
) -> ApiClientRead:
    """Disable a client: its tokens are refused at once and it gets no new ones."""
    return _tagged(response, await service.disable_client(actor, client_id))


@router.post("/{client_id:uuid}/enable", responses=problem_responses(401, 403, 404, 409, 422))
async def enable_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep, response: Response
) -> ApiClientRead:
    """Enable a disabled client again."""
    return _tagged(response, await service.enable_client(actor, client_id))


@router.delete(
    "/{client_id:uuid}", status_code=204, responses=problem_responses(401, 403, 404, 422)
)
async def delete_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep
) -> Response:
    """Delete a client for good: its secret is destroyed and its tokens refused; the record
    stays for the audit trail (listed with `include_deleted`)."""
    await service.delete_client(actor, client_id)
    return Response(status_code=204)
