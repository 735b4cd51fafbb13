"""A live server for the SDK: uvicorn in a subprocess on a free port, on a fresh migrated and
seeded database (SQLite and PostgreSQL), with partner API clients made by the CLI."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from infra.db import migrate
from infra.db.engine import build_engine, build_sessionmaker
from infra.seed import seed_reference_data
from tests.support.databases import fresh_database
from tests.support.live_server import live_server_process

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "clients" / "python"
BIN = Path(sys.executable).parent
SCOPES = ("complaints:create", "complaints:read", "complaints:update", "stats:read")

# The partner's view: the SDK is imported as the installed package (`make install` puts it in
# the venv; tests/integration/test_sdk_installed.py checks that), never from a path hack.


@dataclass(frozen=True)
class Partner:
    client_id: str
    client_secret: str
    agency_code: str


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    env: dict[str, str]
    partner: Partner  # Din Daeng (1026)
    other_partner: Partner  # Suan Luang (1034)
    omb_email: str  # an OMB officer who triages and assigns cases
    omb_password: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _create_client(env: dict[str, str], name: str, agency: str) -> Partner:
    args = [str(BIN / "fasttrack"), "create-client", name, "--agency", agency]
    for scope in SCOPES:
        args += ["--scope", scope]
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    client_id = re.search(r"client_id:\s+(\S+)", out)
    secret = re.search(r"client_secret:\s+(\S+)", out)
    assert client_id and secret, out
    return Partner(client_id.group(1), secret.group(1), agency)


@pytest.fixture(scope="session")
async def live_database(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    async with fresh_database(backend, tmp_path_factory.mktemp(f"e2e-{backend}")) as url:
        await migrate.upgrade(url)
        engine = build_engine(url)
        try:
            await seed_reference_data(build_sessionmaker(engine))
        finally:
            await engine.dispose()
        yield url


@pytest.fixture(scope="session")
def live_server(
    live_database: str, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    data_dir = tmp_path_factory.mktemp(f"live-{backend}")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "FASTTRACK_DATA_DIR": str(data_dir),
        "FASTTRACK_DATABASE_URL": live_database,
        "FASTTRACK_PUBLIC_BASE_URL": base_url,
        "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
        "FASTTRACK_LOG_LEVEL": "WARNING",
    }
    partner = _create_client(env, "Din Daeng CRM", "1026")
    other = _create_client(env, "Suan Luang CRM", "1034")
    omb_email, omb_password = "officer@omb.example", "e2e-officer-password-1"
    subprocess.run(
        [
            str(BIN / "fasttrack"),
            "create-user",
            omb_email,
            "--role",
            "omb_officer",
            "--agency",
            "OMB",
            "--password-stdin",
        ],
        env=env,
        input=omb_password + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    log = data_dir / "server.log"
    with live_server_process(
        [str(BIN / "fasttrack"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        base_url=base_url,
        env=env,
        cwd=data_dir,
        log=log,
    ):
        yield LiveServer(base_url, env, partner, other, omb_email, omb_password)
