"""Refusing a request that came too soon: the wait, and the per-address public limits."""

from __future__ import annotations

import math
from datetime import datetime
from typing import TypeVar

from domain.errors import TooManyRequests
from domain.throttle import RateLimiter, RatePolicy

E = TypeVar("E", bound=TooManyRequests)


def retry_later(error: type[E], until: datetime, now: datetime, detail: str, detail_th: str) -> E:
    """`error`, saying (in both languages) how many whole seconds to wait until `until`."""
    wait = max(1, math.ceil((until - now).total_seconds()))
    return error(
        f"{detail}; try again in {wait} seconds.",
        detail_th=f"{detail_th} โปรดลองใหม่ในอีก {wait} วินาที",
        retry_after=wait,
    )


async def limit_address(
    counters: RateLimiter,
    now: datetime,
    kind: str,
    address: str | None,
    policy: RatePolicy,
    error: type[TooManyRequests],
    detail: str = "Too many requests",
) -> None:
    """Count one public `kind` request from the client `address`; refuse it with `error`
    once `policy` is exceeded."""
    state = await counters.hit(f"public:{kind}:{address or 'unknown'}", now, policy)
    if state.blocked_until is not None:
        raise retry_later(error, state.blocked_until, now, detail, "มีคำขอมากเกินไป")
