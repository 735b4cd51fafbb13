from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_311_error import Open311Error
from ...models.open_311_token import Open311Token
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    jurisdiction_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_jurisdiction_id: None | str | Unset
    if isinstance(jurisdiction_id, Unset):
        json_jurisdiction_id = UNSET
    else:
        json_jurisdiction_id = jurisdiction_id
    params["jurisdiction_id"] = json_jurisdiction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/open311/tokens/{token}.json".format(
            token=quote(str(token), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[Open311Error] | list[Open311Token] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Open311Token.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for response_400_item_data in _response_400:
            response_400_item = Open311Error.from_dict(response_400_item_data)

            response_400.append(response_400_item)

        return response_400

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for response_404_item_data in _response_404:
            response_404_item = Open311Error.from_dict(response_404_item_data)

            response_404.append(response_404_item)

        return response_404

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
) -> Response[Problem | list[Open311Error] | list[Open311Token]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
) -> Response[Problem | list[Open311Error] | list[Open311Token]]:
    """Get Open311 Token

     The service request of a token. POST requests answers in real time with the
    request's id, never with a token alone; the id serves as its own token here.

    Args:
        token (str):
        jurisdiction_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Open311Error] | list[Open311Token]]
    """

    kwargs = _get_kwargs(
        token=token,
        jurisdiction_id=jurisdiction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
) -> Problem | list[Open311Error] | list[Open311Token] | None:
    """Get Open311 Token

     The service request of a token. POST requests answers in real time with the
    request's id, never with a token alone; the id serves as its own token here.

    Args:
        token (str):
        jurisdiction_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Open311Error] | list[Open311Token]
    """

    return sync_detailed(
        token=token,
        client=client,
        jurisdiction_id=jurisdiction_id,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
) -> Response[Problem | list[Open311Error] | list[Open311Token]]:
    """Get Open311 Token

     The service request of a token. POST requests answers in real time with the
    request's id, never with a token alone; the id serves as its own token here.

    Args:
        token (str):
        jurisdiction_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Open311Error] | list[Open311Token]]
    """

    kwargs = _get_kwargs(
        token=token,
        jurisdiction_id=jurisdiction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
) -> Problem | list[Open311Error] | list[Open311Token] | None:
    """Get Open311 Token

     The service request of a token. POST requests answers in real time with the
    request's id, never with a token alone; the id serves as its own token here.

    Args:
        token (str):
        jurisdiction_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Open311Error] | list[Open311Token]
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            jurisdiction_id=jurisdiction_id,
        )
    ).parsed
