from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_token_read import ClientTokenRead
from ...models.client_token_request import ClientTokenRequest
from ...models.problem import Problem
from ...models.token_problem import TokenProblem
from ...types import Response


def _get_kwargs(
    *,
    body: ClientTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientTokenRead | Problem | TokenProblem | None:
    if response.status_code == 200:
        response_200 = ClientTokenRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TokenProblem.from_dict(response.json())

        return response_401

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
) -> Response[ClientTokenRead | Problem | TokenProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientTokenRequest,
) -> Response[ClientTokenRead | Problem | TokenProblem]:
    """Issue Token

     OAuth2 client credentials (RFC 6749 §4.4): exchange an API client's id and secret for
    a short-lived RS256 access token, verifiable with the keys at /.well-known/jwks.json.

    Errors are problem+json that also carry `error` and `error_description`. Repeated
    failures for one client id or from one address are slowed, then refused (429 with
    Retry-After).

    Args:
        body (ClientTokenRequest): OAuth2 client-credentials request, form-encoded. Credentials go
            in HTTP Basic
            (preferred) or as client_id and client_secret here; `scope` narrows the grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientTokenRead | Problem | TokenProblem]
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
    client: AuthenticatedClient | Client,
    body: ClientTokenRequest,
) -> ClientTokenRead | Problem | TokenProblem | None:
    """Issue Token

     OAuth2 client credentials (RFC 6749 §4.4): exchange an API client's id and secret for
    a short-lived RS256 access token, verifiable with the keys at /.well-known/jwks.json.

    Errors are problem+json that also carry `error` and `error_description`. Repeated
    failures for one client id or from one address are slowed, then refused (429 with
    Retry-After).

    Args:
        body (ClientTokenRequest): OAuth2 client-credentials request, form-encoded. Credentials go
            in HTTP Basic
            (preferred) or as client_id and client_secret here; `scope` narrows the grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientTokenRead | Problem | TokenProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientTokenRequest,
) -> Response[ClientTokenRead | Problem | TokenProblem]:
    """Issue Token

     OAuth2 client credentials (RFC 6749 §4.4): exchange an API client's id and secret for
    a short-lived RS256 access token, verifiable with the keys at /.well-known/jwks.json.

    Errors are problem+json that also carry `error` and `error_description`. Repeated
    failures for one client id or from one address are slowed, then refused (429 with
    Retry-After).

    Args:
        body (ClientTokenRequest): OAuth2 client-credentials request, form-encoded. Credentials go
            in HTTP Basic
            (preferred) or as client_id and client_secret here; `scope` narrows the grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientTokenRead | Problem | TokenProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClientTokenRequest,
) -> ClientTokenRead | Problem | TokenProblem | None:
    """Issue Token

     OAuth2 client credentials (RFC 6749 §4.4): exchange an API client's id and secret for
    a short-lived RS256 access token, verifiable with the keys at /.well-known/jwks.json.

    Errors are problem+json that also carry `error` and `error_description`. Repeated
    failures for one client id or from one address are slowed, then refused (429 with
    Retry-After).

    Args:
        body (ClientTokenRequest): OAuth2 client-credentials request, form-encoded. Credentials go
            in HTTP Basic
            (preferred) or as client_id and client_secret here; `scope` narrows the grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientTokenRead | Problem | TokenProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
