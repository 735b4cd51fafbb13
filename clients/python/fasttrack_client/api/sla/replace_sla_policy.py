from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sla_policy_body import SlaPolicyBody
from ...models.sla_policy_read import SlaPolicyRead
from ...types import Response


def _get_kwargs(
    sla_class: str,
    *,
    body: SlaPolicyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/sla-policies/{sla_class}".format(
            sla_class=quote(str(sla_class), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SlaPolicyRead | None:
    if response.status_code == 200:
        response_200 = SlaPolicyRead.from_dict(response.json())

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
) -> Response[Problem | SlaPolicyRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sla_class: str,
    *,
    client: AuthenticatedClient,
    body: SlaPolicyBody,
) -> Response[Problem | SlaPolicyRead]:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; audit-logged); open cases are rescheduled.

    Args:
        sla_class (str):
        body (SlaPolicyBody): Working hours (or 24x7) and targets in minutes of business time per
            urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlaPolicyRead]
    """

    kwargs = _get_kwargs(
        sla_class=sla_class,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sla_class: str,
    *,
    client: AuthenticatedClient,
    body: SlaPolicyBody,
) -> Problem | SlaPolicyRead | None:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; audit-logged); open cases are rescheduled.

    Args:
        sla_class (str):
        body (SlaPolicyBody): Working hours (or 24x7) and targets in minutes of business time per
            urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlaPolicyRead
    """

    return sync_detailed(
        sla_class=sla_class,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sla_class: str,
    *,
    client: AuthenticatedClient,
    body: SlaPolicyBody,
) -> Response[Problem | SlaPolicyRead]:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; audit-logged); open cases are rescheduled.

    Args:
        sla_class (str):
        body (SlaPolicyBody): Working hours (or 24x7) and targets in minutes of business time per
            urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlaPolicyRead]
    """

    kwargs = _get_kwargs(
        sla_class=sla_class,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sla_class: str,
    *,
    client: AuthenticatedClient,
    body: SlaPolicyBody,
) -> Problem | SlaPolicyRead | None:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; audit-logged); open cases are rescheduled.

    Args:
        sla_class (str):
        body (SlaPolicyBody): Working hours (or 24x7) and targets in minutes of business time per
            urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlaPolicyRead
    """

    return (
        await asyncio_detailed(
            sla_class=sla_class,
            client=client,
            body=body,
        )
    ).parsed
