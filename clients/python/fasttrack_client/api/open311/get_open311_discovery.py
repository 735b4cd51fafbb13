from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_311_discovery import Open311Discovery
from ...models.open_311_error import Open311Error
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/open311/discovery.json",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Open311Discovery | Problem | list[Open311Error] | None:
    if response.status_code == 200:
        response_200 = Open311Discovery.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for response_400_item_data in _response_400:
            response_400_item = Open311Error.from_dict(response_400_item_data)

            response_400.append(response_400_item)

        return response_400

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for response_429_item_data in _response_429:
            response_429_item = Open311Error.from_dict(response_429_item_data)

            response_429.append(response_429_item)

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Open311Discovery | Problem | list[Open311Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Open311Discovery | Problem | list[Open311Error]]:
    """Get Open311 Discovery

     Service discovery: the GeoReport v2 endpoint with its formats, who to contact and how
    to get an `api_key`. `changeset` is when a service last changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Open311Discovery | Problem | list[Open311Error]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Open311Discovery | Problem | list[Open311Error] | None:
    """Get Open311 Discovery

     Service discovery: the GeoReport v2 endpoint with its formats, who to contact and how
    to get an `api_key`. `changeset` is when a service last changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Open311Discovery | Problem | list[Open311Error]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Open311Discovery | Problem | list[Open311Error]]:
    """Get Open311 Discovery

     Service discovery: the GeoReport v2 endpoint with its formats, who to contact and how
    to get an `api_key`. `changeset` is when a service last changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Open311Discovery | Problem | list[Open311Error]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Open311Discovery | Problem | list[Open311Error] | None:
    """Get Open311 Discovery

     Service discovery: the GeoReport v2 endpoint with its formats, who to contact and how
    to get an `api_key`. `changeset` is when a service last changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Open311Discovery | Problem | list[Open311Error]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
