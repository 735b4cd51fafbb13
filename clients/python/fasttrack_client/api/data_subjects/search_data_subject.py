from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_subject_query import DataSubjectQuery
from ...models.data_subject_read import DataSubjectRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: DataSubjectQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/privacy/data-subjects/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSubjectRead | Problem | None:
    if response.status_code == 200:
        response_200 = DataSubjectRead.from_dict(response.json())

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
) -> Response[DataSubjectRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DataSubjectQuery,
) -> Response[DataSubjectRead | Problem]:
    """Search Data Subject

     Everything held about a person, found by phone, e-mail, national id, LINE user id or
    name, across cases, timelines, attachments and activity participants (OMB officers and
    administrators; audited, each case's personal data logged as accessed). The identifiers
    travel in the body, never in a URL.

    Args:
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSubjectRead | Problem]
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
    body: DataSubjectQuery,
) -> DataSubjectRead | Problem | None:
    """Search Data Subject

     Everything held about a person, found by phone, e-mail, national id, LINE user id or
    name, across cases, timelines, attachments and activity participants (OMB officers and
    administrators; audited, each case's personal data logged as accessed). The identifiers
    travel in the body, never in a URL.

    Args:
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSubjectRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DataSubjectQuery,
) -> Response[DataSubjectRead | Problem]:
    """Search Data Subject

     Everything held about a person, found by phone, e-mail, national id, LINE user id or
    name, across cases, timelines, attachments and activity participants (OMB officers and
    administrators; audited, each case's personal data logged as accessed). The identifiers
    travel in the body, never in a URL.

    Args:
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSubjectRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DataSubjectQuery,
) -> DataSubjectRead | Problem | None:
    """Search Data Subject

     Everything held about a person, found by phone, e-mail, national id, LINE user id or
    name, across cases, timelines, attachments and activity participants (OMB officers and
    administrators; audited, each case's personal data logged as accessed). The identifiers
    travel in the body, never in a URL.

    Args:
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSubjectRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
