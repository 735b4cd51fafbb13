"""Optimistic concurrency: change a resource with the ETag you read, retrying once on 412.

Every versioned resource answers reads with an `ETag` and takes it back in `If-Match` on a
change; a change based on a stale read is a 412 (`precondition.failed`). `change_with_etag`
reads, changes with that ETag, and on a 412 reads again and retries once: when someone else
changed the resource in between, the change is applied to their version (so only use it for
changes that still make sense then, e.g. setting a field, not incrementing one).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any, TypeVar

from ..types import Response
from .errors import unwrap

T = TypeVar("T")


def _etag(response: Response[Any]) -> str:
    unwrap(response)  # a failed read raises ApiError with its problem
    return response.headers["ETag"]


def change_with_etag(read: Callable[[], Response[Any]], change: Callable[[str], Response[Any]]) -> Any:
    """`read()` fetches the resource (e.g. `get_complaint.sync_detailed(...)`); `change(etag)`
    applies the change with `if_match=etag`. Returns the changed resource, or raises ApiError
    (a second 412 included)."""
    response = change(_etag(read()))
    if response.status_code == HTTPStatus.PRECONDITION_FAILED:
        response = change(_etag(read()))
    return unwrap(response)


async def achange_with_etag(
    read: Callable[[], Awaitable[Response[Any]]],
    change: Callable[[str], Awaitable[Response[Any]]],
) -> Any:
    """`change_with_etag` for the `asyncio_detailed` functions."""
    response = await change(_etag(await read()))
    if response.status_code == HTTPStatus.PRECONDITION_FAILED:
        response = await change(_etag(await read()))
    return unwrap(response)
