from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preferences_read import NotificationPreferencesRead
from ...models.notification_preferences_update import NotificationPreferencesUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: NotificationPreferencesUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/users/me/notification-preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreferencesRead | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPreferencesRead.from_dict(response.json())

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
) -> Response[NotificationPreferencesRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesUpdate,
) -> Response[NotificationPreferencesRead | Problem]:
    """Update Notification Preferences

     Turn kinds of notification on or off; unnamed kinds stay as they are. `notify_via`
    `line` or `both` without a linked LINE account is a 409 (`line.not_linked`).

    Args:
        body (NotificationPreferencesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferencesRead | Problem]
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
    body: NotificationPreferencesUpdate,
) -> NotificationPreferencesRead | Problem | None:
    """Update Notification Preferences

     Turn kinds of notification on or off; unnamed kinds stay as they are. `notify_via`
    `line` or `both` without a linked LINE account is a 409 (`line.not_linked`).

    Args:
        body (NotificationPreferencesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferencesRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesUpdate,
) -> Response[NotificationPreferencesRead | Problem]:
    """Update Notification Preferences

     Turn kinds of notification on or off; unnamed kinds stay as they are. `notify_via`
    `line` or `both` without a linked LINE account is a 409 (`line.not_linked`).

    Args:
        body (NotificationPreferencesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferencesRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesUpdate,
) -> NotificationPreferencesRead | Problem | None:
    """Update Notification Preferences

     Turn kinds of notification on or off; unnamed kinds stay as they are. `notify_via`
    `line` or `both` without a linked LINE account is a 409 (`line.not_linked`).

    Args:
        body (NotificationPreferencesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferencesRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
