from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_311_error import Open311Error
from ...models.open_311_receipt import Open311Receipt
from ...models.open_311_request_create import Open311RequestCreate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: Open311RequestCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/open311/requests.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[Open311Error] | list[Open311Receipt] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = Open311Receipt.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for response_400_item_data in _response_400:
            response_400_item = Open311Error.from_dict(response_400_item_data)

            response_400.append(response_400_item)

        return response_400

    if response.status_code == 403:
        response_403 = []
        _response_403 = response.json()
        for response_403_item_data in _response_403:
            response_403_item = Open311Error.from_dict(response_403_item_data)

            response_403.append(response_403_item)

        return response_403

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for response_429_item_data in _response_429:
            response_429_item = Open311Error.from_dict(response_429_item_data)

            response_429.append(response_429_item)

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
) -> Response[Problem | list[Open311Error] | list[Open311Receipt]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Open311RequestCreate,
) -> Response[Problem | list[Open311Error] | list[Open311Receipt]]:
    """Submit Open311 Request

     File a service request for the API client whose credential `api_key` is; the case
    goes to OMB triage like any partner's case. Wrong keys are throttled per client id and
    address like token requests (429).

    Args:
        body (Open311RequestCreate): POST requests.json, form-encoded as the specification says.
            `api_key` is an API
            client's credential, `<client_id>:<client_secret>`. Fields of the specification this
            service does not use (`device_id`, `account_id`, `media_url`, `attribute[…]`) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Open311Error] | list[Open311Receipt]]
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
    body: Open311RequestCreate,
) -> Problem | list[Open311Error] | list[Open311Receipt] | None:
    """Submit Open311 Request

     File a service request for the API client whose credential `api_key` is; the case
    goes to OMB triage like any partner's case. Wrong keys are throttled per client id and
    address like token requests (429).

    Args:
        body (Open311RequestCreate): POST requests.json, form-encoded as the specification says.
            `api_key` is an API
            client's credential, `<client_id>:<client_secret>`. Fields of the specification this
            service does not use (`device_id`, `account_id`, `media_url`, `attribute[…]`) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Open311Error] | list[Open311Receipt]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Open311RequestCreate,
) -> Response[Problem | list[Open311Error] | list[Open311Receipt]]:
    """Submit Open311 Request

     File a service request for the API client whose credential `api_key` is; the case
    goes to OMB triage like any partner's case. Wrong keys are throttled per client id and
    address like token requests (429).

    Args:
        body (Open311RequestCreate): POST requests.json, form-encoded as the specification says.
            `api_key` is an API
            client's credential, `<client_id>:<client_secret>`. Fields of the specification this
            service does not use (`device_id`, `account_id`, `media_url`, `attribute[…]`) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Open311Error] | list[Open311Receipt]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Open311RequestCreate,
) -> Problem | list[Open311Error] | list[Open311Receipt] | None:
    """Submit Open311 Request

     File a service request for the API client whose credential `api_key` is; the case
    goes to OMB triage like any partner's case. Wrong keys are throttled per client id and
    address like token requests (429).

    Args:
        body (Open311RequestCreate): POST requests.json, form-encoded as the specification says.
            `api_key` is an API
            client's credential, `<client_id>:<client_secret>`. Fields of the specification this
            service does not use (`device_id`, `account_id`, `media_url`, `attribute[…]`) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Open311Error] | list[Open311Receipt]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
