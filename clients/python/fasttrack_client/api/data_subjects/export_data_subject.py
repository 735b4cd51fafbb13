from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_subject_export import DataSubjectExport
from ...models.data_subject_export_format import DataSubjectExportFormat
from ...models.data_subject_query import DataSubjectQuery
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DataSubjectQuery,
    format_: DataSubjectExportFormat | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/privacy/data-subjects/export",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSubjectExport | Problem | None:
    if response.status_code == 200:
        response_200 = DataSubjectExport.from_dict(response.json())

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
) -> Response[DataSubjectExport | Problem]:
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
    format_: DataSubjectExportFormat | Unset = UNSET,
) -> Response[DataSubjectExport | Problem]:
    """Export Data Subject

     The file handed to the data subject (right of access and portability): JSON, or a
    readable Thai summary with `format=html`. It holds their data only: staff-only entries
    are left out, other people's phone numbers, e-mails and ids replaced, staff not named.

    Args:
        format_ (DataSubjectExportFormat | Unset):
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSubjectExport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DataSubjectQuery,
    format_: DataSubjectExportFormat | Unset = UNSET,
) -> DataSubjectExport | Problem | None:
    """Export Data Subject

     The file handed to the data subject (right of access and portability): JSON, or a
    readable Thai summary with `format=html`. It holds their data only: staff-only entries
    are left out, other people's phone numbers, e-mails and ids replaced, staff not named.

    Args:
        format_ (DataSubjectExportFormat | Unset):
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSubjectExport | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DataSubjectQuery,
    format_: DataSubjectExportFormat | Unset = UNSET,
) -> Response[DataSubjectExport | Problem]:
    """Export Data Subject

     The file handed to the data subject (right of access and portability): JSON, or a
    readable Thai summary with `format=html`. It holds their data only: staff-only entries
    are left out, other people's phone numbers, e-mails and ids replaced, staff not named.

    Args:
        format_ (DataSubjectExportFormat | Unset):
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSubjectExport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DataSubjectQuery,
    format_: DataSubjectExportFormat | Unset = UNSET,
) -> DataSubjectExport | Problem | None:
    """Export Data Subject

     The file handed to the data subject (right of access and portability): JSON, or a
    readable Thai summary with `format=html`. It holds their data only: staff-only entries
    are left out, other people's phone numbers, e-mails and ids replaced, staff not named.

    Args:
        format_ (DataSubjectExportFormat | Unset):
        body (DataSubjectQuery): Who the request is about: at least one identifier. Phone numbers
            match in any Thai
            form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
            a national id (13 digits, checked) is found where someone typed it into a case or a
            note; a name matches complainants and activity participants as written (up to spaces).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSubjectExport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
