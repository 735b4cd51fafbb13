from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sla_policy_body import SlaPolicyBody
from ...models.sla_policy_read import SlaPolicyRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sla_class: str,
    *,
    body: SlaPolicyBody,
    if_match: None | str,
    if_none_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

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
    if_match: None | str,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Problem | SlaPolicyRead]:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; If-Match; audit-logged); open cases move.
    If-Match names the version replaced; a class with no policy yet takes `If-None-Match: *`
    instead (412 if it has one by then).

    Args:
        sla_class (str):
        if_match (None | str): The ETag of the version being replaced, e.g. `"3"` (428 without it
            or If-None-Match: *, 412 when it is not the current one).
        if_none_match (None | str | Unset): `*` to create a resource that does not exist yet (412
            if it does)
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
        if_match=if_match,
        if_none_match=if_none_match,
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
    if_match: None | str,
    if_none_match: None | str | Unset = UNSET,
) -> Problem | SlaPolicyRead | None:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; If-Match; audit-logged); open cases move.
    If-Match names the version replaced; a class with no policy yet takes `If-None-Match: *`
    instead (412 if it has one by then).

    Args:
        sla_class (str):
        if_match (None | str): The ETag of the version being replaced, e.g. `"3"` (428 without it
            or If-None-Match: *, 412 when it is not the current one).
        if_none_match (None | str | Unset): `*` to create a resource that does not exist yet (412
            if it does)
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
        if_match=if_match,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    sla_class: str,
    *,
    client: AuthenticatedClient,
    body: SlaPolicyBody,
    if_match: None | str,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Problem | SlaPolicyRead]:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; If-Match; audit-logged); open cases move.
    If-Match names the version replaced; a class with no policy yet takes `If-None-Match: *`
    instead (412 if it has one by then).

    Args:
        sla_class (str):
        if_match (None | str): The ETag of the version being replaced, e.g. `"3"` (428 without it
            or If-None-Match: *, 412 when it is not the current one).
        if_none_match (None | str | Unset): `*` to create a resource that does not exist yet (412
            if it does)
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
        if_match=if_match,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sla_class: str,
    *,
    client: AuthenticatedClient,
    body: SlaPolicyBody,
    if_match: None | str,
    if_none_match: None | str | Unset = UNSET,
) -> Problem | SlaPolicyRead | None:
    """Replace Sla Policy

     Set the policy of an SLA class (admins; If-Match; audit-logged); open cases move.
    If-Match names the version replaced; a class with no policy yet takes `If-None-Match: *`
    instead (412 if it has one by then).

    Args:
        sla_class (str):
        if_match (None | str): The ETag of the version being replaced, e.g. `"3"` (428 without it
            or If-None-Match: *, 412 when it is not the current one).
        if_none_match (None | str | Unset): `*` to create a resource that does not exist yet (412
            if it does)
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
            if_match=if_match,
            if_none_match=if_none_match,
        )
    ).parsed
