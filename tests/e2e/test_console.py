"""The staff console in Chromium: Playwright's specs (clients/console/e2e/) against a live API
serving the built console at /console/, on a fresh SQLite and a fresh PostgreSQL database
seeded with the demo users (FASTTRACK_DEMO). One pytest test per spec file; screenshots go to
var/screenshots/console/<backend>/ on every run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.support.databases import fresh_database
from tests.support.spa import CLIENTS, live_api, require_browser_tooling, run_spec, specs

SPECS = specs("console")


@pytest.fixture(scope="session")
async def console_database(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    async with fresh_database(backend, tmp_path_factory.mktemp(f"console-{backend}")) as url:
        yield url


@pytest.fixture(scope="session")
def console_server(
    console_database: str, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """A live API serving the built console; its address and data directory (the e-mails it
    sends land in <data_dir>/outbox)."""
    require_browser_tooling("console")
    data_dir = tmp_path_factory.mktemp(f"console-live-{backend}")
    extra = {"FASTTRACK_CONSOLE_DIR": str(CLIENTS / "console" / "dist")}
    with live_api(console_database, data_dir, extra) as base_url:
        yield base_url, data_dir


@pytest.mark.parametrize("spec", SPECS)
def test_console_in_chromium(console_server: tuple[str, Path], backend: str, spec: str) -> None:
    base_url, data_dir = console_server
    env = {"CONSOLE_BASE_URL": f"{base_url}/console/", "OUTBOX_DIR": str(data_dir / "outbox")}
    run_spec("console", spec, backend, env)


def test_specs_are_found() -> None:
    """A renamed folder must not silently turn the browser tests into zero tests."""
    assert "roles.spec.ts" in SPECS
