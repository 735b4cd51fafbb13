"""The API serves the built console at /console/: files with UTF-8 text types, index.html for
client-side routes, a strict CSP; and answers cross-origin browsers on the allow-list only."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.middleware import API_CONTENT_SECURITY_POLICY
from infra.settings import Settings


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    root = tmp_path / "dist"
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text(
        '<!doctype html><meta charset="utf-8"><title>คอนโซล</title><div id="root"></div>',
        encoding="utf-8",
    )
    (root / "assets" / "index-abc123.js").write_text("console.log('ทดสอบ')", encoding="utf-8")
    (root / "assets" / "index-abc123.css").write_text("body{}", encoding="utf-8")
    (root / "assets" / "sarabun-thai-400.woff2").write_bytes(b"wOF2fake")
    (root / "config.json").write_text('{"apiBaseUrl": ""}', encoding="utf-8")
    return root


def _client(settings: Settings) -> httpx.AsyncClient:
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture
def spa_settings(settings: Settings, dist: Path) -> Settings:
    return settings.model_copy(update={"console_dir": dist})


async def test_index_and_client_routes_get_index_html(spa_settings: Settings) -> None:
    async with _client(spa_settings) as client:
        for path in ("/console/", "/console/queue", "/console/cases/0b7c/timeline"):
            response = await client.get(path)
            assert response.status_code == 200, path
            assert response.headers["content-type"] == "text/html; charset=utf-8"
            assert "คอนโซล" in response.text
            csp = response.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp
            assert "frame-ancestors 'none'" in csp
            assert response.headers["cache-control"] == "no-cache"
        bare = await client.get("/console", follow_redirects=False)
        assert bare.status_code == 308 and bare.headers["location"] == "/console/"


async def test_assets_have_their_types_and_are_cached_for_good(spa_settings: Settings) -> None:
    async with _client(spa_settings) as client:
        js = await client.get("/console/assets/index-abc123.js")
        assert js.headers["content-type"] == "text/javascript; charset=utf-8"
        assert js.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert js.headers["x-content-type-options"] == "nosniff"
        assert "ทดสอบ" in js.text
        css = await client.get("/console/assets/index-abc123.css")
        assert css.headers["content-type"] == "text/css; charset=utf-8"
        font = await client.get("/console/assets/sarabun-thai-400.woff2")
        assert font.headers["content-type"] == "font/woff2"
        config = await client.get("/console/config.json")
        assert config.headers["content-type"] == "application/json; charset=utf-8"
        assert config.headers["cache-control"] == "no-cache"


async def test_a_missing_asset_is_a_404_not_the_index(spa_settings: Settings) -> None:
    async with _client(spa_settings) as client:
        response = await client.get("/console/assets/gone-123.js")
        assert response.status_code == 404
        assert "คอนโซล" not in response.text


async def test_an_unbuilt_console_says_how_to_build_it(settings: Settings, tmp_path: Path) -> None:
    async with _client(settings.model_copy(update={"console_dir": tmp_path / "none"})) as client:
        response = await client.get("/console/queue")
        assert response.status_code == 404
        assert "npm run build" in response.text


async def test_the_api_is_not_shadowed(spa_settings: Settings) -> None:
    async with _client(spa_settings) as client:
        response = await client.get("/healthz")
        assert response.status_code == 200
        # The API's own policy (nothing may load or frame it), not the SPA's
        assert response.headers["content-security-policy"] == API_CONTENT_SECURITY_POLICY


async def test_cors_answers_only_allowed_origins(settings: Settings) -> None:
    allowed = "https://console.example.go.th"
    configured = settings.model_copy(update={"cors_allow_origins": [allowed]})
    async with _client(configured) as client:
        preflight = await client.options(
            "/api/v1/complaints/00000000-0000-0000-0000-000000000000",
            headers={
                "Origin": allowed,
                "Access-Control-Request-Method": "PATCH",
                "Access-Control-Request-Headers": "authorization,if-match,content-type",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == allowed
        assert "if-match" in preflight.headers["access-control-allow-headers"].lower()
        # A conditional GET (the console revalidates cached reads) may be sent cross-origin.
        conditional = await client.options(
            "/api/v1/districts",
            headers={
                "Origin": allowed,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization,if-none-match",
            },
        )
        assert conditional.status_code == 200, conditional.text
        assert "if-none-match" in conditional.headers["access-control-allow-headers"].lower()
        simple = await client.get("/healthz", headers={"Origin": allowed})
        assert simple.headers["access-control-allow-origin"] == allowed
        exposed = simple.headers["access-control-expose-headers"].lower()
        assert "etag" in exposed and "retry-after" in exposed
        other = await client.get("/healthz", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    async with _client(settings) as client:
        default = await client.get("/healthz", headers={"Origin": allowed})
        assert "access-control-allow-origin" not in default.headers


def test_cors_origins_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTTRACK_CORS_ALLOW_ORIGINS", '["https://a.example", "https://b.example"]')
    assert Settings(_env_file=None).cors_allow_origins == ["https://a.example", "https://b.example"]


async def test_a_revalidated_console_page_keeps_its_own_csp(spa_settings: Settings) -> None:
    """The browser merges a 304's headers into its cached page: a 304 must not carry the
    API's `default-src 'none'`, or the console reloads blank (seen after signing out)."""
    async with _client(spa_settings) as client:
        first = await client.get("/console/sign-in")
        assert first.status_code == 200
        validators = {
            k: v
            for k, v in (
                ("If-None-Match", first.headers.get("etag")),
                ("If-Modified-Since", first.headers.get("last-modified")),
            )
            if v
        }
        assert validators
        again = await client.get("/console/sign-in", headers=validators)
    assert again.status_code == 304
    assert "default-src 'none'" not in again.headers.get("content-security-policy", "")
