from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coordinator_read import CoordinatorRead
from ...models.primary_coordinator_update import PrimaryCoordinatorUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    agency_id: UUID,
    *,
    body: PrimaryCoordinatorUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agencies/{agency_id}/primary-coordinator".format(
            agency_id=quote(str(agency_id), safe=""),
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
    agency_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PrimaryCoordinatorUpdate,
) -> Response[CoordinatorRead | Problem]:
    """Set Primary Coordinator

     Make one of the agency's coordinators its primary, demoting the previous one in the
    same transaction (admins; audit-logged).

    Args:
        agency_id (UUID):
        body (PrimaryCoordinatorUpdate): The coordinator who becomes the agency's primary (the
            previous one is demoted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorRead | Problem]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PrimaryCoordinatorUpdate,
) -> CoordinatorRead | Problem | None:
    """Set Primary Coordinator

     Make one of the agency's coordinators its primary, demoting the previous one in the
    same transaction (admins; audit-logged).

    Args:
        agency_id (UUID):
        body (PrimaryCoordinatorUpdate): The coordinator who becomes the agency's primary (the
            previous one is demoted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorRead | Problem
    """

    return sync_detailed(
        agency_id=agency_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PrimaryCoordinatorUpdate,
) -> Response[CoordinatorRead | Problem]:
    """Set Primary Coordinator

     Make one of the agency's coordinators its primary, demoting the previous one in the
    same transaction (admins; audit-logged).

    Args:
        agency_id (UUID):
        body (PrimaryCoordinatorUpdate): The coordinator who becomes the agency's primary (the
            previous one is demoted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorRead | Problem]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PrimaryCoordinatorUpdate,
) -> CoordinatorRead | Problem | None:
    """Set Primary Coordinator

     Make one of the agency's coordinators its primary, demoting the previous one in the
    same transaction (admins; audit-logged).

    Args:
        agency_id (UUID):
        body (PrimaryCoordinatorUpdate): The coordinator who becomes the agency's primary (the
            previous one is demoted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorRead | Problem
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            client=client,
            body=body,
        )
    ).parsed
