from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/activities.ics",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
) -> Response[Problem | str]:
    """Export Activity Calendar

     Planned, postponed and held activities as an iCalendar feed to subscribe to without
    a token: public fields only (no participants), times in Asia/Bangkok.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        mou_area_id=mou_area_id,
        district_code=district_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
) -> Problem | str | None:
    """Export Activity Calendar

     Planned, postponed and held activities as an iCalendar feed to subscribe to without
    a token: public fields only (no participants), times in Asia/Bangkok.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        mou_area_id=mou_area_id,
        district_code=district_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
) -> Response[Problem | str]:
    """Export Activity Calendar

     Planned, postponed and held activities as an iCalendar feed to subscribe to without
    a token: public fields only (no participants), times in Asia/Bangkok.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        mou_area_id=mou_area_id,
        district_code=district_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
) -> Problem | str | None:
    """Export Activity Calendar

     Planned, postponed and held activities as an iCalendar feed to subscribe to without
    a token: public fields only (no participants), times in Asia/Bangkok.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset): e.g. 1026

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            mou_area_id=mou_area_id,
            district_code=district_code,
        )
    ).parsed
