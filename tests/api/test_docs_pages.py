"""/docs and /redoc work offline: every script, style and icon they load is served by the app."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from infra.settings import Settings

ATTRIBUTE_URLS = re.compile(r"""\b(?:src|href|spec-url)\s*=\s*["']([^"']+)["']""", re.I)
CSS_URLS = re.compile(r"""url\(\s*["']?([^"')]+)""", re.I)
JS_URL_LITERALS = re.compile(r"""\burl\s*:\s*["']([^"']+)["']""")


@pytest.fixture
async def docs_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)  # the pages need no database
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


def _urls(html: str) -> list[str]:
    return ATTRIBUTE_URLS.findall(html) + CSS_URLS.findall(html) + JS_URL_LITERALS.findall(html)


@pytest.mark.parametrize(
    ("page", "expected_assets"),
    [
        ("/docs", {"swagger-ui-bundle.js", "swagger-ui.css", "favicon.png"}),
        ("/redoc", {"redoc.standalone.js", "favicon.png"}),
    ],
)
async def test_docs_pages_load_only_assets_the_app_serves(
    docs_client: httpx.AsyncClient, page: str, expected_assets: set[str]
) -> None:
    r = await docs_client.get(page)

    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    urls = _urls(r.text)
    external = [u for u in urls if re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", u, re.I)]
    assert external == []
    assert "fonts.googleapis" not in r.text and "cdn" not in r.text.lower()
    assets = [u for u in urls if u.startswith("/docs/assets/")]
    assert {u.rsplit("/", 1)[1] for u in assets} == expected_assets
    for url in assets:
        asset = await docs_client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 1000, url
        kind = asset.headers["content-type"]
        if url.endswith(".js"):
            assert "javascript" in kind
        elif url.endswith(".css"):
            assert kind.startswith("text/css")
        else:
            assert kind == "image/png"


async def test_the_served_scripts_are_swagger_ui_and_redoc(docs_client: httpx.AsyncClient) -> None:
    swagger = await docs_client.get("/docs/assets/swagger-ui-bundle.js")
    redoc = await docs_client.get("/docs/assets/redoc.standalone.js")

    assert "SwaggerUIBundle" in swagger.text
    assert "Redoc" in redoc.text
    assert (await docs_client.get("/docs/oauth2-redirect")).status_code == 200
    assert (await docs_client.get("/docs/assets/not-there.js")).status_code == 404
