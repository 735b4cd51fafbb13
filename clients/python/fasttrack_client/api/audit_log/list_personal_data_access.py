import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.personal_data_access_page import PersonalDataAccessPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    complaint_id: None | Unset | UUID = UNSET,
    activity_id: None | Unset | UUID = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_complaint_id: None | str | Unset
    if isinstance(complaint_id, Unset):
        json_complaint_id = UNSET
    elif isinstance(complaint_id, UUID):
        json_complaint_id = str(complaint_id)
    else:
        json_complaint_id = complaint_id
    params["complaint_id"] = json_complaint_id

    json_activity_id: None | str | Unset
    if isinstance(activity_id, Unset):
        json_activity_id = UNSET
    elif isinstance(activity_id, UUID):
        json_activity_id = str(activity_id)
    else:
        json_activity_id = activity_id
    params["activity_id"] = json_activity_id

    json_actor_id: None | str | Unset
    if isinstance(actor_id, Unset):
        json_actor_id = UNSET
    elif isinstance(actor_id, UUID):
        json_actor_id = str(actor_id)
    else:
        json_actor_id = actor_id
    params["actor_id"] = json_actor_id

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/api/v1/audit-log/personal-data",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonalDataAccessPage | Problem | None:
    if response.status_code == 200:
        response_200 = PersonalDataAccessPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PersonalDataAccessPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    complaint_id: None | Unset | UUID = UNSET,
    activity_id: None | Unset | UUID = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PersonalDataAccessPage | Problem]:
    """List Personal Data Access

     Who saw which complainant's personal data, or which activity's participant names, when
    (OMB officers), newest first.

    Args:
        complaint_id (None | Unset | UUID):
        activity_id (None | Unset | UUID): entries about this activity's participants
        actor_id (None | Unset | UUID): who saw the data
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonalDataAccessPage | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        activity_id=activity_id,
        actor_id=actor_id,
        since=since,
        until=until,
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
    complaint_id: None | Unset | UUID = UNSET,
    activity_id: None | Unset | UUID = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PersonalDataAccessPage | Problem | None:
    """List Personal Data Access

     Who saw which complainant's personal data, or which activity's participant names, when
    (OMB officers), newest first.

    Args:
        complaint_id (None | Unset | UUID):
        activity_id (None | Unset | UUID): entries about this activity's participants
        actor_id (None | Unset | UUID): who saw the data
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonalDataAccessPage | Problem
    """

    return sync_detailed(
        client=client,
        complaint_id=complaint_id,
        activity_id=activity_id,
        actor_id=actor_id,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    complaint_id: None | Unset | UUID = UNSET,
    activity_id: None | Unset | UUID = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PersonalDataAccessPage | Problem]:
    """List Personal Data Access

     Who saw which complainant's personal data, or which activity's participant names, when
    (OMB officers), newest first.

    Args:
        complaint_id (None | Unset | UUID):
        activity_id (None | Unset | UUID): entries about this activity's participants
        actor_id (None | Unset | UUID): who saw the data
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonalDataAccessPage | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        activity_id=activity_id,
        actor_id=actor_id,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    complaint_id: None | Unset | UUID = UNSET,
    activity_id: None | Unset | UUID = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PersonalDataAccessPage | Problem | None:
    """List Personal Data Access

     Who saw which complainant's personal data, or which activity's participant names, when
    (OMB officers), newest first.

    Args:
        complaint_id (None | Unset | UUID):
        activity_id (None | Unset | UUID): entries about this activity's participants
        actor_id (None | Unset | UUID): who saw the data
        since (datetime.datetime | None | Unset):
        until (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonalDataAccessPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            complaint_id=complaint_id,
            activity_id=activity_id,
            actor_id=actor_id,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
