"""The routing table is tried pattern after pattern: the busiest requests find their route
among the first few. A load balancer's probe and a citizen's tracking lookup must not pay for
the ~170 staff patterns before them (issue 22: /healthz cost ten times the framework floor)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute


@pytest.fixture
def tried() -> Iterator[list[str]]:
    """The modules of the endpoints whose patterns the router tries, in order."""
    seen: list[str] = []
    original = APIRoute.matches

    def counting(self: APIRoute, scope: Any) -> Any:
        seen.append(self.endpoint.__module__)
        return original(self, scope)

    APIRoute.matches = counting  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        APIRoute.matches = original  # type: ignore[method-assign]


async def _get(app: FastAPI, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        return await c.get(path)


async def test_the_health_probe_is_found_before_any_api_route(
    app: FastAPI, tried: list[str]
) -> None:
    answer = await _get(app, "/healthz")
    assert answer.status_code == 200
    assert tried[-1] == "api.health.routes"
    # only FastAPI's own documentation pages, registered with the app, come before it
    assert {m for m in tried if m.startswith("api.")} == {"api.health.routes"}, tried


async def test_public_tracking_is_found_before_any_staff_route(
    app: FastAPI, tried: list[str]
) -> None:
    answer = await _get(app, "/api/v1/public/complaints/FT-0000-NOPE")
    assert answer.status_code in (404, 422)
    assert tried[-1] == "api.public.routes"
    before = {m for m in tried if m.startswith("api.")}
    assert before <= {"api.health.routes", "api.auth.tokens", "api.public.routes"}, before
