"""Limits and headers every answer shares: the body cap on every route (uploads their own),
request timeouts, security headers (HSTS only over HTTPS, per the trusted proxies), the CORS
allow-list, and /docs and /redoc switched off by a setting.

None of this needs a database: each answer here is given before any handler reaches one."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from api.app import create_app
from api.middleware import API_CONTENT_SECURITY_POLICY
from api.spa import CONTENT_SECURITY_POLICY as SPA_CONTENT_SECURITY_POLICY
from infra.settings import Settings

# Fixed ids: test ids built from random ones differ between xdist workers (collection fails).
CASE = uuid.UUID("8b9266b0-047e-45e1-b585-20c726a9e5fc")
ATTACHMENT = uuid.UUID("3f0c1a52-6d1e-4b8e-9a0e-5b7f2c9d4e11")
PEER = ("10.0.0.5", 40000)


@asynccontextmanager
async def _client(
    settings: Settings,
    *,
    base_url: str = "http://t",
    peer: tuple[str, int] = ("127.0.0.1", 123),
    app: FastAPI | None = None,
    **update: Any,
) -> AsyncIterator[httpx.AsyncClient]:
    app = app or create_app(settings.model_copy(update=update))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=peer)
    async with httpx.AsyncClient(transport=transport, base_url=base_url) as c:
        yield c


def _problem(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = r.json()
    assert body["code"] == code and body["status"] == status
    assert body["request_id"] == r.headers["x-request-id"]
    return body


# --- body size -------------------------------------------------------------------------------

BIG = 4096 + 1


BODY_ROUTES = [
    ("POST", "/api/v1/complaints", "application/json"),
    ("PATCH", f"/api/v1/complaints/{CASE}", "application/merge-patch+json"),
    ("POST", "/api/v1/auth/login", "application/x-www-form-urlencoded"),
    ("POST", "/api/v1/auth/token", "application/x-www-form-urlencoded"),
    ("POST", "/api/v1/webhooks", "application/json"),
    ("POST", "/api/v1/public/complaints", "application/json"),
]
# Not an upload: a file route's other methods and sub-paths keep the ordinary cap, and so do
# requests whose route reads no body at all.
OTHER_ROUTES = [
    ("PATCH", f"/api/v1/complaints/{CASE}/attachments/{ATTACHMENT}", "application/json"),
    ("PUT", f"/api/v1/complaints/{CASE}/attachments", "application/json"),
    ("POST", f"/api/v1/complaints/{CASE}/attachments/{ATTACHMENT}/x", "application/json"),
    ("GET", "/api/v1/districts", "application/json"),
]


async def _chunks() -> AsyncIterator[bytes]:
    for _ in range(5):
        yield b"x" * 1000


@pytest.mark.parametrize(("method", "path", "content_type"), BODY_ROUTES + OTHER_ROUTES)
async def test_every_route_refuses_a_declared_body_over_the_cap(
    settings: Settings, method: str, path: str, content_type: str
) -> None:
    async with _client(settings, max_body_bytes=4096, max_upload_bytes=1_000_000) as c:
        r = await c.request(
            method, path, content=b"x" * BIG, headers={"content-type": content_type}
        )
    assert _problem(r, 413, "request.too_large")["max_bytes"] == 4096


@pytest.mark.parametrize(("method", "path", "content_type"), BODY_ROUTES)
async def test_a_streamed_body_is_counted_as_it_arrives(
    settings: Settings, method: str, path: str, content_type: str
) -> None:
    """No Content-Length: the 413 comes when the count passes the cap, and not as whatever
    the route's body parser makes of a cut-off body (FastAPI's would be a 400)."""
    async with _client(settings, max_body_bytes=4096) as c:
        r = await c.request(method, path, content=_chunks(), headers={"content-type": content_type})
    assert _problem(r, 413, "request.too_large")["max_bytes"] == 4096


async def test_only_the_upload_routes_take_the_larger_upload_cap(settings: Settings) -> None:
    async with _client(settings, max_body_bytes=4096, max_upload_bytes=1_000_000) as c:
        for path in (
            f"/api/v1/complaints/{CASE}/attachments",
            "/api/v1/public/complaints/ABCD-EFGH-JK/attachments",
        ):
            r = await c.post(path, content=b"x" * 200_000, headers={"content-type": "x/y"})
            assert r.status_code != 413, path  # past the cap, to the route (its own checks)
            r = await c.post(path, content=b"x" * 1_100_000, headers={"content-type": "x/y"})
            assert _problem(r, 413, "request.too_large")["max_bytes"] > 1_000_000


# --- timeouts --------------------------------------------------------------------------------


def _app_with_slow_routes(settings: Settings, seconds: float) -> FastAPI:
    app = create_app(settings.model_copy(update={"request_timeout_seconds": seconds}))
    finished: list[str] = []
    app.state.finished = finished

    async def slow() -> dict[str, str]:
        await asyncio.sleep(30)
        finished.append("slow")
        return {"never": "answered"}

    async def own_timeout() -> dict[str, str]:
        raise TimeoutError("the SMTP server did not answer")

    async def streamed() -> StreamingResponse:
        async def rows() -> AsyncIterator[bytes]:
            for i in range(4):
                await asyncio.sleep(0.6)
                yield f"row {i}\n".encode()

        return StreamingResponse(rows(), media_type="text/plain")

    async def upload(body: dict[str, str]) -> dict[str, int]:
        return {"size": len(body["data"])}

    app.add_api_route("/api/v1/test/slow", slow)
    app.add_api_route("/api/v1/test/own-timeout", own_timeout)
    app.add_api_route("/api/v1/test/streamed", streamed)
    app.add_api_route("/api/v1/test/upload", upload, methods=["POST"])
    return app


async def test_a_slow_handler_gets_a_503_problem_not_a_hang(settings: Settings) -> None:
    app = _app_with_slow_routes(settings, 0.2)
    async with _client(settings, app=app) as c:
        r = await asyncio.wait_for(c.get("/api/v1/test/slow"), timeout=20)
        await asyncio.sleep(0)
    body = _problem(r, 503, "request.timeout")
    assert "0.2 seconds" in body["detail"]
    assert r.headers["retry-after"] == "5"
    assert app.state.finished == []  # the handler was cancelled, not left running


async def test_the_timeout_is_a_setting_and_zero_switches_it_off(settings: Settings) -> None:
    assert Settings(_env_file=None).request_timeout_seconds == 30
    app = _app_with_slow_routes(settings, 0)
    async with _client(settings, app=app) as c:
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(c.get("/api/v1/test/slow"), timeout=0.5)


async def test_a_handlers_own_timeout_error_is_no_request_timeout(settings: Settings) -> None:
    async with _client(settings, app=_app_with_slow_routes(settings, 5)) as c:
        r = await c.get("/api/v1/test/own-timeout")
    _problem(r, 500, "server.internal_error")


async def test_a_started_stream_and_a_slow_but_moving_body_are_not_cut(
    settings: Settings,
) -> None:
    async with _client(settings, app=_app_with_slow_routes(settings, 2)) as c:
        r = await c.get("/api/v1/test/streamed")  # 2.4 s in all, its first row in time
        assert r.status_code == 200 and r.text.count("row") == 4

        async def trickle() -> AsyncIterator[bytes]:
            yield b'{"data": "'
            for _ in range(4):
                await asyncio.sleep(0.6)
                yield b"x" * 10
            yield b'"}'

        r = await c.post(
            "/api/v1/test/upload", content=trickle(), headers={"content-type": "application/json"}
        )
        assert r.status_code == 200 and r.json() == {"size": 40}


# --- security headers ------------------------------------------------------------------------


def _has_api_headers(r: httpx.Response) -> None:
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


async def test_every_api_answer_carries_the_security_headers(settings: Settings) -> None:
    async with _client(settings, max_body_bytes=1024) as c:
        answers = [
            await c.get("/healthz"),
            await c.get("/openapi.json"),
            await c.get("/api/v1/no-such-thing"),  # a 404 problem
            await c.post("/api/v1/complaints", content=b"x" * 2000),  # a 413 problem
            await c.delete("/api/v1/districts"),  # a 405
        ]
    for r in answers:
        _has_api_headers(r)
        assert r.headers["content-security-policy"] == API_CONTENT_SECURITY_POLICY
        assert "strict-transport-security" not in r.headers  # plain HTTP


async def test_the_spas_keep_their_policy_and_the_docs_get_one_they_work_with(
    settings: Settings,
) -> None:
    async with _client(settings) as c:
        portal, console, docs = await c.get("/"), await c.get("/console/"), await c.get("/docs")
    for spa in (portal, console):
        assert spa.headers["content-security-policy"] == SPA_CONTENT_SECURITY_POLICY
        assert spa.headers["x-frame-options"] == "DENY"
    _has_api_headers(docs)
    # Swagger UI starts from an inline script: a policy without it would blank the page.
    assert "script-src 'self' 'unsafe-inline'" in docs.headers["content-security-policy"]


async def test_hsts_only_over_https(settings: Settings) -> None:
    hsts = "max-age=31536000"
    async with _client(settings, base_url="https://t") as c:
        assert (await c.get("/healthz")).headers["strict-transport-security"] == hsts
    async with _client(settings, base_url="https://t", hsts_max_age_seconds=0) as c:
        assert "strict-transport-security" not in (await c.get("/healthz")).headers
    forwarded = {"X-Forwarded-Proto": "https"}
    # X-Forwarded-Proto is believed from a trusted proxy only.
    async with _client(settings, peer=PEER) as c:
        r = await c.get("/healthz", headers=forwarded)
        assert "strict-transport-security" not in r.headers
    async with _client(settings, peer=PEER, trusted_proxies="10.0.0.0/8") as c:
        assert (await c.get("/healthz", headers=forwarded)).headers[
            "strict-transport-security"
        ] == hsts
        assert "strict-transport-security" not in (await c.get("/healthz")).headers


# --- CORS ------------------------------------------------------------------------------------

CONSOLE = "https://console.example"
# Allowed origins, allowed and exposed headers: tests/api/test_spa.py


@pytest.mark.parametrize("origin", ["*", "console.example", "https://console.example/app"])
def test_the_cors_allow_list_holds_origins_only(origin: str) -> None:
    with pytest.raises(ValidationError, match="cors_allow_origins"):
        Settings(_env_file=None, cors_allow_origins=[origin])
    assert Settings(_env_file=None, cors_allow_origins=[f"{CONSOLE}/"]).cors_allow_origins == [
        CONSOLE
    ]


# --- docs ------------------------------------------------------------------------------------


async def test_docs_can_be_switched_off_and_the_document_stays(settings: Settings) -> None:
    assert Settings(_env_file=None).docs_enabled is True
    async with _client(settings, docs_enabled=False) as c:
        for path in ("/docs", "/redoc", "/docs/oauth2-redirect", "/docs/assets/swagger-ui.css"):
            _problem(await c.get(path), 404, "route.not_found")
        assert (await c.get("/openapi.json")).status_code == 200
    async with _client(settings) as c:
        assert (await c.get("/docs")).status_code == 200
        assert (await c.get("/redoc")).status_code == 200
