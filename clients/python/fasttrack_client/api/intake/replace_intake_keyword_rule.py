from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.keyword_rule_read import KeywordRuleRead
from ...models.keyword_rule_replace import KeywordRuleReplace
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    category_id: UUID,
    *,
    body: KeywordRuleReplace,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/intake/keyword-rules/{category_id}".format(
            category_id=quote(str(category_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KeywordRuleRead | Problem | None:
    if response.status_code == 200:
        response_200 = KeywordRuleRead.from_dict(response.json())

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
) -> Response[KeywordRuleRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KeywordRuleReplace,
) -> Response[KeywordRuleRead | Problem]:
    """Replace Intake Keyword Rule

     Set a category's keywords (admins; audit-logged); an empty list deletes the rule.

    Args:
        category_id (UUID):
        body (KeywordRuleReplace): The category's keywords; an empty list deletes the rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeywordRuleRead | Problem]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KeywordRuleReplace,
) -> KeywordRuleRead | Problem | None:
    """Replace Intake Keyword Rule

     Set a category's keywords (admins; audit-logged); an empty list deletes the rule.

    Args:
        category_id (UUID):
        body (KeywordRuleReplace): The category's keywords; an empty list deletes the rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeywordRuleRead | Problem
    """

    return sync_detailed(
        category_id=category_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    category_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KeywordRuleReplace,
) -> Response[KeywordRuleRead | Problem]:
    """Replace Intake Keyword Rule

     Set a category's keywords (admins; audit-logged); an empty list deletes the rule.

    Args:
        category_id (UUID):
        body (KeywordRuleReplace): The category's keywords; an empty list deletes the rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeywordRuleRead | Problem]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category_id: UUID,
    *,
    client: AuthenticatedClient,
    body: KeywordRuleReplace,
) -> KeywordRuleRead | Problem | None:
    """Replace Intake Keyword Rule

     Set a category's keywords (admins; audit-logged); an empty list deletes the rule.

    Args:
        category_id (UUID):
        body (KeywordRuleReplace): The category's keywords; an empty list deletes the rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeywordRuleRead | Problem
    """

    return (
        await asyncio_detailed(
            category_id=category_id,
            client=client,
            body=body,
        )
    ).parsed
