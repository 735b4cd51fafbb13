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
from domain.api_client.ports import ApiClientFilter
from domain.api_client.service import NewApiClient
from domain.shared.paging import PageRequest

router = APIRouter(prefix="/api-clients", tags=["api-clients"])


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
    return ApiClientSecretRead(
        **ApiClientRead.of(created.client).model_dump(),
        client_id=str(created.client.id),
        client_secret=created.secret,
    )


@router.get("/me", responses=problem_responses(401, 403))
async def get_current_api_client(
    actor: PrincipalDep, service: ApiClientServiceDep
) -> ApiClientRead:
    """The calling API client's own record (client tokens only; needs no scope)."""
    return ApiClientRead.of(await service.current_client(actor))


@router.get("/{client_id}", responses=problem_responses(401, 404, 422))
async def get_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep
) -> ApiClientRead:
    """One API client (admins, or the client itself), deleted ones included."""
    return ApiClientRead.of(await service.get_client(actor, client_id))


@router.patch("/{client_id}", responses=problem_responses(401, 403, 404, 409, 412, 422))
async def update_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, body: ApiClientUpdate, service: ApiClientServiceDep
) -> ApiClientRead:
    """Rename a client or replace its scopes (admins; audit-logged)."""
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    return ApiClientRead.of(await service.update_client(actor, client_id, changes))


@router.post("/{client_id}/disable", responses=problem_responses(401, 403, 404, 409, 422))
async def disable_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep
) -> ApiClientRead:
    """Disable a client: its tokens are refused at once and it gets no new ones."""
    return ApiClientRead.of(await service.disable_client(actor, client_id))


@router.post("/{client_id}/enable", responses=problem_responses(401, 403, 404, 409, 422))
async def enable_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep
) -> ApiClientRead:
    """Enable a disabled client again."""
    return ApiClientRead.of(await service.enable_client(actor, client_id))


@router.delete("/{client_id}", status_code=204, responses=problem_responses(401, 403, 404, 422))
async def delete_api_client(
    actor: PrincipalDep, client_id: uuid.UUID, service: ApiClientServiceDep
) -> Response:
    """Delete a client for good: its secret is destroyed and its tokens refused; the record
    stays for the audit trail (listed with `include_deleted`)."""
    await service.delete_client(actor, client_id)
    return Response(status_code=204)
