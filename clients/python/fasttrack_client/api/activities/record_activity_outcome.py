from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_outcome_update import ActivityOutcomeUpdate
from ...models.activity_read import ActivityRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    activity_id: UUID,
    *,
    body: ActivityOutcomeUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/activities/{activity_id}/outcome".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityRead | Problem | None:
    if response.status_code == 200:
        response_200 = ActivityRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActivityOutcomeUpdate,
    if_match: None | str,
) -> Response[ActivityRead | Problem]:
    """Record Activity Outcome

     Record what happened at a held activity: legal consultations (mobile units),
    participants by role, by home district (youth trainings), named participants with consent.

    Args:
        activity_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ActivityOutcomeUpdate): What happened at a held activity; replaces what was recorded
            before. Complaints
            received are not typed in: file them with channel `mobile_unit` and the activity id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityRead | Problem]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActivityOutcomeUpdate,
    if_match: None | str,
) -> ActivityRead | Problem | None:
    """Record Activity Outcome

     Record what happened at a held activity: legal consultations (mobile units),
    participants by role, by home district (youth trainings), named participants with consent.

    Args:
        activity_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ActivityOutcomeUpdate): What happened at a held activity; replaces what was recorded
            before. Complaints
            received are not typed in: file them with channel `mobile_unit` and the activity id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityRead | Problem
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActivityOutcomeUpdate,
    if_match: None | str,
) -> Response[ActivityRead | Problem]:
    """Record Activity Outcome

     Record what happened at a held activity: legal consultations (mobile units),
    participants by role, by home district (youth trainings), named participants with consent.

    Args:
        activity_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ActivityOutcomeUpdate): What happened at a held activity; replaces what was recorded
            before. Complaints
            received are not typed in: file them with channel `mobile_unit` and the activity id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityRead | Problem]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActivityOutcomeUpdate,
    if_match: None | str,
) -> ActivityRead | Problem | None:
    """Record Activity Outcome

     Record what happened at a held activity: legal consultations (mobile units),
    participants by role, by home district (youth trainings), named participants with consent.

    Args:
        activity_id (UUID):
        if_match (None | str): The ETag of the version being changed, e.g. `"3"` (428 without it,
            412 when it is not the current one).
        body (ActivityOutcomeUpdate): What happened at a held activity; replaces what was recorded
            before. Complaints
            received are not typed in: file them with channel `mobile_unit` and the activity id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityRead | Problem
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
