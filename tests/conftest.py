"""Fixtures: every database test runs on SQLite and on PostgreSQL, isolated by savepoints."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from hypothesis import settings as hypothesis_settings

from api.app import create_app
from infra.db import migrate
from infra.db.engine import Database, build_engine, build_sessionmaker
from infra.mail.adapters import InMemoryMailer
from infra.seed import seed_reference_data
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor, make_api_client, session_key_ring
from tests.support.databases import fresh_database
from tests.support.identity import STAFF, Staff, make_staff

BACKENDS = ["sqlite", "postgresql"]

# No timing assertions: a property test on a loaded 2-core CI machine must not fail because one
# example ran slowly (hypothesis' default deadline is 200 ms per example).
hypothesis_settings.register_profile("fasttrack", deadline=None)
hypothesis_settings.load_profile("fasttrack")


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
async def database_url(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """One migrated and seeded database per backend for the whole session."""
    async with fresh_database(backend, tmp_path_factory.mktemp(backend)) as url:
        await migrate.upgrade(url)
        engine = build_engine(url)
        try:
            await seed_reference_data(build_sessionmaker(engine))
        finally:
            await engine.dispose()
        yield url


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[object]:
    eng = build_engine(database_url)
    yield eng
    await eng.dispose()


@pytest.fixture(scope="session")
async def staff(engine) -> dict[str, Staff]:  # type: ignore[no-untyped-def]
    """One committed user and token per role and agency, created once per database."""
    sessions = build_sessionmaker(engine)
    return {key: await make_staff(sessions, key, role, code) for key, (role, code) in STAFF.items()}


@pytest.fixture(scope="session")
def jwt_keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One key ring for every test app of the session (generating RSA keys is slow)."""
    directory = tmp_path_factory.mktemp("keys")
    session_key_ring(directory)
    return directory


@pytest.fixture(scope="session")
async def api_client(engine, jwt_keys_dir: Path) -> ApiClientActor:  # type: ignore[no-untyped-def]
    """A Din Daeng (1026) API client with every scope and a token, once per database."""
    ring = session_key_ring(jwt_keys_dir)
    return await make_api_client(build_sessionmaker(engine), ring, "client_dindaeng", "1026")


@pytest.fixture
async def database(engine) -> AsyncIterator[Database]:  # type: ignore[no-untyped-def]
    """A Database whose sessions commit into savepoints of one outer transaction, rolled back
    after the test: the services' real commits run, and nothing leaks between tests."""
    async with engine.connect() as conn:
        outer = await conn.begin()
        sessions = build_sessionmaker(conn, join_transaction_mode="create_savepoint")
        try:
            yield Database(engine=engine, sessions=sessions)
        finally:
            await outer.rollback()


@pytest.fixture
def settings(tmp_path: Path, jwt_keys_dir: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        jwt_keys_dir=jwt_keys_dir,
        _env_file=None,
        password_hash_profile="fast",
        secret_key="test-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        # No wall-clock deadline on in-process requests: on a loaded 2-core CI machine one
        # sharing the test's event loop has been seen to take 20 s (tests/api/
        # test_limits_and_headers.py sets its own timeouts).
        request_timeout_seconds=0,
    )


@pytest.fixture
def mailer() -> InMemoryMailer:
    return InMemoryMailer()


@pytest.fixture
def app(settings: Settings, database: Database, mailer: InMemoryMailer) -> FastAPI:
    return create_app(settings, database=database, mailer=mailer)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly how many database tests ran on each backend."""
    counts: dict[str, dict[str, int]] = {b: {} for b in BACKENDS}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if getattr(report, "when", "call") != "call" and outcome != "skipped":
                continue
            for backend in BACKENDS:
                if f"[{backend}" in nodeid or f"-{backend}-" in nodeid or f"{backend}]" in nodeid:
                    counts[backend][outcome] = counts[backend].get(outcome, 0) + 1
    terminalreporter.write_sep("=", "database tests per backend")
    for backend, by_outcome in counts.items():
        summary = ", ".join(f"{n} {o}" for o, n in sorted(by_outcome.items())) or "none ran"
        terminalreporter.write_line(f"{backend}: {summary}")
