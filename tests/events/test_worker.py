"""The real job runner: `fasttrack worker` (procrastinate, PostgreSQL) and `fasttrack serve`
(in-process, SQLite) deliver every event's e-mail once, across a kill and with two workers."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from domain.complaint.model import Channel, Complainant
from domain.complaint.service import ComplaintService, NewComplaint
from domain.privacy.masking import ContactDetails
from domain.shared.clock import SystemClock
from infra.db import migrate
from infra.db.engine import Database, build_engine, build_sessionmaker
from infra.db.uow import SqlUnitOfWork
from infra.jobs.queue import ensure_schema, libpq_url
from infra.seed import seed_reference_data
from tests.events.support import Inbox, free_port, smtp_server
from tests.support.complaints import locator
from tests.support.databases import fresh_database

pytestmark = pytest.mark.db
BIN = Path(sys.executable).parent
N = 12


class BlockingInbox(Inbox):
    """Accepts `block_after` messages, then holds the next one (without accepting it) until
    released: the sender is then stuck mid-batch, the moment to kill it."""

    def __init__(self, block_after: int) -> None:
        super().__init__()
        self.block_after = block_after
        self.blocked = threading.Event()
        self.released = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if len(self.messages) >= self.block_after and not self.released.is_set():
            self.blocked.set()
            await asyncio.to_thread(self.released.wait)  # the controller's own loop waits
            return "451 4.3.0 aborted"
        return await super().handle_DATA(server, session, envelope)


class FailingCommit(SqlUnitOfWork):
    async def commit(self) -> None:
        raise RuntimeError("the transaction never commits")


@pytest.fixture(params=["sqlite", "postgresql"])
async def live_db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    async with fresh_database(request.param, tmp_path) as url:
        await migrate.upgrade(url)
        engine = build_engine(url)
        try:
            await seed_reference_data(build_sessionmaker(engine))
        finally:
            await engine.dispose()
        if url.startswith("postgresql"):
            await ensure_schema(url)
        yield url


async def file_cases(url: str, n: int) -> None:
    """n committed public complaints with an e-mail each, and one that rolls back."""
    db = Database.from_url(url)
    try:
        svc = ComplaintService(lambda: SqlUnitOfWork(db.sessions), SystemClock(), locator())
        for i in range(n):
            await svc.create_public(case(f"person{i}@example.com"), None)
        failing = ComplaintService(lambda: FailingCommit(db.sessions), SystemClock(), locator())
        with pytest.raises(RuntimeError):
            await failing.create_public(case("rolledback@example.com"), None)
    finally:
        await db.dispose()


def case(address: str) -> NewComplaint:
    return NewComplaint(
        title="ทางเท้าชำรุด",
        description="ทางเท้าหน้าตลาดชำรุด",
        channel=Channel.web,
        district_code="1026",
        complainant=Complainant(ContactDetails(None, None, address, None)),
    )


def environment(url: str, tmp_path: Path, smtp_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FASTTRACK_")}
    env.update(
        FASTTRACK_DATABASE_URL=url,
        FASTTRACK_DATA_DIR=str(tmp_path / "data"),
        FASTTRACK_SECRET_KEY="worker-test-secret-0123456789abcdefghijkl",
        FASTTRACK_PASSWORD_HASH_PROFILE="fast",
        FASTTRACK_SMTP_HOST="127.0.0.1",
        FASTTRACK_SMTP_PORT=str(smtp_port),
        FASTTRACK_SMTP_STARTTLS="false",
        FASTTRACK_JOBS_POLL_SECONDS="1",
        FASTTRACK_JOBS_LEASE_SECONDS="5",
        FASTTRACK_LOG_LEVEL="WARNING",
    )
    return env


def start_runner(url: str, env: dict[str, str], name: str) -> subprocess.Popen[bytes]:
    """PostgreSQL: `fasttrack worker`; SQLite: `fasttrack serve`, which runs the jobs."""
    if url.startswith("postgresql"):
        args = [str(BIN / "fasttrack"), "worker", "--name", name]
    else:
        args = [str(BIN / "fasttrack"), "serve", "--port", str(free_port())]
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> str:
    if process.poll() is None:
        process.send_signal(sig)
    try:
        _, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return err.decode(errors="replace")


def assert_each_once(inbox: Inbox, n: int) -> None:
    recipients = [m["To"] for m in inbox.messages]
    assert sorted(recipients) == sorted(f"person{i}@example.com" for i in range(n))
    assert "rolledback@example.com" not in recipients


async def test_a_killed_runner_restarts_and_every_event_is_mailed_once(
    live_db: str, tmp_path: Path
) -> None:
    await file_cases(live_db, N)
    inbox = BlockingInbox(block_after=4)
    with smtp_server(inbox) as (_, port):
        env = environment(live_db, tmp_path, port)
        first = start_runner(live_db, env, "first")
        try:
            await wait_for(inbox.blocked.is_set, 90, "the first runner to be mid-batch")
        finally:
            err = stop(first, signal.SIGKILL)
            inbox.released.set()
        assert len(inbox.messages) == 4, err
        second = start_runner(live_db, env, "second")
        try:
            await wait_for(lambda: len(inbox.messages) >= N, 90, "every e-mail")
            await asyncio.sleep(3)  # time for a duplicate to show, if there were one
        finally:
            err = stop(second)
    assert_each_once(inbox, N)


async def test_two_workers_run_each_job_once(live_db: str, tmp_path: Path) -> None:
    if not live_db.startswith("postgresql"):
        pytest.skip("several workers need PostgreSQL; SQLite runs jobs inside one server")
    await file_cases(live_db, N)
    with smtp_server() as (inbox, port):
        env = environment(live_db, tmp_path, port)
        workers = [start_runner(live_db, env, f"w{i}") for i in range(2)]
        try:
            await wait_for(lambda: len(inbox.messages) >= N, 90, "every e-mail")
            await asyncio.sleep(3)
        finally:
            for w in workers:
                stop(w)
    assert_each_once(inbox, N)
    async with await psycopg.AsyncConnection.connect(libpq_url(live_db)) as conn:
        cur = await conn.execute(
            "SELECT job_id FROM procrastinate_events WHERE type = 'started' "
            "GROUP BY job_id HAVING count(*) > 1"
        )
        assert await cur.fetchall() == []
        ran = await conn.execute("SELECT count(*) FROM procrastinate_jobs")
        assert ((await ran.fetchone()) or [0])[0] > 0
