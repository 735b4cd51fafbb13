from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_subject_erasure import DataSubjectErasure
from ...models.data_subject_erasure_read import DataSubjectErasureRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: DataSubjectErasure,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/privacy/data-subjects/erasures",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSubjectErasureRead | Problem | None:
    if response.status_code == 200:
        response_200 = DataSubjectErasureRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[DataSubjectErasureRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DataSubjectErasure,
) -> Response[DataSubjectErasureRead | Problem]:
    """Erase Data Subject

     Erase (anonymise) the subject: their contact fields are emptied, what they wrote and
    entries naming them are redacted on each timeline (appended redactions; the chain holds),
    their attachments and rating comment deleted, named participations renamed. The cases,
    their history of states and the statistics stay. 409 `data_subject.legal_hold` while
    any of their cases is on legal hold.

    Args:
        body (DataSubjectErasure):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSubjectErasureRead | Problem]
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
    body: DataSubjectErasure,
) -> DataSubjectErasureRead | Problem | None:
    """Erase Data Subject

     Erase (anonymise) the subject: their contact fields are emptied, what they wrote and
    entries naming them are redacted on each timeline (appended redactions; the chain holds),
    their attachments and rating comment deleted, named participations renamed. The cases,
    their history of states and the statistics stay. 409 `data_subject.legal_hold` while
    any of their cases is on legal hold.

    Args:
        body (DataSubjectErasure):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSubjectErasureRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DataSubjectErasure,
) -> Response[DataSubjectErasureRead | Problem]:
    """Erase Data Subject

     Erase (anonymise) the subject: their contact fields are emptied, what they wrote and
    entries naming them are redacted on each timeline (appended redactions; the chain holds),
    their attachments and rating comment deleted, named participations renamed. The cases,
    their history of states and the statistics stay. 409 `data_subject.legal_hold` while
    any of their cases is on legal hold.

    Args:
        body (DataSubjectErasure):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSubjectErasureRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DataSubjectErasure,
) -> DataSubjectErasureRead | Problem | None:
    """Erase Data Subject

     Erase (anonymise) the subject: their contact fields are emptied, what they wrote and
    entries naming them are redacted on each timeline (appended redactions; the chain holds),
    their attachments and rating comment deleted, named participations renamed. The cases,
    their history of states and the statistics stay. 409 `data_subject.legal_hold` while
    any of their cases is on legal hold.

    Args:
        body (DataSubjectErasure):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSubjectErasureRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
