"""The SPAs in Chromium: what both browser test files (console, portal) share — the check
that Node, the build and Debian's chromium are there, a live API serving the built app on a
fresh database with the demo users, and one Playwright spec run per test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.databases import in_ci
from tests.support.live_server import live_server_process

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "clients"
PLAYWRIGHT = CLIENTS / "node_modules" / ".bin" / "playwright"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
BIN = Path(sys.executable).parent


def specs(app: str) -> list[str]:
    return sorted(p.name for p in (CLIENTS / app / "e2e").glob("*.spec.ts"))


def require_browser_tooling(app: str) -> None:
    """Skip (locally) or fail (CI=true) when the app cannot be driven in a browser."""
    reason = None
    if shutil.which("node") is None:
        reason = "Node.js is not installed (README: prerequisites)"
    elif not PLAYWRIGHT.exists():
        reason = "clients/node_modules is missing: run `make web-install`"
    elif not (CLIENTS / app / "dist" / "index.html").exists():
        reason = f"the {app} is not built: run `make web-build`"
    elif not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: run `make browser` (Debian's chromium package)"
    if reason:
        if in_ci():
            pytest.fail(f"{reason} (CI=true: a failure, not a skip)", pytrace=False)
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_api(database_url: str, data_dir: Path, extra_env: Mapping[str, str]) -> Iterator[str]:
    """A live API on a migrated database seeded with the demo users; yields its address."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "FASTTRACK_DATA_DIR": str(data_dir),
        "FASTTRACK_DATABASE_URL": database_url,
        "FASTTRACK_PUBLIC_BASE_URL": base_url,
        "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
        "FASTTRACK_LOG_LEVEL": "WARNING",
        "FASTTRACK_DEMO": "1",
        **extra_env,
    }
    for command in (["migrate"], ["seed"]):
        subprocess.run([str(BIN / "fasttrack"), *command], env=env, check=True, capture_output=True)
    with live_server_process(
        [str(BIN / "fasttrack"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        base_url=base_url,
        env=env,
        cwd=data_dir,
        log=data_dir / "server.log",
    ):
        yield base_url


def run_spec(app: str, spec: str, backend: str, extra_env: Mapping[str, str]) -> None:
    """Run one Playwright spec of the app; screenshots go to var/screenshots/<app>/<backend>/."""
    screenshots = ROOT / "var" / "screenshots" / app / backend
    screenshots.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "FASTTRACK_BACKEND": backend,
        "SCREENSHOT_DIR": str(screenshots),
        "CHROMIUM_PATH": str(CHROMIUM),
        **extra_env,
    }
    result = subprocess.run(
        [str(PLAYWRIGHT), "test", "--config", "playwright.config.ts", f"e2e/{spec}"],
        cwd=CLIENTS / app,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, (
        f"playwright {spec} failed on {backend}:\n{result.stdout[-15000:]}\n{result.stderr[-5000:]}"
    )
