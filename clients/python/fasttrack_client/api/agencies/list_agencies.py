from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_kind import AgencyKind
from ...models.agency_page import AgencyPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: AgencyKind | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, AgencyKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_is_active: bool | None | Unset
    if isinstance(is_active, Unset):
        json_is_active = UNSET
    else:
        json_is_active = is_active
    params["is_active"] = json_is_active

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agencies",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgencyPage | Problem | None:
    if response.status_code == 200:
        response_200 = AgencyPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[AgencyPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: AgencyKind | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AgencyPage | Problem]:
    """List Agencies

     Agencies in code order, filtered by kind, active flag or `q` (Thai/English name, code).

    Args:
        kind (AgencyKind | None | Unset):
        is_active (bool | None | Unset):
        q (None | str | Unset): Thai/English name or code
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        is_active=is_active,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: AgencyKind | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AgencyPage | Problem | None:
    """List Agencies

     Agencies in code order, filtered by kind, active flag or `q` (Thai/English name, code).

    Args:
        kind (AgencyKind | None | Unset):
        is_active (bool | None | Unset):
        q (None | str | Unset): Thai/English name or code
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyPage | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        is_active=is_active,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: AgencyKind | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AgencyPage | Problem]:
    """List Agencies

     Agencies in code order, filtered by kind, active flag or `q` (Thai/English name, code).

    Args:
        kind (AgencyKind | None | Unset):
        is_active (bool | None | Unset):
        q (None | str | Unset): Thai/English name or code
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        is_active=is_active,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: AgencyKind | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AgencyPage | Problem | None:
    """List Agencies

     Agencies in code order, filtered by kind, active flag or `q` (Thai/English name, code).

    Args:
        kind (AgencyKind | None | Unset):
        is_active (bool | None | Unset):
        q (None | str | Unset): Thai/English name or code
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            is_active=is_active,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
