from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_create import ComplaintCreate
from ...models.complaint_read import ComplaintRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ComplaintCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintRead | Problem | None:
    if response.status_code == 201:
        response_201 = ComplaintRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[ComplaintRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ComplaintRead | Problem]:
    """Create Complaint

     Record a complaint from any channel; returns its FT-number and tracking code.

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (ComplaintCreate): A complaint recorded by staff or a partner system, from any
            channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ComplaintRead | Problem | None:
    """Create Complaint

     Record a complaint from any channel; returns its FT-number and tracking code.

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (ComplaintCreate): A complaint recorded by staff or a partner system, from any
            channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ComplaintRead | Problem]:
    """Create Complaint

     Record a complaint from any channel; returns its FT-number and tracking code.

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (ComplaintCreate): A complaint recorded by staff or a partner system, from any
            channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ComplaintRead | Problem | None:
    """Create Complaint

     Record a complaint from any channel; returns its FT-number and tracking code.

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (ComplaintCreate): A complaint recorded by staff or a partner system, from any
            channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
