from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mou_area_read import MouAreaRead
from ...models.mou_area_update import MouAreaUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    area_id: int,
    *,
    body: MouAreaUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/mou-areas/{area_id}".format(
            area_id=quote(str(area_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MouAreaRead | Problem | None:
    if response.status_code == 200:
        response_200 = MouAreaRead.from_dict(response.json())

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
) -> Response[MouAreaRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    area_id: int,
    *,
    client: AuthenticatedClient,
    body: MouAreaUpdate,
    if_match: None | str,
) -> Response[MouAreaRead | Problem]:
    """Update Mou Area

     Set an MOU area's targets (admins; If-Match with the area's ETag; audit-logged).

    Args:
        area_id (int):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (MouAreaUpdate): An MOU area's targets (replaces the list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MouAreaRead | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    area_id: int,
    *,
    client: AuthenticatedClient,
    body: MouAreaUpdate,
    if_match: None | str,
) -> MouAreaRead | Problem | None:
    """Update Mou Area

     Set an MOU area's targets (admins; If-Match with the area's ETag; audit-logged).

    Args:
        area_id (int):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (MouAreaUpdate): An MOU area's targets (replaces the list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MouAreaRead | Problem
    """

    return sync_detailed(
        area_id=area_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    area_id: int,
    *,
    client: AuthenticatedClient,
    body: MouAreaUpdate,
    if_match: None | str,
) -> Response[MouAreaRead | Problem]:
    """Update Mou Area

     Set an MOU area's targets (admins; If-Match with the area's ETag; audit-logged).

    Args:
        area_id (int):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (MouAreaUpdate): An MOU area's targets (replaces the list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MouAreaRead | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    area_id: int,
    *,
    client: AuthenticatedClient,
    body: MouAreaUpdate,
    if_match: None | str,
) -> MouAreaRead | Problem | None:
    """Update Mou Area

     Set an MOU area's targets (admins; If-Match with the area's ETag; audit-logged).

    Args:
        area_id (int):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (MouAreaUpdate): An MOU area's targets (replaces the list).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MouAreaRead | Problem
    """

    return (
        await asyncio_detailed(
            area_id=area_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
