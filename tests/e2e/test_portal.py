"""The public portal in Chromium on a phone: Playwright's specs (clients/portal/e2e/) against a
live API serving the built portal at `/`, on a fresh SQLite and a fresh PostgreSQL database
seeded with the demo users (staff resolve the case through the API). One pytest test per spec
file; screenshots in Thai and English go to var/screenshots/portal/<backend>/ on every run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from tests.support.databases import fresh_database
from tests.support.spa import CLIENTS, live_api, require_browser_tooling, run_spec, specs

SPECS = specs("portal")


@pytest.fixture(scope="session")
async def portal_database(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    async with fresh_database(backend, tmp_path_factory.mktemp(f"portal-{backend}")) as url:
        yield url


@pytest.fixture(scope="session")
def portal_server(
    portal_database: str, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A live API serving the built portal at /."""
    require_browser_tooling("portal")
    data_dir = tmp_path_factory.mktemp(f"portal-live-{backend}")
    extra = {"FASTTRACK_PORTAL_DIR": str(CLIENTS / "portal" / "dist")}
    with live_api(portal_database, data_dir, extra) as base_url:
        yield base_url


@pytest.mark.parametrize("spec", SPECS)
def test_portal_in_chromium(portal_server: str, backend: str, spec: str) -> None:
    run_spec("portal", spec, backend, {"PORTAL_BASE_URL": f"{portal_server}/"})


def test_specs_are_found() -> None:
    """A renamed folder must not silently turn the browser tests into zero tests."""
    assert "portal.spec.ts" in SPECS
