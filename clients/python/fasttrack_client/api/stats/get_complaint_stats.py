import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel import Channel
from ...models.complaint_stats_read import ComplaintStatsRead
from ...models.complaint_status import ComplaintStatus
from ...models.period import Period
from ...models.problem import Problem
from ...models.sla_filter import SlaFilter
from ...models.urgency import Urgency
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: Period | Unset = UNSET,
    live: bool | Unset = False,
    status: list[ComplaintStatus] | None | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    district_code: None | str | Unset = UNSET,
    subdistrict_code: None | str | Unset = UNSET,
    category_id: None | Unset | UUID = UNSET,
    channel: Channel | None | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    mou_area_id: int | None | Unset = UNSET,
    assignee_id: None | Unset | UUID = UNSET,
    first_response_sla: None | SlaFilter | Unset = UNSET,
    resolution_sla: None | SlaFilter | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    resolved_from: datetime.datetime | None | Unset = UNSET,
    resolved_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params["live"] = live

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    json_agency_id: None | str | Unset
    if isinstance(agency_id, Unset):
        json_agency_id = UNSET
    elif isinstance(agency_id, UUID):
        json_agency_id = str(agency_id)
    else:
        json_agency_id = agency_id
    params["agency_id"] = json_agency_id

    json_district_code: None | str | Unset
    if isinstance(district_code, Unset):
        json_district_code = UNSET
    else:
        json_district_code = district_code
    params["district_code"] = json_district_code

    json_subdistrict_code: None | str | Unset
    if isinstance(subdistrict_code, Unset):
        json_subdistrict_code = UNSET
    else:
        json_subdistrict_code = subdistrict_code
    params["subdistrict_code"] = json_subdistrict_code

    json_category_id: None | str | Unset
    if isinstance(category_id, Unset):
        json_category_id = UNSET
    elif isinstance(category_id, UUID):
        json_category_id = str(category_id)
    else:
        json_category_id = category_id
    params["category_id"] = json_category_id

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, Channel):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_fast_track: bool | None | Unset
    if isinstance(fast_track, Unset):
        json_fast_track = UNSET
    else:
        json_fast_track = fast_track
    params["fast_track"] = json_fast_track

    json_urgency: None | str | Unset
    if isinstance(urgency, Unset):
        json_urgency = UNSET
    elif isinstance(urgency, Urgency):
        json_urgency = urgency.value
    else:
        json_urgency = urgency
    params["urgency"] = json_urgency

    json_mou_area_id: int | None | Unset
    if isinstance(mou_area_id, Unset):
        json_mou_area_id = UNSET
    else:
        json_mou_area_id = mou_area_id
    params["mou_area_id"] = json_mou_area_id

    json_assignee_id: None | str | Unset
    if isinstance(assignee_id, Unset):
        json_assignee_id = UNSET
    elif isinstance(assignee_id, UUID):
        json_assignee_id = str(assignee_id)
    else:
        json_assignee_id = assignee_id
    params["assignee_id"] = json_assignee_id

    json_first_response_sla: None | str | Unset
    if isinstance(first_response_sla, Unset):
        json_first_response_sla = UNSET
    elif isinstance(first_response_sla, SlaFilter):
        json_first_response_sla = first_response_sla.value
    else:
        json_first_response_sla = first_response_sla
    params["first_response_sla"] = json_first_response_sla

    json_resolution_sla: None | str | Unset
    if isinstance(resolution_sla, Unset):
        json_resolution_sla = UNSET
    elif isinstance(resolution_sla, SlaFilter):
        json_resolution_sla = resolution_sla.value
    else:
        json_resolution_sla = resolution_sla
    params["resolution_sla"] = json_resolution_sla

    json_created_from: None | str | Unset
    if isinstance(created_from, Unset):
        json_created_from = UNSET
    elif isinstance(created_from, datetime.datetime):
        json_created_from = created_from.isoformat()
    else:
        json_created_from = created_from
    params["created_from"] = json_created_from

    json_created_to: None | str | Unset
    if isinstance(created_to, Unset):
        json_created_to = UNSET
    elif isinstance(created_to, datetime.datetime):
        json_created_to = created_to.isoformat()
    else:
        json_created_to = created_to
    params["created_to"] = json_created_to

    json_resolved_from: None | str | Unset
    if isinstance(resolved_from, Unset):
        json_resolved_from = UNSET
    elif isinstance(resolved_from, datetime.datetime):
        json_resolved_from = resolved_from.isoformat()
    else:
        json_resolved_from = resolved_from
    params["resolved_from"] = json_resolved_from

    json_resolved_to: None | str | Unset
    if isinstance(resolved_to, Unset):
        json_resolved_to = UNSET
    elif isinstance(resolved_to, datetime.datetime):
        json_resolved_to = resolved_to.isoformat()
    else:
        json_resolved_to = resolved_to
    params["resolved_to"] = json_resolved_to

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/complaints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintStatsRead | Problem | None:
    if response.status_code == 200:
        response_200 = ComplaintStatsRead.from_dict(response.json())

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
) -> Response[ComplaintStatsRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: Period | Unset = UNSET,
    live: bool | Unset = False,
    status: list[ComplaintStatus] | None | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    district_code: None | str | Unset = UNSET,
    subdistrict_code: None | str | Unset = UNSET,
    category_id: None | Unset | UUID = UNSET,
    channel: Channel | None | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    mou_area_id: int | None | Unset = UNSET,
    assignee_id: None | Unset | UUID = UNSET,
    first_response_sla: None | SlaFilter | Unset = UNSET,
    resolution_sla: None | SlaFilter | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    resolved_from: datetime.datetime | None | Unset = UNSET,
    resolved_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ComplaintStatsRead | Problem]:
    """Get Complaint Stats

     Statistics of the complaints you may see (OMB officers: all of them), filtered like
    the queue.

    Args:
        period (Period | Unset):
        live (bool | Unset): Skip the rollup: count everything now Default: False.
        status (list[ComplaintStatus] | None | Unset):
        agency_id (None | Unset | UUID):
        district_code (None | str | Unset):
        subdistrict_code (None | str | Unset): DOPA sub-district (แขวง) code
        category_id (None | Unset | UUID):
        channel (Channel | None | Unset):
        fast_track (bool | None | Unset):
        urgency (None | Unset | Urgency):
        mou_area_id (int | None | Unset):
        assignee_id (None | Unset | UUID):
        first_response_sla (None | SlaFilter | Unset): Judged on the stored due times; met
            excluded
        resolution_sla (None | SlaFilter | Unset):
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        resolved_from (datetime.datetime | None | Unset):
        resolved_to (datetime.datetime | None | Unset):
        q (None | str | Unset): Thai or English substring of the title or description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintStatsRead | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        live=live,
        status=status,
        agency_id=agency_id,
        district_code=district_code,
        subdistrict_code=subdistrict_code,
        category_id=category_id,
        channel=channel,
        fast_track=fast_track,
        urgency=urgency,
        mou_area_id=mou_area_id,
        assignee_id=assignee_id,
        first_response_sla=first_response_sla,
        resolution_sla=resolution_sla,
        created_from=created_from,
        created_to=created_to,
        resolved_from=resolved_from,
        resolved_to=resolved_to,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: Period | Unset = UNSET,
    live: bool | Unset = False,
    status: list[ComplaintStatus] | None | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    district_code: None | str | Unset = UNSET,
    subdistrict_code: None | str | Unset = UNSET,
    category_id: None | Unset | UUID = UNSET,
    channel: Channel | None | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    mou_area_id: int | None | Unset = UNSET,
    assignee_id: None | Unset | UUID = UNSET,
    first_response_sla: None | SlaFilter | Unset = UNSET,
    resolution_sla: None | SlaFilter | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    resolved_from: datetime.datetime | None | Unset = UNSET,
    resolved_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ComplaintStatsRead | Problem | None:
    """Get Complaint Stats

     Statistics of the complaints you may see (OMB officers: all of them), filtered like
    the queue.

    Args:
        period (Period | Unset):
        live (bool | Unset): Skip the rollup: count everything now Default: False.
        status (list[ComplaintStatus] | None | Unset):
        agency_id (None | Unset | UUID):
        district_code (None | str | Unset):
        subdistrict_code (None | str | Unset): DOPA sub-district (แขวง) code
        category_id (None | Unset | UUID):
        channel (Channel | None | Unset):
        fast_track (bool | None | Unset):
        urgency (None | Unset | Urgency):
        mou_area_id (int | None | Unset):
        assignee_id (None | Unset | UUID):
        first_response_sla (None | SlaFilter | Unset): Judged on the stored due times; met
            excluded
        resolution_sla (None | SlaFilter | Unset):
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        resolved_from (datetime.datetime | None | Unset):
        resolved_to (datetime.datetime | None | Unset):
        q (None | str | Unset): Thai or English substring of the title or description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintStatsRead | Problem
    """

    return sync_detailed(
        client=client,
        period=period,
        live=live,
        status=status,
        agency_id=agency_id,
        district_code=district_code,
        subdistrict_code=subdistrict_code,
        category_id=category_id,
        channel=channel,
        fast_track=fast_track,
        urgency=urgency,
        mou_area_id=mou_area_id,
        assignee_id=assignee_id,
        first_response_sla=first_response_sla,
        resolution_sla=resolution_sla,
        created_from=created_from,
        created_to=created_to,
        resolved_from=resolved_from,
        resolved_to=resolved_to,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: Period | Unset = UNSET,
    live: bool | Unset = False,
    status: list[ComplaintStatus] | None | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    district_code: None | str | Unset = UNSET,
    subdistrict_code: None | str | Unset = UNSET,
    category_id: None | Unset | UUID = UNSET,
    channel: Channel | None | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    mou_area_id: int | None | Unset = UNSET,
    assignee_id: None | Unset | UUID = UNSET,
    first_response_sla: None | SlaFilter | Unset = UNSET,
    resolution_sla: None | SlaFilter | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    resolved_from: datetime.datetime | None | Unset = UNSET,
    resolved_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ComplaintStatsRead | Problem]:
    """Get Complaint Stats

     Statistics of the complaints you may see (OMB officers: all of them), filtered like
    the queue.

    Args:
        period (Period | Unset):
        live (bool | Unset): Skip the rollup: count everything now Default: False.
        status (list[ComplaintStatus] | None | Unset):
        agency_id (None | Unset | UUID):
        district_code (None | str | Unset):
        subdistrict_code (None | str | Unset): DOPA sub-district (แขวง) code
        category_id (None | Unset | UUID):
        channel (Channel | None | Unset):
        fast_track (bool | None | Unset):
        urgency (None | Unset | Urgency):
        mou_area_id (int | None | Unset):
        assignee_id (None | Unset | UUID):
        first_response_sla (None | SlaFilter | Unset): Judged on the stored due times; met
            excluded
        resolution_sla (None | SlaFilter | Unset):
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        resolved_from (datetime.datetime | None | Unset):
        resolved_to (datetime.datetime | None | Unset):
        q (None | str | Unset): Thai or English substring of the title or description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintStatsRead | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        live=live,
        status=status,
        agency_id=agency_id,
        district_code=district_code,
        subdistrict_code=subdistrict_code,
        category_id=category_id,
        channel=channel,
        fast_track=fast_track,
        urgency=urgency,
        mou_area_id=mou_area_id,
        assignee_id=assignee_id,
        first_response_sla=first_response_sla,
        resolution_sla=resolution_sla,
        created_from=created_from,
        created_to=created_to,
        resolved_from=resolved_from,
        resolved_to=resolved_to,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: Period | Unset = UNSET,
    live: bool | Unset = False,
    status: list[ComplaintStatus] | None | Unset = UNSET,
    agency_id: None | Unset | UUID = UNSET,
    district_code: None | str | Unset = UNSET,
    subdistrict_code: None | str | Unset = UNSET,
    category_id: None | Unset | UUID = UNSET,
    channel: Channel | None | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    urgency: None | Unset | Urgency = UNSET,
    mou_area_id: int | None | Unset = UNSET,
    assignee_id: None | Unset | UUID = UNSET,
    first_response_sla: None | SlaFilter | Unset = UNSET,
    resolution_sla: None | SlaFilter | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    resolved_from: datetime.datetime | None | Unset = UNSET,
    resolved_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ComplaintStatsRead | Problem | None:
    """Get Complaint Stats

     Statistics of the complaints you may see (OMB officers: all of them), filtered like
    the queue.

    Args:
        period (Period | Unset):
        live (bool | Unset): Skip the rollup: count everything now Default: False.
        status (list[ComplaintStatus] | None | Unset):
        agency_id (None | Unset | UUID):
        district_code (None | str | Unset):
        subdistrict_code (None | str | Unset): DOPA sub-district (แขวง) code
        category_id (None | Unset | UUID):
        channel (Channel | None | Unset):
        fast_track (bool | None | Unset):
        urgency (None | Unset | Urgency):
        mou_area_id (int | None | Unset):
        assignee_id (None | Unset | UUID):
        first_response_sla (None | SlaFilter | Unset): Judged on the stored due times; met
            excluded
        resolution_sla (None | SlaFilter | Unset):
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        resolved_from (datetime.datetime | None | Unset):
        resolved_to (datetime.datetime | None | Unset):
        q (None | str | Unset): Thai or English substring of the title or description

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintStatsRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            live=live,
            status=status,
            agency_id=agency_id,
            district_code=district_code,
            subdistrict_code=subdistrict_code,
            category_id=category_id,
            channel=channel,
            fast_track=fast_track,
            urgency=urgency,
            mou_area_id=mou_area_id,
            assignee_id=assignee_id,
            first_response_sla=first_response_sla,
            resolution_sla=resolution_sla,
            created_from=created_from,
            created_to=created_to,
            resolved_from=resolved_from,
            resolved_to=resolved_to,
            q=q,
        )
    ).parsed
