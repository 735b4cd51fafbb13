from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_complaint_read import PublicComplaintRead
from ...types import Response


def _get_kwargs(
    tracking_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/complaints/{tracking_code}".format(
            tracking_code=quote(str(tracking_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicComplaintRead | None:
    if response.status_code == 200:
        response_200 = PublicComplaintRead.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | PublicComplaintRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | PublicComplaintRead]:
    """Track Public Complaint

     Status (Thai and English), handling agency, dates and public events of a case.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicComplaintRead]
    """

    kwargs = _get_kwargs(
        tracking_code=tracking_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | PublicComplaintRead | None:
    """Track Public Complaint

     Status (Thai and English), handling agency, dates and public events of a case.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicComplaintRead
    """

    return sync_detailed(
        tracking_code=tracking_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | PublicComplaintRead]:
    """Track Public Complaint

     Status (Thai and English), handling agency, dates and public events of a case.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicComplaintRead]
    """

    kwargs = _get_kwargs(
        tracking_code=tracking_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | PublicComplaintRead | None:
    """Track Public Complaint

     Status (Thai and English), handling agency, dates and public events of a case.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicComplaintRead
    """

    return (
        await asyncio_detailed(
            tracking_code=tracking_code,
            client=client,
        )
    ).parsed
