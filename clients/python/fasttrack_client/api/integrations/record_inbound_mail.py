from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inbound_mail_receipt import InboundMailReceipt
from ...models.problem import Problem
from ...models.record_inbound_mail_files_body import RecordInboundMailFilesBody
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | RecordInboundMailFilesBody | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integrations/mail/inbound",
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"
    if isinstance(body, RecordInboundMailFilesBody):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InboundMailReceipt | Problem | None:
    if response.status_code == 200:
        response_200 = InboundMailReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[InboundMailReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | RecordInboundMailFilesBody | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
) -> Response[InboundMailReceipt | Problem]:
    """Record Inbound Mail

     A mail sent to the published complaints address, handed over by the MTA or a mail
    provider. A new mail files a complaint with channel `email` and is acknowledged by e-mail
    with its tracking code; a reply from the complainant (the tracking code in the subject, or
    In-Reply-To/References of the thread) is added to that case's timeline; auto-replies,
    bounces and list mail are dropped without an answer; a redelivered Message-ID does
    nothing. The shared secret (`FASTTRACK_INBOUND_MAIL_SECRET`) is checked before the body is
    read; without it the answer is a 401 and nothing of the request is logged.

    Args:
        authorization (None | str | Unset): `Bearer <secret>`, or Basic with the secret as the
            password.
        body (File):
        body (RecordInboundMailFilesBody): A provider's form: the raw message in `email`
            (SendGrid) or `body-mime` (Mailgun).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboundMailReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | RecordInboundMailFilesBody | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
) -> InboundMailReceipt | Problem | None:
    """Record Inbound Mail

     A mail sent to the published complaints address, handed over by the MTA or a mail
    provider. A new mail files a complaint with channel `email` and is acknowledged by e-mail
    with its tracking code; a reply from the complainant (the tracking code in the subject, or
    In-Reply-To/References of the thread) is added to that case's timeline; auto-replies,
    bounces and list mail are dropped without an answer; a redelivered Message-ID does
    nothing. The shared secret (`FASTTRACK_INBOUND_MAIL_SECRET`) is checked before the body is
    read; without it the answer is a 401 and nothing of the request is logged.

    Args:
        authorization (None | str | Unset): `Bearer <secret>`, or Basic with the secret as the
            password.
        body (File):
        body (RecordInboundMailFilesBody): A provider's form: the raw message in `email`
            (SendGrid) or `body-mime` (Mailgun).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboundMailReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | RecordInboundMailFilesBody | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
) -> Response[InboundMailReceipt | Problem]:
    """Record Inbound Mail

     A mail sent to the published complaints address, handed over by the MTA or a mail
    provider. A new mail files a complaint with channel `email` and is acknowledged by e-mail
    with its tracking code; a reply from the complainant (the tracking code in the subject, or
    In-Reply-To/References of the thread) is added to that case's timeline; auto-replies,
    bounces and list mail are dropped without an answer; a redelivered Message-ID does
    nothing. The shared secret (`FASTTRACK_INBOUND_MAIL_SECRET`) is checked before the body is
    read; without it the answer is a 401 and nothing of the request is logged.

    Args:
        authorization (None | str | Unset): `Bearer <secret>`, or Basic with the secret as the
            password.
        body (File):
        body (RecordInboundMailFilesBody): A provider's form: the raw message in `email`
            (SendGrid) or `body-mime` (Mailgun).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboundMailReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | RecordInboundMailFilesBody | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
) -> InboundMailReceipt | Problem | None:
    """Record Inbound Mail

     A mail sent to the published complaints address, handed over by the MTA or a mail
    provider. A new mail files a complaint with channel `email` and is acknowledged by e-mail
    with its tracking code; a reply from the complainant (the tracking code in the subject, or
    In-Reply-To/References of the thread) is added to that case's timeline; auto-replies,
    bounces and list mail are dropped without an answer; a redelivered Message-ID does
    nothing. The shared secret (`FASTTRACK_INBOUND_MAIL_SECRET`) is checked before the body is
    read; without it the answer is a 401 and nothing of the request is logged.

    Args:
        authorization (None | str | Unset): `Bearer <secret>`, or Basic with the secret as the
            password.
        body (File):
        body (RecordInboundMailFilesBody): A provider's form: the raw message in `email`
            (SendGrid) or `body-mime` (Mailgun).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboundMailReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            authorization=authorization,
        )
    ).parsed
