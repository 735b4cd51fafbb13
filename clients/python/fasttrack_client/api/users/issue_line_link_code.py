from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.line_link_code_read import LineLinkCodeRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users/me/line-link",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LineLinkCodeRead | Problem | None:
    if response.status_code == 201:
        response_201 = LineLinkCodeRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LineLinkCodeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[LineLinkCodeRead | Problem]:
    """Issue Line Link Code

     A one-time code that links your LINE account: type `link <code>` (or
    `เชื่อม <code>`) into the chat of the LINE Official Account. Six digits, valid for a few
    minutes, once; a new code replaces the last. Once linked, choose where notifications go
    with `notify_via` in /users/me/notification-preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LineLinkCodeRead | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> LineLinkCodeRead | Problem | None:
    """Issue Line Link Code

     A one-time code that links your LINE account: type `link <code>` (or
    `เชื่อม <code>`) into the chat of the LINE Official Account. Six digits, valid for a few
    minutes, once; a new code replaces the last. Once linked, choose where notifications go
    with `notify_via` in /users/me/notification-preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LineLinkCodeRead | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[LineLinkCodeRead | Problem]:
    """Issue Line Link Code

     A one-time code that links your LINE account: type `link <code>` (or
    `เชื่อม <code>`) into the chat of the LINE Official Account. Six digits, valid for a few
    minutes, once; a new code replaces the last. Once linked, choose where notifications go
    with `notify_via` in /users/me/notification-preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LineLinkCodeRead | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> LineLinkCodeRead | Problem | None:
    """Issue Line Link Code

     A one-time code that links your LINE account: type `link <code>` (or
    `เชื่อม <code>`) into the chat of the LINE Official Account. Six digits, valid for a few
    minutes, once; a new code replaces the last. Once linked, choose where notifications go
    with `notify_via` in /users/me/notification-preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LineLinkCodeRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
