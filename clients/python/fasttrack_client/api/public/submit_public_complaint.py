from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_complaint_create import PublicComplaintCreate
from ...models.public_complaint_receipt import PublicComplaintReceipt
from ...types import Response


def _get_kwargs(
    *,
    body: PublicComplaintCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/complaints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicComplaintReceipt | None:
    if response.status_code == 201:
        response_201 = PublicComplaintReceipt.from_dict(response.json())

        return response_201

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | PublicComplaintReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublicComplaintCreate,
) -> Response[Problem | PublicComplaintReceipt]:
    """Submit Public Complaint

     File a complaint without an account (channel `web`); answers the tracking code and,
    once only, the complainant's secret to rate and reopen it later.

    Args:
        body (PublicComplaintCreate): A citizen's complaint; contact details are optional, consent
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicComplaintReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PublicComplaintCreate,
) -> Problem | PublicComplaintReceipt | None:
    """Submit Public Complaint

     File a complaint without an account (channel `web`); answers the tracking code and,
    once only, the complainant's secret to rate and reopen it later.

    Args:
        body (PublicComplaintCreate): A citizen's complaint; contact details are optional, consent
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicComplaintReceipt
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublicComplaintCreate,
) -> Response[Problem | PublicComplaintReceipt]:
    """Submit Public Complaint

     File a complaint without an account (channel `web`); answers the tracking code and,
    once only, the complainant's secret to rate and reopen it later.

    Args:
        body (PublicComplaintCreate): A citizen's complaint; contact details are optional, consent
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicComplaintReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PublicComplaintCreate,
) -> Problem | PublicComplaintReceipt | None:
    """Submit Public Complaint

     File a complaint without an account (channel `web`); answers the tracking code and,
    once only, the complainant's secret to rate and reopen it later.

    Args:
        body (PublicComplaintCreate): A citizen's complaint; contact details are optional, consent
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicComplaintReceipt
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
