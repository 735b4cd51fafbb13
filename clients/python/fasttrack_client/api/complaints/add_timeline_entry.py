from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.co_handler_entry_read import CoHandlerEntryRead
from ...models.created_entry_read import CreatedEntryRead
from ...models.escalated_entry_read import EscalatedEntryRead
from ...models.flagged_entry_read import FlaggedEntryRead
from ...models.message_entry_read import MessageEntryRead
from ...models.problem import Problem
from ...models.rated_entry_read import RatedEntryRead
from ...models.redacted_entry_read import RedactedEntryRead
from ...models.timeline_entry_create import TimelineEntryCreate
from ...models.transition_entry_read import TransitionEntryRead
from ...models.updated_entry_read import UpdatedEntryRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: TimelineEntryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/timeline".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CoHandlerEntryRead
    | CreatedEntryRead
    | EscalatedEntryRead
    | FlaggedEntryRead
    | MessageEntryRead
    | RatedEntryRead
    | RedactedEntryRead
    | TransitionEntryRead
    | UpdatedEntryRead
    | Problem
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> (
            CoHandlerEntryRead
            | CreatedEntryRead
            | EscalatedEntryRead
            | FlaggedEntryRead
            | MessageEntryRead
            | RatedEntryRead
            | RedactedEntryRead
            | TransitionEntryRead
            | UpdatedEntryRead
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_0 = CreatedEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_1 = TransitionEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_2 = CoHandlerEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_3 = UpdatedEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_4 = MessageEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_5 = FlaggedEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_6 = RatedEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timeline_entry_read_type_7 = EscalatedEntryRead.from_dict(data)

                return componentsschemas_timeline_entry_read_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_timeline_entry_read_type_8 = RedactedEntryRead.from_dict(data)

            return componentsschemas_timeline_entry_read_type_8

        response_201 = _parse_response_201(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[
    CoHandlerEntryRead
    | CreatedEntryRead
    | EscalatedEntryRead
    | FlaggedEntryRead
    | MessageEntryRead
    | RatedEntryRead
    | RedactedEntryRead
    | TransitionEntryRead
    | UpdatedEntryRead
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TimelineEntryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CoHandlerEntryRead
    | CreatedEntryRead
    | EscalatedEntryRead
    | FlaggedEntryRead
    | MessageEntryRead
    | RatedEntryRead
    | RedactedEntryRead
    | TransitionEntryRead
    | UpdatedEntryRead
    | Problem
]:
    """Add Timeline Entry

     Write a note, a coordination message (LINE group, phone, fax, e-mail), a field visit
    or a response to the complainant (the first one is the case's first response).

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (TimelineEntryCreate): A note, a coordination message (with its channel), a field
            visit or a response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoHandlerEntryRead | CreatedEntryRead | EscalatedEntryRead | FlaggedEntryRead | MessageEntryRead | RatedEntryRead | RedactedEntryRead | TransitionEntryRead | UpdatedEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TimelineEntryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CoHandlerEntryRead
    | CreatedEntryRead
    | EscalatedEntryRead
    | FlaggedEntryRead
    | MessageEntryRead
    | RatedEntryRead
    | RedactedEntryRead
    | TransitionEntryRead
    | UpdatedEntryRead
    | Problem
    | None
):
    """Add Timeline Entry

     Write a note, a coordination message (LINE group, phone, fax, e-mail), a field visit
    or a response to the complainant (the first one is the case's first response).

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (TimelineEntryCreate): A note, a coordination message (with its channel), a field
            visit or a response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoHandlerEntryRead | CreatedEntryRead | EscalatedEntryRead | FlaggedEntryRead | MessageEntryRead | RatedEntryRead | RedactedEntryRead | TransitionEntryRead | UpdatedEntryRead | Problem
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TimelineEntryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CoHandlerEntryRead
    | CreatedEntryRead
    | EscalatedEntryRead
    | FlaggedEntryRead
    | MessageEntryRead
    | RatedEntryRead
    | RedactedEntryRead
    | TransitionEntryRead
    | UpdatedEntryRead
    | Problem
]:
    """Add Timeline Entry

     Write a note, a coordination message (LINE group, phone, fax, e-mail), a field visit
    or a response to the complainant (the first one is the case's first response).

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (TimelineEntryCreate): A note, a coordination message (with its channel), a field
            visit or a response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoHandlerEntryRead | CreatedEntryRead | EscalatedEntryRead | FlaggedEntryRead | MessageEntryRead | RatedEntryRead | RedactedEntryRead | TransitionEntryRead | UpdatedEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TimelineEntryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CoHandlerEntryRead
    | CreatedEntryRead
    | EscalatedEntryRead
    | FlaggedEntryRead
    | MessageEntryRead
    | RatedEntryRead
    | RedactedEntryRead
    | TransitionEntryRead
    | UpdatedEntryRead
    | Problem
    | None
):
    """Add Timeline Entry

     Write a note, a coordination message (LINE group, phone, fax, e-mail), a field visit
    or a response to the complainant (the first one is the case's first response).

    Args:
        complaint_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            creates nothing
        body (TimelineEntryCreate): A note, a coordination message (with its channel), a field
            visit or a response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoHandlerEntryRead | CreatedEntryRead | EscalatedEntryRead | FlaggedEntryRead | MessageEntryRead | RatedEntryRead | RedactedEntryRead | TransitionEntryRead | UpdatedEntryRead | Problem
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
