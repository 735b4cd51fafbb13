"""Retry a create safely: the same `Idempotency-Key` on every attempt, so the server creates
at most one resource however many times the request is sent."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from ..types import Response

T = TypeVar("T")

# Worth another attempt: the request may or may not have been applied, or the server asks
# to come back later. Any other answer is final.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def create_idempotently(
    operation: Callable[..., Response[T]],
    /,
    *,
    idempotency_key: str | None = None,
    attempts: int = 4,
    backoff_seconds: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    **params: Any,
) -> Response[T]:
    """Call a generated `sync_detailed` create operation that accepts `idempotency_key`,
    retrying network failures and 408/429/5xx answers with exponential backoff.

    Every attempt sends the same key (a new UUID unless you pass one; pass your own record
    id to stay safe across restarts of your process too), so a retry after a lost answer
    returns the case created by the first attempt (`Idempotent-Replayed: true`) instead of
    creating a second one:

        response = create_idempotently(
            create_complaint.sync_detailed, client=client, body=ComplaintCreate(...),
            idempotency_key=f"crm-{ticket.id}",
        )
        case = unwrap(response)

    Returns the last response; re-raises the network error of the last attempt.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    key = idempotency_key or str(uuid.uuid4())
    for attempt in range(1, attempts + 1):
        try:
            response = operation(idempotency_key=key, **params)
        except httpx.TransportError:
            if attempt == attempts:
                raise
        else:
            if response.status_code not in RETRY_STATUSES or attempt == attempts:
                return response
        sleep(backoff_seconds * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


async def acreate_idempotently(
    operation: Callable[..., Awaitable[Response[T]]],
    /,
    *,
    idempotency_key: str | None = None,
    attempts: int = 4,
    backoff_seconds: float = 0.5,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    **params: Any,
) -> Response[T]:
    """`create_idempotently` for the generated `asyncio_detailed` functions:

    async with partner_client(base_url, client_id, client_secret) as client:
        response = await acreate_idempotently(
            create_complaint.asyncio_detailed, client=client, body=body,
            idempotency_key=f"crm-{ticket.id}",
        )
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    key = idempotency_key or str(uuid.uuid4())
    for attempt in range(1, attempts + 1):
        try:
            response = await operation(idempotency_key=key, **params)
        except httpx.TransportError:
            if attempt == attempts:
                raise
        else:
            if response.status_code not in RETRY_STATUSES or attempt == attempts:
                return response
        await sleep(backoff_seconds * 2 ** (attempt - 1))
    raise AssertionError("unreachable")
