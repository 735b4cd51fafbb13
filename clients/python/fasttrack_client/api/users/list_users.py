from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.role import Role
from ...models.user_page import UserPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: None | Role | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, Role):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    json_agency_id: None | str | Unset
    if isinstance(agency_id, Unset):
        json_agency_id = UNSET
    elif isinstance(agency_id, UUID):
        json_agency_id = str(agency_id)
    else:
        json_agency_id = agency_id
    params["agency_id"] = json_agency_id

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
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserPage | None:
    if response.status_code == 200:
        response_200 = UserPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UserPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: None | Role | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | UserPage]:
    """List Users

     Staff accounts (admins), filtered by role, agency, active flag or `q` on name/e-mail.

    A coordinator lists the staff of their own agency (`agency_id` required), to pick who
    works a case.

    Args:
        role (None | Role | Unset):
        agency_id (None | Unset | UUID):
        is_active (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserPage]
    """

    kwargs = _get_kwargs(
        role=role,
        agency_id=agency_id,
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
    role: None | Role | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | UserPage | None:
    """List Users

     Staff accounts (admins), filtered by role, agency, active flag or `q` on name/e-mail.

    A coordinator lists the staff of their own agency (`agency_id` required), to pick who
    works a case.

    Args:
        role (None | Role | Unset):
        agency_id (None | Unset | UUID):
        is_active (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserPage
    """

    return sync_detailed(
        client=client,
        role=role,
        agency_id=agency_id,
        is_active=is_active,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: None | Role | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | UserPage]:
    """List Users

     Staff accounts (admins), filtered by role, agency, active flag or `q` on name/e-mail.

    A coordinator lists the staff of their own agency (`agency_id` required), to pick who
    works a case.

    Args:
        role (None | Role | Unset):
        agency_id (None | Unset | UUID):
        is_active (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserPage]
    """

    kwargs = _get_kwargs(
        role=role,
        agency_id=agency_id,
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
    role: None | Role | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    is_active: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | UserPage | None:
    """List Users

     Staff accounts (admins), filtered by role, agency, active flag or `q` on name/e-mail.

    A coordinator lists the staff of their own agency (`agency_id` required), to pick who
    works a case.

    Args:
        role (None | Role | Unset):
        agency_id (None | Unset | UUID):
        is_active (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            agency_id=agency_id,
            is_active=is_active,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
