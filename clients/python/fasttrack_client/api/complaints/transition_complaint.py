from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_read import ComplaintRead
from ...models.complaint_transition import ComplaintTransition
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: ComplaintTransition,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/transitions".format(
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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
    body: ComplaintTransition,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str,
) -> Response[ComplaintRead | Problem]:
    """Transition Complaint

     Apply a lifecycle action (triage, assign, start, request_info, resume, resolve,
    close, reject, withdraw, merge, transfer, reopen). An illegal action is a 409 problem
    listing the allowed ones.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ComplaintTransition): A lifecycle action and its fields (reason, referred_to, target
            case, agency, ...).

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
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ComplaintTransition,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str,
) -> ComplaintRead | Problem | None:
    """Transition Complaint

     Apply a lifecycle action (triage, assign, start, request_info, resume, resolve,
    close, reject, withdraw, merge, transfer, reopen). An illegal action is a 409 problem
    listing the allowed ones.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ComplaintTransition): A lifecycle action and its fields (reason, referred_to, target
            case, agency, ...).

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
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ComplaintTransition,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str,
) -> Response[ComplaintRead | Problem]:
    """Transition Complaint

     Apply a lifecycle action (triage, assign, start, request_info, resume, resolve,
    close, reject, withdraw, merge, transfer, reopen). An illegal action is a 409 problem
    listing the allowed ones.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ComplaintTransition): A lifecycle action and its fields (reason, referred_to, target
            case, agency, ...).

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
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ComplaintTransition,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str,
) -> ComplaintRead | Problem | None:
    """Transition Complaint

     Apply a lifecycle action (triage, assign, start, request_info, resume, resolve,
    close, reject, withdraw, merge, transfer, reopen). An illegal action is a 409 problem
    listing the allowed ones.

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ComplaintTransition): A lifecycle action and its fields (reason, referred_to, target
            case, agency, ...).

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
            if_match=if_match,
        )
    ).parsed
