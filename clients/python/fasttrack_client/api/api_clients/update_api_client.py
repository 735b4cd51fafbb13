from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_client_read import ApiClientRead
from ...models.api_client_update import ApiClientUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    client_id: UUID,
    *,
    body: ApiClientUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/api-clients/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiClientRead | Problem | None:
    if response.status_code == 200:
        response_200 = ApiClientRead.from_dict(response.json())

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
) -> Response[ApiClientRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApiClientUpdate,
    if_match: None | str,
) -> Response[ApiClientRead | Problem]:
    """Update Api Client

     Rename a client or replace its scopes (admins; If-Match; audit-logged).

    Args:
        client_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ApiClientUpdate): A new name or a new set of scopes; fewer scopes apply to live
            tokens at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClientRead | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApiClientUpdate,
    if_match: None | str,
) -> ApiClientRead | Problem | None:
    """Update Api Client

     Rename a client or replace its scopes (admins; If-Match; audit-logged).

    Args:
        client_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ApiClientUpdate): A new name or a new set of scopes; fewer scopes apply to live
            tokens at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClientRead | Problem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApiClientUpdate,
    if_match: None | str,
) -> Response[ApiClientRead | Problem]:
    """Update Api Client

     Rename a client or replace its scopes (admins; If-Match; audit-logged).

    Args:
        client_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ApiClientUpdate): A new name or a new set of scopes; fewer scopes apply to live
            tokens at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClientRead | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApiClientUpdate,
    if_match: None | str,
) -> ApiClientRead | Problem | None:
    """Update Api Client

     Rename a client or replace its scopes (admins; If-Match; audit-logged).

    Args:
        client_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ApiClientUpdate): A new name or a new set of scopes; fewer scopes apply to live
            tokens at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClientRead | Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
