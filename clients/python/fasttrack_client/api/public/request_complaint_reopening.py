from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_complaint_read import PublicComplaintRead
from ...models.public_reopen_create import PublicReopenCreate
from ...types import Response


def _get_kwargs(
    tracking_code: str,
    *,
    body: PublicReopenCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/complaints/{tracking_code}/reopen".format(
            tracking_code=quote(str(tracking_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicComplaintRead | None:
    if response.status_code == 200:
        response_200 = PublicComplaintRead.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    body: PublicReopenCreate,
) -> Response[Problem | PublicComplaintRead]:
    """Request Complaint Reopening

     Ask to reopen a resolved case within the reopen window, with the reason: the case goes
    back to the agency (in progress). Needs the tracking code and the secret given at filing.

    Args:
        tracking_code (str):
        body (PublicReopenCreate): The complainant's request to reopen a resolved case, with the
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicComplaintRead]
    """

    kwargs = _get_kwargs(
        tracking_code=tracking_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PublicReopenCreate,
) -> Problem | PublicComplaintRead | None:
    """Request Complaint Reopening

     Ask to reopen a resolved case within the reopen window, with the reason: the case goes
    back to the agency (in progress). Needs the tracking code and the secret given at filing.

    Args:
        tracking_code (str):
        body (PublicReopenCreate): The complainant's request to reopen a resolved case, with the
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicComplaintRead
    """

    return sync_detailed(
        tracking_code=tracking_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PublicReopenCreate,
) -> Response[Problem | PublicComplaintRead]:
    """Request Complaint Reopening

     Ask to reopen a resolved case within the reopen window, with the reason: the case goes
    back to the agency (in progress). Needs the tracking code and the secret given at filing.

    Args:
        tracking_code (str):
        body (PublicReopenCreate): The complainant's request to reopen a resolved case, with the
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicComplaintRead]
    """

    kwargs = _get_kwargs(
        tracking_code=tracking_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PublicReopenCreate,
) -> Problem | PublicComplaintRead | None:
    """Request Complaint Reopening

     Ask to reopen a resolved case within the reopen window, with the reason: the case goes
    back to the agency (in progress). Needs the tracking code and the secret given at filing.

    Args:
        tracking_code (str):
        body (PublicReopenCreate): The complainant's request to reopen a resolved case, with the
            reason.

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
            body=body,
        )
    ).parsed
