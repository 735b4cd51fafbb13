from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_district_read import PublicDistrictRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
    address: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_address: None | str | Unset
    if isinstance(address, Unset):
        json_address = UNSET
    else:
        json_address = address
    params["address"] = json_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/locate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicDistrictRead | None:
    if response.status_code == 200:
        response_200 = PublicDistrictRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | PublicDistrictRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
    address: None | str | Unset = UNSET,
) -> Response[Problem | PublicDistrictRead]:
    """Get District For Place

     The district of a map point, or the district an address names; a point outside
    Bangkok is a 422 `geo.outside_bangkok` saying whom to contact instead.

    Args:
        lat (float | None | Unset):
        lon (float | None | Unset):
        address (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicDistrictRead]
    """

    kwargs = _get_kwargs(
        lat=lat,
        lon=lon,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
    address: None | str | Unset = UNSET,
) -> Problem | PublicDistrictRead | None:
    """Get District For Place

     The district of a map point, or the district an address names; a point outside
    Bangkok is a 422 `geo.outside_bangkok` saying whom to contact instead.

    Args:
        lat (float | None | Unset):
        lon (float | None | Unset):
        address (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicDistrictRead
    """

    return sync_detailed(
        client=client,
        lat=lat,
        lon=lon,
        address=address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
    address: None | str | Unset = UNSET,
) -> Response[Problem | PublicDistrictRead]:
    """Get District For Place

     The district of a map point, or the district an address names; a point outside
    Bangkok is a 422 `geo.outside_bangkok` saying whom to contact instead.

    Args:
        lat (float | None | Unset):
        lon (float | None | Unset):
        address (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicDistrictRead]
    """

    kwargs = _get_kwargs(
        lat=lat,
        lon=lon,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lat: float | None | Unset = UNSET,
    lon: float | None | Unset = UNSET,
    address: None | str | Unset = UNSET,
) -> Problem | PublicDistrictRead | None:
    """Get District For Place

     The district of a map point, or the district an address names; a point outside
    Bangkok is a 422 `geo.outside_bangkok` saying whom to contact instead.

    Args:
        lat (float | None | Unset):
        lon (float | None | Unset):
        address (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicDistrictRead
    """

    return (
        await asyncio_detailed(
            client=client,
            lat=lat,
            lon=lon,
            address=address,
        )
    ).parsed
