from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.similar_nearby_list import SimilarNearbyList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category_id: UUID,
    district_code: None | str | Unset = UNSET,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category_id = str(category_id)
    params["category_id"] = json_category_id

    json_district_code: None | str | Unset
    if isinstance(district_code, Unset):
        json_district_code = UNSET
    else:
        json_district_code = district_code
    params["district_code"] = json_district_code

    json_lat: float | None | Unset
    if isinstance(lat, Unset):
        json_lat = UNSET
    else:
        json_lat = lat
    params["lat"] = json_lat

    json_lon: float | None | Unset
    if isinstance(lon, Unset):
        json_lon = UNSET
    else:
        json_lon = lon
    params["lon"] = json_lon

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/similar-complaints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SimilarNearbyList | None:
    if response.status_code == 200:
        response_200 = SimilarNearbyList.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

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
) -> Response[Problem | SimilarNearbyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category_id: UUID,
    district_code: None | str | Unset = UNSET,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
) -> Response[Problem | SimilarNearbyList]:
    """List Similar Nearby

     Recent reports (30 days) of the category in the district or within 500 m: category,
    district, status and date only, so a citizen can see it is known before filing again.

    Args:
        category_id (UUID):
        district_code (None | str | Unset):
        lat (float | None | Unset):
        lon (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimilarNearbyList]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        district_code=district_code,
        lat=lat,
        lon=lon,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category_id: UUID,
    district_code: None | str | Unset = UNSET,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
) -> Problem | SimilarNearbyList | None:
    """List Similar Nearby

     Recent reports (30 days) of the category in the district or within 500 m: category,
    district, status and date only, so a citizen can see it is known before filing again.

    Args:
        category_id (UUID):
        district_code (None | str | Unset):
        lat (float | None | Unset):
        lon (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimilarNearbyList
    """

    return sync_detailed(
        client=client,
        category_id=category_id,
        district_code=district_code,
        lat=lat,
        lon=lon,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category_id: UUID,
    district_code: None | str | Unset = UNSET,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
) -> Response[Problem | SimilarNearbyList]:
    """List Similar Nearby

     Recent reports (30 days) of the category in the district or within 500 m: category,
    district, status and date only, so a citizen can see it is known before filing again.

    Args:
        category_id (UUID):
        district_code (None | str | Unset):
        lat (float | None | Unset):
        lon (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimilarNearbyList]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        district_code=district_code,
        lat=lat,
        lon=lon,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category_id: UUID,
    district_code: None | str | Unset = UNSET,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
) -> Problem | SimilarNearbyList | None:
    """List Similar Nearby

     Recent reports (30 days) of the category in the district or within 500 m: category,
    district, status and date only, so a citizen can see it is known before filing again.

    Args:
        category_id (UUID):
        district_code (None | str | Unset):
        lat (float | None | Unset):
        lon (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimilarNearbyList
    """

    return (
        await asyncio_detailed(
            client=client,
            category_id=category_id,
            district_code=district_code,
            lat=lat,
            lon=lon,
        )
    ).parsed
