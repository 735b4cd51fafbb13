from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coordinator_create import CoordinatorCreate
from ...models.coordinator_read import CoordinatorRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CoordinatorCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/coordinators",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoordinatorRead | Problem | None:
    if response.status_code == 201:
        response_201 = CoordinatorRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoordinatorRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CoordinatorCreate,
) -> Response[CoordinatorRead | Problem]:
    """Create Coordinator

     Add a coordinator to an agency (admins; audit-logged). The level must match the
    agency's kind (422 `coordinator.level_mismatch`); a linked user must be a coordinator
    of the same agency (422); a second primary is a 409.

    Args:
        body (CoordinatorCreate): A new coordinator. `level` defaults to the one the agency's kind
            requires; a second
            primary is a 409 (swap with PUT /agencies/{id}/primary-coordinator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CoordinatorCreate,
) -> CoordinatorRead | Problem | None:
    """Create Coordinator

     Add a coordinator to an agency (admins; audit-logged). The level must match the
    agency's kind (422 `coordinator.level_mismatch`); a linked user must be a coordinator
    of the same agency (422); a second primary is a 409.

    Args:
        body (CoordinatorCreate): A new coordinator. `level` defaults to the one the agency's kind
            requires; a second
            primary is a 409 (swap with PUT /agencies/{id}/primary-coordinator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CoordinatorCreate,
) -> Response[CoordinatorRead | Problem]:
    """Create Coordinator

     Add a coordinator to an agency (admins; audit-logged). The level must match the
    agency's kind (422 `coordinator.level_mismatch`); a linked user must be a coordinator
    of the same agency (422); a second primary is a 409.

    Args:
        body (CoordinatorCreate): A new coordinator. `level` defaults to the one the agency's kind
            requires; a second
            primary is a 409 (swap with PUT /agencies/{id}/primary-coordinator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CoordinatorCreate,
) -> CoordinatorRead | Problem | None:
    """Create Coordinator

     Add a coordinator to an agency (admins; audit-logged). The level must match the
    agency's kind (422 `coordinator.level_mismatch`); a linked user must be a coordinator
    of the same agency (422); a second primary is a 409.

    Args:
        body (CoordinatorCreate): A new coordinator. `level` defaults to the one the agency's kind
            requires; a second
            primary is a 409 (swap with PUT /agencies/{id}/primary-coordinator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
