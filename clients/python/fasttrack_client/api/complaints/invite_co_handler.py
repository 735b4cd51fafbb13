from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.co_handler_create import CoHandlerCreate
from ...models.complaint_read import ComplaintRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: CoHandlerCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/co-handlers".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintRead | Problem | None:
    if response.status_code == 200:
        response_200 = ComplaintRead.from_dict(response.json())

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
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoHandlerCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ComplaintRead | Problem]:
    """Invite Co Handler

     Invite another agency to co-handle: it sees the case and writes to its timeline.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (CoHandlerCreate): Invite another agency to co-handle the case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintRead | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoHandlerCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ComplaintRead | Problem | None:
    """Invite Co Handler

     Invite another agency to co-handle: it sees the case and writes to its timeline.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (CoHandlerCreate): Invite another agency to co-handle the case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintRead | Problem
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoHandlerCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ComplaintRead | Problem]:
    """Invite Co Handler

     Invite another agency to co-handle: it sees the case and writes to its timeline.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (CoHandlerCreate): Invite another agency to co-handle the case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintRead | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CoHandlerCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ComplaintRead | Problem | None:
    """Invite Co Handler

     Invite another agency to co-handle: it sees the case and writes to its timeline.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (CoHandlerCreate): Invite another agency to co-handle the case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintRead | Problem
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
