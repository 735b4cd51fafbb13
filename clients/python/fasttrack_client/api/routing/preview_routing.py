from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.routing_preview_read import RoutingPreviewRead
from ...models.routing_preview_request import RoutingPreviewRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RoutingPreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/routing/preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RoutingPreviewRead | None:
    if response.status_code == 200:
        response_200 = RoutingPreviewRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Problem | RoutingPreviewRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingPreviewRequest,
) -> Response[Problem | RoutingPreviewRead]:
    """Preview Routing

     Where a case of the category would go now: the agency, its available coordinator (or
    null and a warning) and the rule that decided. A location outside Bangkok is a 422
    (`routing.outside_bangkok`). Rules naming a deactivated agency are passed over.

    Args:
        body (RoutingPreviewRequest): A category and where the case is: a district code, or a
            location (not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoutingPreviewRead]
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
    client: AuthenticatedClient,
    body: RoutingPreviewRequest,
) -> Problem | RoutingPreviewRead | None:
    """Preview Routing

     Where a case of the category would go now: the agency, its available coordinator (or
    null and a warning) and the rule that decided. A location outside Bangkok is a 422
    (`routing.outside_bangkok`). Rules naming a deactivated agency are passed over.

    Args:
        body (RoutingPreviewRequest): A category and where the case is: a district code, or a
            location (not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoutingPreviewRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingPreviewRequest,
) -> Response[Problem | RoutingPreviewRead]:
    """Preview Routing

     Where a case of the category would go now: the agency, its available coordinator (or
    null and a warning) and the rule that decided. A location outside Bangkok is a 422
    (`routing.outside_bangkok`). Rules naming a deactivated agency are passed over.

    Args:
        body (RoutingPreviewRequest): A category and where the case is: a district code, or a
            location (not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoutingPreviewRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RoutingPreviewRequest,
) -> Problem | RoutingPreviewRead | None:
    """Preview Routing

     Where a case of the category would go now: the agency, its available coordinator (or
    null and a warning) and the rule that decided. A location outside Bangkok is a 422
    (`routing.outside_bangkok`). Rules naming a deactivated agency are passed over.

    Args:
        body (RoutingPreviewRequest): A category and where the case is: a district code, or a
            location (not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoutingPreviewRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
