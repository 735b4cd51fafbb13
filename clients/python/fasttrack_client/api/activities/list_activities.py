import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_page import ActivityPage
from ...models.activity_status import ActivityStatus
from ...models.activity_type import ActivityType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    type_: ActivityType | None | Unset = UNSET,
    status: ActivityStatus | None | Unset = UNSET,
    starts_from: datetime.datetime | None | Unset = UNSET,
    starts_before: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mou_area_id: int | None | Unset
    if isinstance(mou_area_id, Unset):
        json_mou_area_id = UNSET
    else:
        json_mou_area_id = mou_area_id
    params["mou_area_id"] = json_mou_area_id

    json_district_code: None | str | Unset
    if isinstance(district_code, Unset):
        json_district_code = UNSET
    else:
        json_district_code = district_code
    params["district_code"] = json_district_code

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, ActivityType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ActivityStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_starts_from: None | str | Unset
    if isinstance(starts_from, Unset):
        json_starts_from = UNSET
    elif isinstance(starts_from, datetime.datetime):
        json_starts_from = starts_from.isoformat()
    else:
        json_starts_from = starts_from
    params["starts_from"] = json_starts_from

    json_starts_before: None | str | Unset
    if isinstance(starts_before, Unset):
        json_starts_before = UNSET
    elif isinstance(starts_before, datetime.datetime):
        json_starts_before = starts_before.isoformat()
    else:
        json_starts_before = starts_before
    params["starts_before"] = json_starts_before

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
        "url": "/api/v1/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityPage | Problem | None:
    if response.status_code == 200:
        response_200 = ActivityPage.from_dict(response.json())

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
) -> Response[ActivityPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    type_: ActivityType | None | Unset = UNSET,
    status: ActivityStatus | None | Unset = UNSET,
    starts_from: datetime.datetime | None | Unset = UNSET,
    starts_before: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List Activities

     Activities in start order, filtered by MOU area, district, type, status and dates.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026
        type_ (ActivityType | None | Unset):
        status (ActivityStatus | None | Unset):
        starts_from (datetime.datetime | None | Unset): Start at or after
        starts_before (datetime.datetime | None | Unset): Start before
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityPage | Problem]
    """

    kwargs = _get_kwargs(
        mou_area_id=mou_area_id,
        district_code=district_code,
        type_=type_,
        status=status,
        starts_from=starts_from,
        starts_before=starts_before,
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
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    type_: ActivityType | None | Unset = UNSET,
    status: ActivityStatus | None | Unset = UNSET,
    starts_from: datetime.datetime | None | Unset = UNSET,
    starts_before: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List Activities

     Activities in start order, filtered by MOU area, district, type, status and dates.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026
        type_ (ActivityType | None | Unset):
        status (ActivityStatus | None | Unset):
        starts_from (datetime.datetime | None | Unset): Start at or after
        starts_before (datetime.datetime | None | Unset): Start before
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityPage | Problem
    """

    return sync_detailed(
        client=client,
        mou_area_id=mou_area_id,
        district_code=district_code,
        type_=type_,
        status=status,
        starts_from=starts_from,
        starts_before=starts_before,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    type_: ActivityType | None | Unset = UNSET,
    status: ActivityStatus | None | Unset = UNSET,
    starts_from: datetime.datetime | None | Unset = UNSET,
    starts_before: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List Activities

     Activities in start order, filtered by MOU area, district, type, status and dates.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026
        type_ (ActivityType | None | Unset):
        status (ActivityStatus | None | Unset):
        starts_from (datetime.datetime | None | Unset): Start at or after
        starts_before (datetime.datetime | None | Unset): Start before
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityPage | Problem]
    """

    kwargs = _get_kwargs(
        mou_area_id=mou_area_id,
        district_code=district_code,
        type_=type_,
        status=status,
        starts_from=starts_from,
        starts_before=starts_before,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    type_: ActivityType | None | Unset = UNSET,
    status: ActivityStatus | None | Unset = UNSET,
    starts_from: datetime.datetime | None | Unset = UNSET,
    starts_before: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List Activities

     Activities in start order, filtered by MOU area, district, type, status and dates.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026
        type_ (ActivityType | None | Unset):
        status (ActivityStatus | None | Unset):
        starts_from (datetime.datetime | None | Unset): Start at or after
        starts_before (datetime.datetime | None | Unset): Start before
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            mou_area_id=mou_area_id,
            district_code=district_code,
            type_=type_,
            status=status,
            starts_from=starts_from,
            starts_before=starts_before,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
