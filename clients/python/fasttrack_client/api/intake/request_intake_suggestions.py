from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intake_suggestion_read import IntakeSuggestionRead
from ...models.intake_suggestion_request import IntakeSuggestionRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: IntakeSuggestionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/intake/suggestions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntakeSuggestionRead | Problem | None:
    if response.status_code == 200:
        response_200 = IntakeSuggestionRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[IntakeSuggestionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IntakeSuggestionRequest,
) -> Response[IntakeSuggestionRead | Problem]:
    """Request Intake Suggestions

     District, sub-district, category and agency suggested from a complaint's free text,
    ranked with confidence and the words that matched (staff who file cases, partner clients
    with `complaints:create`). Nothing is stored; a given point or district is never
    overridden.

    Args:
        body (IntakeSuggestionRequest): A complaint's free text as typed (Thai, English or both),
            and what is already known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntakeSuggestionRead | Problem]
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
    body: IntakeSuggestionRequest,
) -> IntakeSuggestionRead | Problem | None:
    """Request Intake Suggestions

     District, sub-district, category and agency suggested from a complaint's free text,
    ranked with confidence and the words that matched (staff who file cases, partner clients
    with `complaints:create`). Nothing is stored; a given point or district is never
    overridden.

    Args:
        body (IntakeSuggestionRequest): A complaint's free text as typed (Thai, English or both),
            and what is already known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntakeSuggestionRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IntakeSuggestionRequest,
) -> Response[IntakeSuggestionRead | Problem]:
    """Request Intake Suggestions

     District, sub-district, category and agency suggested from a complaint's free text,
    ranked with confidence and the words that matched (staff who file cases, partner clients
    with `complaints:create`). Nothing is stored; a given point or district is never
    overridden.

    Args:
        body (IntakeSuggestionRequest): A complaint's free text as typed (Thai, English or both),
            and what is already known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntakeSuggestionRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IntakeSuggestionRequest,
) -> IntakeSuggestionRead | Problem | None:
    """Request Intake Suggestions

     District, sub-district, category and agency suggested from a complaint's free text,
    ranked with confidence and the words that matched (staff who file cases, partner clients
    with `complaints:create`). Nothing is stored; a given point or district is never
    overridden.

    Args:
        body (IntakeSuggestionRequest): A complaint's free text as typed (Thai, English or both),
            and what is already known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntakeSuggestionRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
