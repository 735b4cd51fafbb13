"""The routing table is tried pattern after pattern: the busiest requests find their route
among the first few. A load balancer's probe and a citizen's tracking lookup must not pay for
the ~170 staff patterns before them (issue 22: /healthz cost ten times the framework floor)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

import api.app as api_app
from api.app import create_app
from api.deps import get_operations_service, require_ready
from infra.settings import Settings


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


# One level of routes (issue 22). FastAPI's `include_router` is lazy: the app's router would
# hold one wrapper per included router, and every request would walk the wrappers' patterns,
# check their caches, and walk the selected level once more to handle it (~20 % of a staff
# read's CPU). api.app._flatten puts the path operations themselves on the app's router.


def _plain_app() -> FastAPI:
    return create_app(Settings(_env_file=None))


def _lazy_app(monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    """The app as FastAPI's own `include_router` would route it (the reference)."""
    with monkeypatch.context() as m:
        m.setattr(api_app, "_flatten", lambda router, app: None)
        return _plain_app()


def test_the_app_router_holds_its_routes_directly() -> None:
    """No included-router wrapper is left: each route is its own (and only) route context.
    A wrapper would show as the path operations of the router it includes."""
    app = _plain_app()
    for route in app.router.routes:
        assert [c.original_route for c in iter_route_contexts([route])] == [route], route
    assert sum(isinstance(r, APIRoute) for r in app.router.routes) > 150


async def test_a_staff_read_tries_each_pattern_once_in_order(app: FastAPI) -> None:
    """GET /api/v1/complaints/{id} tries the app's path operations before it, once each, in
    the app's order, then its own: no second walk to handle it, no nested levels (issue 22)."""
    seen: list[APIRoute] = []
    original = APIRoute.matches

    def counting(self: APIRoute, scope: Any) -> Any:
        seen.append(self)
        return original(self, scope)

    APIRoute.matches = counting  # type: ignore[method-assign]
    try:
        answer = await _get(app, f"/api/v1/complaints/{uuid.uuid4()}")
    finally:
        APIRoute.matches = original  # type: ignore[method-assign]
    assert answer.status_code == 401
    routes = [r for r in app.router.routes if isinstance(r, APIRoute)]
    target = next(
        r
        for r in routes
        if r.path == "/api/v1/complaints/{complaint_id:uuid}" and "GET" in (r.methods or ())
    )
    assert seen == routes[: routes.index(target) + 1]


def _named(value: Any) -> Any:
    """Functions by name: each app has closures of its own (documentation pages, mounts)."""
    return f"{value.__module__}.{value.__qualname__}" if callable(value) else value


def _described(context: Any, app: FastAPI) -> tuple[Any, ...]:
    if not isinstance(context.original_route, APIRoute):
        return (type(context.original_route), context.path, context.name)
    return (
        type(context.original_route),
        context.path,
        context.name,
        _named(context.endpoint),
        sorted(context.methods or ()),
        context.unique_id,
        context.operation_id,
        context.tags,
        [_named(d.dependency) for d in context.dependencies],
        context.responses,
        context.response_class,
        context.response_model,
        context.status_code,
        context.include_in_schema,
        context.deprecated,
        context.callbacks,
        context.openapi_extra,
        _named(context.generate_unique_id_function),
        context.strict_content_type,
        context.max_body_size,
        context.dependency_overrides_provider is app,
        context.summary,
        context.description,
        context.response_description,
    )


def test_the_flat_routes_are_the_ones_fastapi_would_include(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The flattened routes are those FastAPI's lazy inclusion serves: same order, paths,
    names, dependencies, tags, responses, operation ids, classes; same OpenAPI document;
    no low-priority route lost; no form limits left behind (api.app._flatten drops them)."""
    flat, lazy = _plain_app(), _lazy_app(monkeypatch)
    assert any(
        len(list(iter_route_contexts([r]))) > 1 or not isinstance(r, APIRoute)
        for r in lazy.router.routes
    )
    assert [_described(c, flat) for c in iter_route_contexts(flat.routes)] == [
        _described(c, lazy) for c in iter_route_contexts(lazy.routes)
    ]
    assert json.dumps(flat.openapi()) == json.dumps(lazy.openapi())
    assert list(flat.router._iter_low_priority_routes()) == []
    assert list(lazy.router._iter_low_priority_routes()) == []
    assert not list(_with_form_limits(lazy.router.routes))


def _with_form_limits(routes: list[Any]) -> Iterator[Any]:
    """Routes and included routers (FastAPI's wrappers, at every level) with form limits."""
    for route in routes:
        included = getattr(route, "include_context", None)
        if getattr(route, "form_limits", None) or (included and included.form_limits):
            yield route
        if included is not None:
            yield from _with_form_limits(route.original_router.routes)


async def test_dependency_overrides_reach_the_flat_routes() -> None:
    """`app.dependency_overrides` still replaces a route's dependencies (the app is the
    overrides provider of every flattened route)."""
    app = _plain_app()

    async def ready() -> Any:
        return SimpleNamespace(dialect="stub")

    async def operations() -> Any:
        async def check_not_stuck() -> None:
            return None

        return SimpleNamespace(check_not_stuck=check_not_stuck)

    app.dependency_overrides[require_ready] = ready
    app.dependency_overrides[get_operations_service] = operations
    answer = await _get(app, "/readyz")
    assert answer.status_code == 200, answer.text
    assert answer.json()["database"] == "stub"


async def test_a_later_app_copies_the_flat_routes_with_its_own_overrides() -> None:
    """The flat routes are built once per process (their dependency and response-model
    analysis took 0.4 s per app, thousands of times in the test suite) and copied for every
    later app: the same routes, distinct objects, each answering with its own app's
    dependency overrides."""
    first, second = _plain_app(), _plain_app()
    a = [r for r in first.router.routes if isinstance(r, APIRoute)]
    b = [r for r in second.router.routes if isinstance(r, APIRoute)]
    assert [(r.path, r.methods, r.name, r.unique_id) for r in a] == [
        (r.path, r.methods, r.name, r.unique_id) for r in b
    ]
    assert not {id(r) for r in a} & {id(r) for r in b}
    assert all(r.dependency_overrides_provider is second for r in b)

    async def ready() -> Any:
        return SimpleNamespace(dialect="second")

    async def operations() -> Any:
        async def check_not_stuck() -> None:
            return None

        return SimpleNamespace(check_not_stuck=check_not_stuck)

    second.dependency_overrides[require_ready] = ready
    second.dependency_overrides[get_operations_service] = operations
    assert (await _get(second, "/readyz")).json()["database"] == "second"
    assert not first.dependency_overrides  # the first app's routes answer as before
