import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_311_error import Open311Error
from ...models.open_311_request import Open311Request
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    jurisdiction_id: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    json_service_request_id: None | str | Unset
    if isinstance(service_request_id, Unset):
        json_service_request_id = UNSET
    else:
        json_service_request_id = service_request_id
    params["service_request_id"] = json_service_request_id

    json_service_code: None | str | Unset
    if isinstance(service_code, Unset):
        json_service_code = UNSET
    else:
        json_service_code = service_code
    params["service_code"] = json_service_code

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_jurisdiction_id: None | str | Unset
    if isinstance(jurisdiction_id, Unset):
        json_jurisdiction_id = UNSET
    else:
        json_jurisdiction_id = jurisdiction_id
    params["jurisdiction_id"] = json_jurisdiction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/open311/requests.json",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[Open311Error] | list[Open311Request] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Open311Request.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for response_400_item_data in _response_400:
            response_400_item = Open311Error.from_dict(response_400_item_data)

            response_400.append(response_400_item)

        return response_400

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
) -> Response[Problem | list[Open311Error] | list[Open311Request]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    jurisdiction_id: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | list[Open311Error] | list[Open311Request]]:
    """List Open311 Requests

     Service requests, newest first, at most 1000; by default those of the last 90 days.
    `service_request_id` wins over the other filters, as the specification says.

    Args:
        service_request_id (None | str | Unset): Comma-separated case numbers.
        service_code (None | str | Unset): Comma-separated service codes.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        jurisdiction_id (None | str | Unset):
        accept_language (None | str | Unset): th for Thai names and notes; English by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Open311Error] | list[Open311Request]]
    """

    kwargs = _get_kwargs(
        service_request_id=service_request_id,
        service_code=service_code,
        start_date=start_date,
        end_date=end_date,
        status=status,
        jurisdiction_id=jurisdiction_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    jurisdiction_id: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | list[Open311Error] | list[Open311Request] | None:
    """List Open311 Requests

     Service requests, newest first, at most 1000; by default those of the last 90 days.
    `service_request_id` wins over the other filters, as the specification says.

    Args:
        service_request_id (None | str | Unset): Comma-separated case numbers.
        service_code (None | str | Unset): Comma-separated service codes.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        jurisdiction_id (None | str | Unset):
        accept_language (None | str | Unset): th for Thai names and notes; English by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Open311Error] | list[Open311Request]
    """

    return sync_detailed(
        client=client,
        service_request_id=service_request_id,
        service_code=service_code,
        start_date=start_date,
        end_date=end_date,
        status=status,
        jurisdiction_id=jurisdiction_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    jurisdiction_id: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | list[Open311Error] | list[Open311Request]]:
    """List Open311 Requests

     Service requests, newest first, at most 1000; by default those of the last 90 days.
    `service_request_id` wins over the other filters, as the specification says.

    Args:
        service_request_id (None | str | Unset): Comma-separated case numbers.
        service_code (None | str | Unset): Comma-separated service codes.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        jurisdiction_id (None | str | Unset):
        accept_language (None | str | Unset): th for Thai names and notes; English by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Open311Error] | list[Open311Request]]
    """

    kwargs = _get_kwargs(
        service_request_id=service_request_id,
        service_code=service_code,
        start_date=start_date,
        end_date=end_date,
        status=status,
        jurisdiction_id=jurisdiction_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    jurisdiction_id: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | list[Open311Error] | list[Open311Request] | None:
    """List Open311 Requests

     Service requests, newest first, at most 1000; by default those of the last 90 days.
    `service_request_id` wins over the other filters, as the specification says.

    Args:
        service_request_id (None | str | Unset): Comma-separated case numbers.
        service_code (None | str | Unset): Comma-separated service codes.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        jurisdiction_id (None | str | Unset):
        accept_language (None | str | Unset): th for Thai names and notes; English by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Open311Error] | list[Open311Request]
    """

    return (
        await asyncio_detailed(
            client=client,
            service_request_id=service_request_id,
            service_code=service_code,
            start_date=start_date,
            end_date=end_date,
            status=status,
            jurisdiction_id=jurisdiction_id,
            accept_language=accept_language,
        )
    ).parsed
