from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mou_area_summary_read import MouAreaSummaryRead
from ...models.problem import Problem
from ...models.summary_period import SummaryPeriod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    area_id: int,
    *,
    period: SummaryPeriod | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mou-areas/{area_id}/summary".format(
            area_id=quote(str(area_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MouAreaSummaryRead | Problem | None:
    if response.status_code == 200:
        response_200 = MouAreaSummaryRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[MouAreaSummaryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    area_id: int,
    *,
    client: AuthenticatedClient,
    period: SummaryPeriod | Unset = UNSET,
) -> Response[MouAreaSummaryRead | Problem]:
    """Get Mou Area Summary

     Totals per month or year (Asia/Bangkok, by each activity's start): activities held and
    planned, participants, legal consultations, complaints received.

    Args:
        area_id (int):
        period (SummaryPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MouAreaSummaryRead | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    area_id: int,
    *,
    client: AuthenticatedClient,
    period: SummaryPeriod | Unset = UNSET,
) -> MouAreaSummaryRead | Problem | None:
    """Get Mou Area Summary

     Totals per month or year (Asia/Bangkok, by each activity's start): activities held and
    planned, participants, legal consultations, complaints received.

    Args:
        area_id (int):
        period (SummaryPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MouAreaSummaryRead | Problem
    """

    return sync_detailed(
        area_id=area_id,
        client=client,
        period=period,
    ).parsed


async def asyncio_detailed(
    area_id: int,
    *,
    client: AuthenticatedClient,
    period: SummaryPeriod | Unset = UNSET,
) -> Response[MouAreaSummaryRead | Problem]:
    """Get Mou Area Summary

     Totals per month or year (Asia/Bangkok, by each activity's start): activities held and
    planned, participants, legal consultations, complaints received.

    Args:
        area_id (int):
        period (SummaryPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MouAreaSummaryRead | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    area_id: int,
    *,
    client: AuthenticatedClient,
    period: SummaryPeriod | Unset = UNSET,
) -> MouAreaSummaryRead | Problem | None:
    """Get Mou Area Summary

     Totals per month or year (Asia/Bangkok, by each activity's start): activities held and
    planned, participants, legal consultations, complaints received.

    Args:
        area_id (int):
        period (SummaryPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MouAreaSummaryRead | Problem
    """

    return (
        await asyncio_detailed(
            area_id=area_id,
            client=client,
            period=period,
        )
    ).parsed
