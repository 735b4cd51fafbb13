from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.line_webhook_receipt import LineWebhookReceipt
from ...models.problem import Problem
from ...models.record_line_events_body import RecordLineEventsBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RecordLineEventsBody,
    x_line_signature: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_line_signature, Unset):
        headers["x-line-signature"] = x_line_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/line/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LineWebhookReceipt | Problem | None:
    if response.status_code == 200:
        response_200 = LineWebhookReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LineWebhookReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecordLineEventsBody,
    x_line_signature: None | str | Unset = UNSET,
) -> Response[LineWebhookReceipt | Problem]:
    """Record Line Events

     Events of the LINE Official Account (messages, follows, postbacks). The request must be
    signed with the channel secret (`X-Line-Signature`); anything else is refused with a 401
    and nothing of it is read further. Answers quickly: replies go out through the job queue.

    Args:
        x_line_signature (None | str | Unset): Base64 HMAC-SHA256 of the body with the channel
            secret.
        body (RecordLineEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LineWebhookReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        x_line_signature=x_line_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RecordLineEventsBody,
    x_line_signature: None | str | Unset = UNSET,
) -> LineWebhookReceipt | Problem | None:
    """Record Line Events

     Events of the LINE Official Account (messages, follows, postbacks). The request must be
    signed with the channel secret (`X-Line-Signature`); anything else is refused with a 401
    and nothing of it is read further. Answers quickly: replies go out through the job queue.

    Args:
        x_line_signature (None | str | Unset): Base64 HMAC-SHA256 of the body with the channel
            secret.
        body (RecordLineEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LineWebhookReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        x_line_signature=x_line_signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecordLineEventsBody,
    x_line_signature: None | str | Unset = UNSET,
) -> Response[LineWebhookReceipt | Problem]:
    """Record Line Events

     Events of the LINE Official Account (messages, follows, postbacks). The request must be
    signed with the channel secret (`X-Line-Signature`); anything else is refused with a 401
    and nothing of it is read further. Answers quickly: replies go out through the job queue.

    Args:
        x_line_signature (None | str | Unset): Base64 HMAC-SHA256 of the body with the channel
            secret.
        body (RecordLineEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LineWebhookReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        x_line_signature=x_line_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecordLineEventsBody,
    x_line_signature: None | str | Unset = UNSET,
) -> LineWebhookReceipt | Problem | None:
    """Record Line Events

     Events of the LINE Official Account (messages, follows, postbacks). The request must be
    signed with the channel secret (`X-Line-Signature`); anything else is refused with a 401
    and nothing of it is read further. Answers quickly: replies go out through the job queue.

    Args:
        x_line_signature (None | str | Unset): Base64 HMAC-SHA256 of the body with the channel
            secret.
        body (RecordLineEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LineWebhookReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_line_signature=x_line_signature,
        )
    ).parsed
