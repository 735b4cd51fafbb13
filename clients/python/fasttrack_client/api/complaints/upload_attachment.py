from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_read import AttachmentRead
from ...models.attachment_upload import AttachmentUpload
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: AttachmentUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/attachments".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentRead | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentRead.from_dict(response.json())

        return response_201

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[AttachmentRead | Problem]:
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
    body: AttachmentUpload,
) -> Response[AttachmentRead | Problem]:
    """Upload Attachment

     Attach a photo (JPEG, PNG, WebP — EXIF and GPS removed) or a PDF to a case.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`.

    Args:
        complaint_id (UUID):
        body (AttachmentUpload): multipart/form-data: the file and whether the public may see it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentRead | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentUpload,
) -> AttachmentRead | Problem | None:
    """Upload Attachment

     Attach a photo (JPEG, PNG, WebP — EXIF and GPS removed) or a PDF to a case.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`.

    Args:
        complaint_id (UUID):
        body (AttachmentUpload): multipart/form-data: the file and whether the public may see it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentRead | Problem
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentUpload,
) -> Response[AttachmentRead | Problem]:
    """Upload Attachment

     Attach a photo (JPEG, PNG, WebP — EXIF and GPS removed) or a PDF to a case.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`.

    Args:
        complaint_id (UUID):
        body (AttachmentUpload): multipart/form-data: the file and whether the public may see it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentRead | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentUpload,
) -> AttachmentRead | Problem | None:
    """Upload Attachment

     Attach a photo (JPEG, PNG, WebP — EXIF and GPS removed) or a PDF to a case.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`.

    Args:
        complaint_id (UUID):
        body (AttachmentUpload): multipart/form-data: the file and whether the public may see it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentRead | Problem
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
