"""The public portal in Chromium on a phone: Playwright's specs (clients/portal/e2e/) against a
live API serving the built portal at `/`, on a fresh SQLite and a fresh PostgreSQL database
seeded with the demo users (staff resolve the case through the API). One pytest test per spec
file; screenshots in Thai and English go to var/screenshots/portal/<backend>/ on every run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import _free_port
from tests.support.databases import fresh_database, in_ci
from tests.support.live_server import live_server_process

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "clients"
PORTAL = CLIENTS / "portal"
PLAYWRIGHT = CLIENTS / "node_modules" / ".bin" / "playwright"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
BIN = Path(sys.executable).parent
SPECS = sorted(p.name for p in (PORTAL / "e2e").glob("*.spec.ts"))


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "Node.js is not installed (README: prerequisites)"
    if not PLAYWRIGHT.exists():
        return "clients/node_modules is missing: run `make web-install`"
    if not (PORTAL / "dist" / "index.html").exists():
        return "the portal is not built: run `make web-build`"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: run `make browser` (Debian's chromium package)"
    return None


@pytest.fixture(scope="session")
def portal_ready() -> None:
    reason = _missing()
    if reason:
        if in_ci():
            pytest.fail(f"{reason} (CI=true: a failure, not a skip)", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
async def portal_database(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    async with fresh_database(backend, tmp_path_factory.mktemp(f"portal-{backend}")) as url:
        yield url


@pytest.fixture(scope="session")
def portal_server(
    portal_ready: None,
    portal_database: str,
    backend: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    """A live API on a migrated database with the demo users, serving the built portal at /."""
    data_dir = tmp_path_factory.mktemp(f"portal-live-{backend}")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "FASTTRACK_DATA_DIR": str(data_dir),
        "FASTTRACK_DATABASE_URL": portal_database,
        "FASTTRACK_PUBLIC_BASE_URL": base_url,
        "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
        "FASTTRACK_LOG_LEVEL": "WARNING",
        "FASTTRACK_DEMO": "1",
        "FASTTRACK_PORTAL_DIR": str(PORTAL / "dist"),
    }
    for command in (["migrate"], ["seed"]):
        subprocess.run([str(BIN / "fasttrack"), *command], env=env, check=True, capture_output=True)
    log = data_dir / "server.log"
    with live_server_process(
        [str(BIN / "fasttrack"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        base_url=base_url,
        env=env,
        cwd=data_dir,
        log=log,
    ):
        yield base_url


@pytest.mark.parametrize("spec", SPECS)
def test_portal_in_chromium(portal_server: str, backend: str, spec: str) -> None:
    screenshots = ROOT / "var" / "screenshots" / "portal" / backend
    screenshots.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "PORTAL_BASE_URL": f"{portal_server}/",
        "FASTTRACK_BACKEND": backend,
        "SCREENSHOT_DIR": str(screenshots),
        "CHROMIUM_PATH": str(CHROMIUM),
    }
    result = subprocess.run(
        [str(PLAYWRIGHT), "test", "--config", "playwright.config.ts", f"e2e/{spec}"],
        cwd=PORTAL,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, (
        f"playwright {spec} failed on {backend}:\n{result.stdout[-15000:]}\n{result.stderr[-5000:]}"
    )


def test_specs_are_found() -> None:
    """A renamed folder must not silently turn the browser tests into zero tests."""
    assert "portal.spec.ts" in SPECS
