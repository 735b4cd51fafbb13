from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coordinator_read import CoordinatorRead
from ...models.coordinator_update import CoordinatorUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    coordinator_id: UUID,
    *,
    body: CoordinatorUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/coordinators/{coordinator_id}".format(
            coordinator_id=quote(str(coordinator_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoordinatorRead | Problem | None:
    if response.status_code == 200:
        response_200 = CoordinatorRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
    coordinator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoordinatorUpdate,
    if_match: None | str,
) -> Response[CoordinatorRead | Problem]:
    """Update Coordinator

     Change a coordinator: contacts, status (on leave), backup rank, linked user…
    (admins; If-Match; audit-logged).

    Args:
        coordinator_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (CoordinatorUpdate): Changes to a coordinator; the agency stays (someone who moves
            gets a new record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorRead | Problem]
    """

    kwargs = _get_kwargs(
        coordinator_id=coordinator_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coordinator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoordinatorUpdate,
    if_match: None | str,
) -> CoordinatorRead | Problem | None:
    """Update Coordinator

     Change a coordinator: contacts, status (on leave), backup rank, linked user…
    (admins; If-Match; audit-logged).

    Args:
        coordinator_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (CoordinatorUpdate): Changes to a coordinator; the agency stays (someone who moves
            gets a new record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorRead | Problem
    """

    return sync_detailed(
        coordinator_id=coordinator_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    coordinator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoordinatorUpdate,
    if_match: None | str,
) -> Response[CoordinatorRead | Problem]:
    """Update Coordinator

     Change a coordinator: contacts, status (on leave), backup rank, linked user…
    (admins; If-Match; audit-logged).

    Args:
        coordinator_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (CoordinatorUpdate): Changes to a coordinator; the agency stays (someone who moves
            gets a new record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorRead | Problem]
    """

    kwargs = _get_kwargs(
        coordinator_id=coordinator_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coordinator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoordinatorUpdate,
    if_match: None | str,
) -> CoordinatorRead | Problem | None:
    """Update Coordinator

     Change a coordinator: contacts, status (on leave), backup rank, linked user…
    (admins; If-Match; audit-logged).

    Args:
        coordinator_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (CoordinatorUpdate): Changes to a coordinator; the agency stays (someone who moves
            gets a new record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorRead | Problem
    """

    return (
        await asyncio_detailed(
            coordinator_id=coordinator_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
