from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_activity_list import PublicActivityList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
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

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicActivityList | None:
    if response.status_code == 200:
        response_200 = PublicActivityList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | PublicActivityList]:
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
    limit: int | Unset = 50,
) -> Response[Any | Problem | PublicActivityList]:
    """List Public Activities

     Upcoming outreach activities of MOU areas 2-5 (mobile units with free legal advice,
    trainings, zebra-crossing campaigns), soonest first, with the link of the .ics feed.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicActivityList]
    """

    kwargs = _get_kwargs(
        mou_area_id=mou_area_id,
        district_code=district_code,
        limit=limit,
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
    limit: int | Unset = 50,
) -> Any | Problem | PublicActivityList | None:
    """List Public Activities

     Upcoming outreach activities of MOU areas 2-5 (mobile units with free legal advice,
    trainings, zebra-crossing campaigns), soonest first, with the link of the .ics feed.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicActivityList
    """

    return sync_detailed(
        client=client,
        mou_area_id=mou_area_id,
        district_code=district_code,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Any | Problem | PublicActivityList]:
    """List Public Activities

     Upcoming outreach activities of MOU areas 2-5 (mobile units with free legal advice,
    trainings, zebra-crossing campaigns), soonest first, with the link of the .ics feed.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicActivityList]
    """

    kwargs = _get_kwargs(
        mou_area_id=mou_area_id,
        district_code=district_code,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mou_area_id: int | None | Unset = UNSET,
    district_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Any | Problem | PublicActivityList | None:
    """List Public Activities

     Upcoming outreach activities of MOU areas 2-5 (mobile units with free legal advice,
    trainings, zebra-crossing campaigns), soonest first, with the link of the .ics feed.

    Args:
        mou_area_id (int | None | Unset):
        district_code (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicActivityList
    """

    return (
        await asyncio_detailed(
            client=client,
            mou_area_id=mou_area_id,
            district_code=district_code,
            limit=limit,
        )
    ).parsed
