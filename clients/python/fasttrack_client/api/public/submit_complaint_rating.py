from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_rating_create import PublicRatingCreate
from ...models.public_rating_read import PublicRatingRead
from ...types import Response


def _get_kwargs(
    tracking_code: str,
    *,
    body: PublicRatingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/complaints/{tracking_code}/rating".format(
            tracking_code=quote(str(tracking_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicRatingRead | None:
    if response.status_code == 201:
        response_201 = PublicRatingRead.from_dict(response.json())

        return response_201

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
) -> Response[Problem | PublicRatingRead]:
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
    body: PublicRatingCreate,
) -> Response[Problem | PublicRatingRead]:
    """Submit Complaint Rating

     Rate a resolved case 1-5 with an optional comment, once: needs the tracking code and
    the secret given at filing (a wrong pair is a 403, the same whatever was wrong).

    Args:
        tracking_code (str):
        body (PublicRatingCreate): The complainant's 1-5 satisfaction rating of a resolved case
            (once per case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicRatingRead]
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
    body: PublicRatingCreate,
) -> Problem | PublicRatingRead | None:
    """Submit Complaint Rating

     Rate a resolved case 1-5 with an optional comment, once: needs the tracking code and
    the secret given at filing (a wrong pair is a 403, the same whatever was wrong).

    Args:
        tracking_code (str):
        body (PublicRatingCreate): The complainant's 1-5 satisfaction rating of a resolved case
            (once per case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicRatingRead
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
    body: PublicRatingCreate,
) -> Response[Problem | PublicRatingRead]:
    """Submit Complaint Rating

     Rate a resolved case 1-5 with an optional comment, once: needs the tracking code and
    the secret given at filing (a wrong pair is a 403, the same whatever was wrong).

    Args:
        tracking_code (str):
        body (PublicRatingCreate): The complainant's 1-5 satisfaction rating of a resolved case
            (once per case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicRatingRead]
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
    body: PublicRatingCreate,
) -> Problem | PublicRatingRead | None:
    """Submit Complaint Rating

     Rate a resolved case 1-5 with an optional comment, once: needs the tracking code and
    the secret given at filing (a wrong pair is a 403, the same whatever was wrong).

    Args:
        tracking_code (str):
        body (PublicRatingCreate): The complainant's 1-5 satisfaction rating of a resolved case
            (once per case).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicRatingRead
    """

    return (
        await asyncio_detailed(
            tracking_code=tracking_code,
            client=client,
            body=body,
        )
    ).parsed
