from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.photo_upload import PhotoUpload
from ...models.problem import Problem
from ...models.public_attachment_read import PublicAttachmentRead
from ...types import Response


def _get_kwargs(
    tracking_code: str,
    *,
    body: PhotoUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/complaints/{tracking_code}/attachments".format(
            tracking_code=quote(str(tracking_code), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicAttachmentRead | None:
    if response.status_code == 201:
        response_201 = PublicAttachmentRead.from_dict(response.json())

        return response_201

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
) -> Response[Problem | PublicAttachmentRead]:
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
    body: PhotoUpload,
) -> Response[Problem | PublicAttachmentRead]:
    """Upload Public Attachment

     Add a photo to one's own complaint; its EXIF and GPS metadata are removed.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`; a case already holding the most files allowed, a 409
    `attachment.limit_reached`.

    Args:
        tracking_code (str):
        body (PhotoUpload): multipart/form-data: one photo (JPEG, PNG or WebP).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicAttachmentRead]
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
    body: PhotoUpload,
) -> Problem | PublicAttachmentRead | None:
    """Upload Public Attachment

     Add a photo to one's own complaint; its EXIF and GPS metadata are removed.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`; a case already holding the most files allowed, a 409
    `attachment.limit_reached`.

    Args:
        tracking_code (str):
        body (PhotoUpload): multipart/form-data: one photo (JPEG, PNG or WebP).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicAttachmentRead
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
    body: PhotoUpload,
) -> Response[Problem | PublicAttachmentRead]:
    """Upload Public Attachment

     Add a photo to one's own complaint; its EXIF and GPS metadata are removed.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`; a case already holding the most files allowed, a 409
    `attachment.limit_reached`.

    Args:
        tracking_code (str):
        body (PhotoUpload): multipart/form-data: one photo (JPEG, PNG or WebP).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicAttachmentRead]
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
    body: PhotoUpload,
) -> Problem | PublicAttachmentRead | None:
    """Upload Public Attachment

     Add a photo to one's own complaint; its EXIF and GPS metadata are removed.

    An image with more pixels than the configured cap is refused from its header (413
    `attachment.image_too_large`); one that does not decode is a 422
    `attachment.image_unreadable`; a case already holding the most files allowed, a 409
    `attachment.limit_reached`.

    Args:
        tracking_code (str):
        body (PhotoUpload): multipart/form-data: one photo (JPEG, PNG or WebP).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicAttachmentRead
    """

    return (
        await asyncio_detailed(
            tracking_code=tracking_code,
            client=client,
            body=body,
        )
    ).parsed
