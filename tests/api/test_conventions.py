"""API conventions: problem+json everywhere, request ids, languages, health and readiness."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import ValidationError

from api.app import create_app
from api.schemas import InputModel, UtcDateTime
from infra.db.engine import Database
from infra.settings import Settings
from tests.support.databases import fresh_database


def _is_problem(r: httpx.Response, status: int) -> dict:  # type: ignore[type-arg]
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    for key in ("type", "title", "status", "detail", "code", "request_id"):
        assert key in body, key
    assert body["status"] == status
    assert body["request_id"] == r.headers["x-request-id"]
    return body  # type: ignore[no-any-return]


async def test_unknown_route_and_wrong_method(client: httpx.AsyncClient) -> None:
    assert _is_problem(await client.get("/api/v1/nowhere"), 404)["code"] == "route.not_found"
    assert _is_problem(await client.delete("/api/v1/districts"), 405)["code"] == (
        "method.not_allowed"
    )


async def test_request_id_echoed_or_generated(client: httpx.AsyncClient) -> None:
    r = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = await client.get("/healthz")
    assert len(r.headers["x-request-id"]) >= 16
    r = await client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert r.headers["x-request-id"] != "bad id\twith spaces"


async def test_problem_in_thai_by_accept_language(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/districts/0000", headers={"Accept-Language": "th-TH,en;q=0.5"})
    body = _is_problem(r, 404)
    assert body["title"] == "ไม่พบเขต"
    assert "ไม่พบเขตรหัส" in body["detail"]
    assert r.headers["content-language"] == "th"
    r = await client.get("/api/v1/districts/0000", headers={"Accept-Language": "en, th;q=0.1"})
    assert r.json()["title"] == "District not found"


async def test_unexpected_error_is_a_bare_500_and_logged(
    settings: Settings, database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    app: FastAPI = create_app(settings, database=database)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("SELECT secret FROM users -- leaked?")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    with caplog.at_level(logging.ERROR):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            r = await c.get("/boom")
    body = _is_problem(r, 500)
    assert "SELECT" not in r.text and "Traceback" not in r.text
    assert body["code"] == "server.internal_error"
    assert any("SELECT secret" in str(rec.exc_info) for rec in caplog.records)


def test_naive_times_are_rejected_and_aware_times_become_utc() -> None:
    class Stamp(InputModel):
        at: UtcDateTime

    with pytest.raises(ValidationError) as caught:
        Stamp.model_validate({"at": "2026-04-10T15:00:00"})
    assert caught.value.errors()[0]["type"] == "timezone_aware"
    assert Stamp.model_validate({"at": "2026-04-10T15:00:00+07:00"}).at.isoformat() == (
        "2026-04-10T08:00:00+00:00"
    )
    with pytest.raises(ValidationError):
        Stamp.model_validate({"at": "2026-04-10T15:00:00Z", "extra": 1})


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    r = await client.get("/readyz")
    assert r.status_code == 200 and r.json()["migrations"] == "head"


async def test_readiness_fails_before_migrations(
    backend: str, tmp_path: Path, settings: Settings
) -> None:
    async with fresh_database(backend, tmp_path) as url:
        db = Database.from_url(url)
        try:
            app = create_app(settings, database=db)
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                body = _is_problem(await c.get("/readyz"), 503)
            assert body["code"] == "readiness.migrations_pending"
        finally:
            await db.dispose()


async def test_readiness_fails_when_database_unreachable(settings: Settings) -> None:
    db = Database.from_url("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    try:
        app = create_app(settings, database=db)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            body = _is_problem(await c.get("/readyz"), 503)
        assert body["code"] == "readiness.database_unreachable"
    finally:
        await db.dispose()
