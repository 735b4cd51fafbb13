"""The API serves the built public portal at `/`, after everything else: the API, the docs,
the health probes and the console keep their paths (route precedence)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api.app import create_app
from infra.db.engine import Database
from infra.settings import Settings


def _dist(root: Path, title: str) -> Path:
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text(
        f'<!doctype html><meta charset="utf-8"><title>{title}</title><div id="root"></div>',
        encoding="utf-8",
    )
    (root / "assets" / "index-abc123.js").write_text("console.log('พอร์ทัล')", encoding="utf-8")
    (root / "config.json").write_text('{"apiBaseUrl": ""}', encoding="utf-8")
    return root


@pytest.fixture
def portal_settings(settings: Settings, tmp_path: Path) -> Settings:
    return settings.model_copy(
        update={
            "portal_dir": _dist(tmp_path / "portal", "ร้องเรียน"),
            "console_dir": _dist(tmp_path / "console", "คอนโซล"),
        }
    )


def _client(settings: Settings, database: Database | None = None) -> httpx.AsyncClient:
    app = create_app(settings, database=database)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_the_portal_is_served_at_the_root(portal_settings: Settings) -> None:
    async with _client(portal_settings) as client:
        for path in ("/", "/file", "/track/ABCDE-12345", "/district?code=1026"):
            r = await client.get(path)
            assert r.status_code == 200, path
            assert "<title>ร้องเรียน</title>" in r.text, path
            assert r.headers["content-type"] == "text/html; charset=utf-8"
            assert "script-src 'self'" in r.headers["content-security-policy"]
            assert r.headers["cache-control"] == "no-cache"
        js = await client.get("/assets/index-abc123.js")
        assert js.status_code == 200 and "พอร์ทัล" in js.text
        assert js.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert (await client.get("/config.json")).json() == {"apiBaseUrl": ""}
        missing = await client.get("/assets/missing.js")
        assert missing.status_code == 404


async def test_api_docs_probes_and_console_take_precedence(
    portal_settings: Settings, database: Database
) -> None:
    async with _client(portal_settings, database) as client:
        r = await client.get("/api/v1/no-such-thing")
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/problem+json")
        r = await client.get("/api")
        assert r.status_code == 404 and "ร้องเรียน" not in r.text
        r = await client.put("/api/v1/districts")
        assert r.status_code == 405
        assert (await client.get("/api/v1/districts")).json()["items"]
        assert (await client.get("/healthz")).status_code == 200
        assert "swagger" in (await client.get("/docs")).text.lower()
        assert (await client.get("/openapi.json")).json()["info"]["title"]
        console = await client.get("/console/queue")
        assert "<title>คอนโซล</title>" in console.text
        assert (await client.get("/.well-known/jwks.json")).status_code == 200


async def test_an_unbuilt_portal_says_how_to_build_it(
    settings: Settings, tmp_path: Path, database: Database
) -> None:
    unbuilt = settings.model_copy(update={"portal_dir": tmp_path / "none"})
    async with _client(unbuilt, database) as client:
        r = await client.get("/")
        assert r.status_code == 404 and "portal is not built" in r.text
        assert (await client.get("/api/v1/districts")).status_code == 200


async def test_the_portal_is_a_fallback_that_never_shapes_an_api_answer(
    portal_settings: Settings, database: Database
) -> None:
    """The portal answers only paths no route matches: an API path's wrong method names the
    API's methods alone in Allow, a path parameter of the wrong shape is a 404 (not a 405 from
    a GET catch-all), and a route added after the app was built still wins."""
    app = create_app(portal_settings, database=database)

    @app.get("/late")
    async def late() -> dict[str, str]:
        return {"route": "late"}

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        assert (await client.get("/late")).json() == {"route": "late"}
        user = "4e850b7c-e593-4a2e-a8d8-5671597866de"
        for method in ("GET", "OPTIONS", "PATCH"):
            r = await client.request(method, f"/api/v1/users/{user}/deactivate")
            assert r.status_code == 405, method
            assert r.headers["allow"] == "POST", method
            assert r.headers["content-type"].startswith("application/problem+json")
        r = await client.patch("/api/v1/activities/0", json={})
        assert r.status_code in (401, 404, 422) and r.status_code != 405
        r = await client.post("/file", json={})
        assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
        assert (await client.head("/track/ABC")).status_code == 200
