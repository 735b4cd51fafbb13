"""Crash safety, proven: a live `fasttrack serve` killed with SIGKILL in the middle of a burst
of writes from several clients loses no acknowledged write and, when every request is sent
again with its `Idempotency-Key`, duplicates none; the change feed and the live statistics
agree with the cases. On PostgreSQL and on the embedded SQLite default (WAL,
synchronous=FULL: see infra/db/engine.py).

The job runner (`fasttrack worker` on PostgreSQL, `fasttrack serve` on SQLite) killed with
SIGKILL in the middle of a batch of e-mails: nothing is lost, nothing is sent twice except the
one message the sender had handed over without hearing back, which is sent again with the same
Message-ID (at-least-once with idempotent ids; exactly-once is impossible for an external send).

No timing assertions: the kill comes after a number of acknowledged writes, readiness waits up
to 120 s, every request up to 120 s.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from domain.shared.principal import Role
from infra.db import migrate
from infra.db.engine import Database
from infra.db.tables import (
    ComplaintRow,
    EmailNotificationRow,
    IdempotencyKeyRow,
    table_of,
)
from infra.jobs.queue import ensure_schema
from infra.seed import seed_reference_data
from infra.settings import Settings
from tests.events.support import Inbox, free_port, smtp_server
from tests.events.test_worker import environment, file_cases, start_runner, stop, wait_for
from tests.support.databases import fresh_database
from tests.support.identity import make_staff
from tests.support.live_server import READY_TIMEOUT_SECONDS, live_server_process

pytestmark = pytest.mark.db
BIN = Path(sys.executable).parent
CLIENTS = 4
CHAINS_PER_CLIENT = 10  # each chain: create, triage, note — three writes
KILL_AFTER = 18  # acknowledged writes before the SIGKILL (the clients are still firing)
REQUEST_TIMEOUT = 120.0
RETRY_SECONDS = 90.0
NOTE = "โทรแจ้งเขตแล้ว รอเข้าตรวจสอบ"


@dataclass
class Site:
    """A data directory and its database, migrated and seeded (with an OMB officer's token
    when the test needs one)."""

    backend: str
    data_dir: Path
    database_url: str
    env: dict[str, str]
    headers: dict[str, str]


@dataclass
class Sent:
    """One write of the burst: what was sent and what (if anything) came back."""

    client: int
    kind: str  # create, transition, note
    key: str
    path: str
    body: dict[str, Any]
    if_match: str | None = None
    status: int | None = None  # None: no answer (the server died first)
    answer: dict[str, Any] = field(default_factory=dict)
    etag: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def headers(self) -> dict[str, str]:
        extra = {"If-Match": self.if_match} if self.if_match else {}
        return {"Idempotency-Key": self.key, **extra}


def case_body(client: int, n: int) -> dict[str, Any]:
    return {
        "title": f"crash {client}-{n}: ทางเท้าชำรุด",
        "description": f"ทางเท้าหน้าตลาดชำรุด ({client}-{n}) ขอให้เขตซ่อม",
        "channel": "hotline_1676",
        "district_code": "1026",
        "complainant": {"name": "ผู้ร้อง ทดสอบ", "phone": "0812345678"},
    }


@asynccontextmanager
async def prepared_site(backend: str, tmp_path: Path, *, staff: bool) -> AsyncIterator[Site]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FASTTRACK_")}
    env.update(
        FASTTRACK_DATA_DIR=str(data_dir),
        FASTTRACK_SECRET_KEY="crash-safety-test-secret-0123456789abcdef",
        FASTTRACK_PASSWORD_HASH_PROFILE="fast",
        FASTTRACK_LOG_LEVEL="WARNING",
    )
    async with AsyncExitStack() as stack:
        if backend == "sqlite":
            # The embedded default: no database URL, <data_dir>/fasttrack.db.
            url = Settings(data_dir=data_dir, _env_file=None).effective_database_url
        else:
            url = await stack.enter_async_context(fresh_database(backend, tmp_path))
            env["FASTTRACK_DATABASE_URL"] = url
        await migrate.upgrade(url)
        if backend == "postgresql":
            await ensure_schema(url)
        db = Database.from_url(url)
        headers: dict[str, str] = {}
        try:
            await seed_reference_data(db.sessions)
            if staff:
                headers = (await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")).headers
        finally:
            await db.dispose()
        yield Site(backend, data_dir, url, env, headers)


@pytest.fixture(params=["sqlite", "postgresql"])
async def site(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Site]:
    """A fresh database with an OMB officer's token, for the server under test."""
    async with prepared_site(str(request.param), tmp_path, staff=True) as prepared:
        yield prepared


@pytest.fixture(params=["sqlite", "postgresql"])
async def queue_site(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Site]:
    """A fresh database with no staff (nobody but the complainants is mailed)."""
    async with prepared_site(str(request.param), tmp_path, staff=False) as prepared:
        yield prepared


@contextmanager
def server(site: Site, log_name: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with live_server_process(
        [str(BIN / "fasttrack"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        base_url=base,
        env=site.env,
        cwd=site.data_dir,  # no .env of the checkout is read
        log=site.data_dir / log_name,
        # Two servers start one after the other; a cold start on a loaded 2-core machine has
        # been seen to take a minute.
        timeout=READY_TIMEOUT_SECONDS * 2,
    ) as proc:
        yield proc, base


async def burst(base: str, headers: dict[str, str], proc: subprocess.Popen[bytes]) -> list[Sent]:
    """CLIENTS concurrent clients each run chains (create, triage, note) until the server
    dies; the server is killed with SIGKILL right after the KILL_AFTER-th acknowledgement."""
    sent: list[Sent] = []
    acked = 0

    async def send(http: httpx.AsyncClient, s: Sent) -> bool:
        nonlocal acked
        sent.append(s)
        try:
            r = await http.post(s.path, json=s.body, headers=s.headers())
        except httpx.TransportError:
            return False
        s.status, s.etag = r.status_code, r.headers.get("etag")
        s.answer = r.json()
        if not s.acknowledged:
            # Not acknowledged, so the client may send it again; only a busy database may
            # refuse a write here, never a rule.
            assert r.status_code == 503 or s.answer.get("code") == "database.write_collision", (
                r.text
            )
            return False
        acked += 1
        if acked == KILL_AFTER:
            proc.send_signal(signal.SIGKILL)
        return True

    async def client(i: int) -> None:
        async with httpx.AsyncClient(
            base_url=base, headers=headers, timeout=REQUEST_TIMEOUT
        ) as http:
            for n in range(CHAINS_PER_CLIENT):
                create = Sent(i, "create", f"c-{i}-{n}", "/api/v1/complaints", case_body(i, n))
                if not await send(http, create):
                    return
                case = f"/api/v1/complaints/{create.answer['id']}"
                triage = Sent(
                    i,
                    "transition",
                    f"t-{i}-{n}",
                    f"{case}/transitions",
                    {"action": "triage"},
                    if_match=create.etag,
                )
                if not await send(http, triage):
                    return
                note = Sent(
                    i, "note", f"n-{i}-{n}", f"{case}/timeline", {"kind": "note", "text": NOTE}
                )
                if not await send(http, note):
                    return

    await asyncio.gather(*(client(i) for i in range(CLIENTS)))
    return sent


async def send_again(http: httpx.AsyncClient, s: Sent) -> httpx.Response:
    """The client's retry after the crash: the same request with the same key. A key whose
    first request is still held by a dying connection answers 409 in_progress: wait."""
    deadline = asyncio.get_running_loop().time() + RETRY_SECONDS
    while True:
        r = await http.post(s.path, json=s.body, headers=s.headers())
        busy = r.status_code == 503 or (
            r.status_code == 409
            and r.json().get("code") in ("idempotency.in_progress", "database.write_collision")
        )
        if not busy or asyncio.get_running_loop().time() > deadline:
            return r
        await asyncio.sleep(0.5)


async def drain_feed(http: httpx.AsyncClient) -> list[tuple[int, str]]:
    seen: list[tuple[int, str]] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100, **({"after": cursor} if cursor else {})}
        page = await http.get("/api/v1/complaints/changes", params=params)
        assert page.status_code == 200, page.text
        body = page.json()
        if not body["items"]:
            return seen
        seen += [(item["seq"], item["complaint"]["id"]) for item in body["items"]]
        cursor = str(body["next_cursor"])


async def test_a_server_killed_mid_burst_loses_and_duplicates_nothing(site: Site) -> None:
    with server(site, "before-kill.log") as (proc, base):
        sent = await burst(base, site.headers, proc)
        acknowledged = [s for s in sent if s.acknowledged]
        assert len(acknowledged) >= KILL_AFTER, [(s.key, s.status, s.answer) for s in sent]
        assert proc.wait(timeout=60) == -signal.SIGKILL, "the server was not killed mid-burst"
    in_flight = [s for s in sent if not s.acknowledged]
    assert in_flight, "every client had stopped before the kill: nothing was in flight"

    with server(site, "after-restart.log") as (_, base):
        async with httpx.AsyncClient(
            base_url=base, headers=site.headers, timeout=REQUEST_TIMEOUT
        ) as http:
            # Every request again, each client's in its order, with the same key and body.
            cases: dict[str, str] = {}  # create key -> case id
            for req in sent:
                again = await send_again(http, req)
                assert again.is_success, (req.kind, req.key, again.text)
                if req.acknowledged:
                    # 0 lost: an acknowledged write is found and answered as the first time
                    # (a create or a transition with its case, a note with its entry).
                    assert again.headers.get("idempotent-replayed") == "true", again.text
                    assert again.json()["id"] == req.answer["id"], req.key
                if req.kind == "create":
                    cases[req.key] = str(again.json()["id"])

            # 0 duplicated: one case per create key, one triage and one note per key sent.
            assert len(set(cases.values())) == len(cases)
            triaged = {s.path.split("/")[4] for s in sent if s.kind == "transition"}
            noted = Counter(s.path.split("/")[4] for s in sent if s.kind == "note")
            statuses: Counter[str] = Counter()
            for case_id in cases.values():
                got = await http.get(f"/api/v1/complaints/{case_id}")
                assert got.status_code == 200, got.text
                statuses[got.json()["status"]] += 1
                assert got.json()["status"] == ("triaged" if case_id in triaged else "received")
                timeline = await http.get(
                    f"/api/v1/complaints/{case_id}/timeline", params={"limit": 100}
                )
                assert timeline.status_code == 200, timeline.text
                kinds = Counter(e["kind"] for e in timeline.json()["items"])
                assert kinds["created"] == 1
                assert kinds["state_changed"] == (1 if case_id in triaged else 0), kinds
                assert kinds["note"] == noted[case_id], kinds

            # The change feed: every case, each of its committed writes exactly once.
            feed = await drain_feed(http)
            assert len({seq for seq, _ in feed}) == len(feed)
            writes = Counter(cases.values()) + Counter(triaged) + noted
            assert Counter(case_id for _, case_id in feed) == writes

            # The statistics, counted live, agree with the cases.
            stats = await http.get("/api/v1/stats/complaints", params={"live": "true"})
            assert stats.status_code == 200, stats.text
            assert stats.json()["total"] == len(cases)
            assert stats.json()["by"]["status"] == dict(statuses)

    db = Database.from_url(site.database_url)
    try:
        async with db.sessions() as s:
            count = await s.execute(select(func.count()).select_from(table_of(ComplaintRow)))
            assert count.scalar_one() == len(cases)
            keys = await s.execute(select(func.count()).select_from(table_of(IdempotencyKeyRow)))
            assert keys.scalar_one() == len(sent)
    finally:
        await db.dispose()


def test_sqlite_commits_are_fsynced_write_ahead_log(tmp_path: Path) -> None:
    """The embedded default's durability settings on every connection: WAL, and
    synchronous=FULL (2), so an acknowledged commit survives a power cut, not only a kill."""

    async def pragmas() -> tuple[str, int]:
        db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'pragmas.db'}")
        try:
            async with db.engine.connect() as conn:
                mode = (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar_one()
                sync = (await conn.exec_driver_sql("PRAGMA synchronous")).scalar_one()
        finally:
            await db.dispose()
        return str(mode), int(sync)

    assert asyncio.run(pragmas()) == ("wal", 2)


class AnswerLostInbox(Inbox):
    """Takes `hold_after` messages; the next one arrives (it is kept) but its answer is held
    until released and is then a refusal: the sender never hears that it went through, as
    when the connection drops after the data was sent. Killing the sender now is the worst
    moment for exactly-once."""

    def __init__(self, hold_after: int) -> None:
        super().__init__()
        self.hold_after = hold_after
        self.held = threading.Event()
        self.released = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        answer = await super().handle_DATA(server, session, envelope)
        if len(self.messages) > self.hold_after and not self.released.is_set():
            self.held.set()
            await asyncio.to_thread(self.released.wait)
            return "451 4.3.0 aborted"
        return answer


async def test_a_job_runner_killed_mid_batch_sends_each_email_at_least_once_by_id(
    queue_site: Site,
) -> None:
    """Every queued e-mail is delivered after a SIGKILL mid-batch and a restart; the one the
    killed runner had handed over without an answer is sent again with the same Message-ID
    (the e-mail queue row's id), every other exactly once."""
    n, hold_after = 10, 3
    await file_cases(queue_site.database_url, n)
    inbox = AnswerLostInbox(hold_after)
    with smtp_server(inbox) as (_, port):
        env = environment(queue_site.database_url, queue_site.data_dir.parent, port)
        first = start_runner(queue_site.database_url, env, "first")
        try:
            await wait_for(inbox.held.is_set, 180, "the first runner to be mid-batch")
        finally:
            err = stop(first, signal.SIGKILL)
            inbox.released.set()
        assert first.returncode == -signal.SIGKILL, err
        assert len(inbox.messages) == hold_after + 1, err
        second = start_runner(queue_site.database_url, env, "second")
        try:
            await wait_for(lambda: len(inbox.messages) >= n + 1, 180, "every e-mail")
            await asyncio.sleep(3)  # time for a duplicate to show, if there were one
        finally:
            err = stop(second)

    db = Database.from_url(queue_site.database_url)
    try:
        async with db.sessions() as s:
            e = table_of(EmailNotificationRow).c
            rows = (await s.execute(select(e.id, e.status))).all()
    finally:
        await db.dispose()
    assert len(rows) == n and {r.status for r in rows} == {"sent"}, (rows, err)
    delivered = Counter(str(m["Message-ID"]) for m in inbox.messages)
    # Nothing lost: every queued e-mail arrived, under its own id.
    assert set(delivered) == {f"<{r.id}@fasttrack>" for r in rows}
    # Nothing else twice: only the e-mail in flight at the kill, and with the same id.
    in_flight = str(inbox.messages[hold_after]["Message-ID"])
    assert delivered[in_flight] == 2
    assert all(count == 1 for mid, count in delivered.items() if mid != in_flight)
