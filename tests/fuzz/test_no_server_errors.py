"""Schemathesis against a live server: no generated request, valid or not, gets a 500."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.shared.principal import Role
from infra.db import migrate
from infra.db.engine import Database
from infra.seed import seed_reference_data
from tests.support.identity import make_staff
from tests.support.live_server import live_server_process

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _prepare(url: str) -> str:
    await migrate.upgrade(url)
    db = Database.from_url(url)
    try:
        await seed_reference_data(db.sessions)
        omb = await make_staff(db.sessions, "fuzz", Role.omb_officer, "OMB")
    finally:
        await db.dispose()
    return omb.token


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    data = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite+aiosqlite:///{data / 'fuzz.db'}"
    token = asyncio.run(_prepare(url))
    port = _free_port()
    env = {
        **os.environ,
        "FASTTRACK_DATABASE_URL": url,
        "FASTTRACK_DATA_DIR": str(data),
        "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
        "FASTTRACK_LOG_LEVEL": "WARNING",
        "FASTTRACK_PUBLIC_INTAKE_PER_HOUR": "100000",
        "FASTTRACK_PUBLIC_TRACKING_PER_MINUTE": "100000",
    }
    base = f"http://127.0.0.1:{port}"
    with live_server_process(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:serve_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        base_url=base,
        env=env,
        cwd=ROOT,
        log=data / "server.log",
    ):
        yield base, token


def test_schemathesis_finds_no_server_errors(live_server: tuple[str, str]) -> None:
    base, token = live_server
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "st"),
            "run",
            f"{base}/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            "12",
            "--header",
            f"Authorization: Bearer {token}",
            "--seed",
            "2569",
            # logging out would end the fuzzer's own session half-way
            "--exclude-operation-id",
            "logout_user",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Tested:" in result.stdout and "generated" in result.stdout
