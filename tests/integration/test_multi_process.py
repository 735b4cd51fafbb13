"""Several API processes over one PostgreSQL: two `fasttrack serve` servers on their own
ports (each with its own data directory, as on two hosts; B with `--workers 2`, so three
processes in all) driven round-robin. Idempotency
keys, rate limits, login throttling, case numbers and the change feed hold across them,
because each lives in the database and nothing in a process's memory or files (a process
holds only admissions it leased from the shared rate-limit counter).

PostgreSQL only: SQLite is the single-process default (`fasttrack serve --workers 2` refuses
it). No timing assertions: readiness waits up to 300 s and requests up to 120 s each.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from domain.identity.login import ACCOUNT_POLICY
from domain.shared.principal import Role
from domain.throttle import RatePolicy
from infra.db import migrate
from infra.db.engine import Database
from infra.db.tables import ComplaintRow, IdempotencyKeyRow, RateLimitRow, table_of
from infra.jobs.queue import ensure_schema
from infra.seed import seed_reference_data
from tests.support.databases import fresh_database
from tests.support.identity import PASSWORD, make_staff
from tests.support.live_server import live_server_process

BIN = Path(sys.executable).parent
# Low, so the shared limit is reached in a few lookups, yet a lease holds several (3).
TRACKING_PER_MINUTE = 24
PROCESSES = 3  # A, and B's two workers
REQUEST_TIMEOUT = 120.0
C = table_of(ComplaintRow).c


@dataclass(frozen=True)
class Pair:
    """Two API processes over one database, and the database for checking what they wrote."""

    urls: tuple[str, str]
    database_url: str
    omb_email: str
    throttled_email: str  # an account only the login-throttling test fails to log in to


@dataclass
class Clients:
    a: httpx.AsyncClient
    b: httpx.AsyncClient
    omb: dict[str, str]  # headers with a bearer token issued by A

    def at(self, i: int) -> httpx.AsyncClient:
        """Round-robin: even requests go to A, odd ones to B."""
        return self.a if i % 2 == 0 else self.b


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module", params=["postgresql"])
async def shared_database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[str, str, str]]:
    """A fresh PostgreSQL database, migrated and seeded as `fasttrack migrate` and `seed`
    leave it, with two staff accounts. Unreachable PostgreSQL: a skip, or a failure in CI."""
    async with fresh_database(request.param, tmp_path_factory.mktemp("procs-db")) as url:
        await migrate.upgrade(url)
        await ensure_schema(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            locked = await make_staff(db.sessions, "locked", Role.omb_officer, "OMB")
        finally:
            await db.dispose()
        yield url, omb.email, locked.email


@pytest.fixture(scope="module")
def pair(
    shared_database: tuple[str, str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Pair]:
    url, omb_email, locked_email = shared_database
    base = {k: v for k, v in os.environ.items() if not k.startswith("FASTTRACK_")}
    urls: list[str] = []
    with ExitStack() as running:
        for name, workers in (("a", "1"), ("b", "2")):
            data_dir = tmp_path_factory.mktemp(f"procs-{name}")
            port = _free_port()
            urls.append(f"http://127.0.0.1:{port}")
            env = {
                **base,
                "FASTTRACK_DATABASE_URL": url,
                # Its own data directory, as on its own host; the signing secret is shared.
                "FASTTRACK_DATA_DIR": str(data_dir),
                "FASTTRACK_SECRET_KEY": "multi-process-test-secret-0123456789abcdef",
                "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
                "FASTTRACK_PUBLIC_TRACKING_PER_MINUTE": str(TRACKING_PER_MINUTE),
                "FASTTRACK_LOG_LEVEL": "WARNING",
            }
            running.enter_context(
                live_server_process(
                    [
                        *(str(BIN / "fasttrack"), "serve", "--workers", workers),
                        *("--host", "127.0.0.1", "--port", str(port)),
                    ],
                    base_url=urls[-1],
                    env=env,
                    cwd=data_dir,  # no .env of the checkout is read
                    log=data_dir / "server.log",
                )
            )
        yield Pair((urls[0], urls[1]), url, omb_email, locked_email)


@pytest.fixture
async def clients(pair: Pair) -> AsyncIterator[Clients]:
    async with (
        httpx.AsyncClient(base_url=pair.urls[0], timeout=REQUEST_TIMEOUT) as a,
        httpx.AsyncClient(base_url=pair.urls[1], timeout=REQUEST_TIMEOUT) as b,
    ):
        login = await a.post(
            "/api/v1/auth/login", data={"username": pair.omb_email, "password": PASSWORD}
        )
        assert login.status_code == 200, login.text
        yield Clients(a, b, {"Authorization": f"Bearer {login.json()['access_token']}"})


@pytest.fixture
async def database(pair: Pair) -> AsyncIterator[Database]:
    db = Database.from_url(pair.database_url, pool_size=2)
    try:
        yield db
    finally:
        await db.dispose()


def case_body(title: str) -> dict[str, Any]:
    return {
        "title": title,
        "description": f"{title}: ทางเท้าหน้าตลาดชำรุด ขอให้เขตซ่อม",
        "channel": "hotline_1676",
        "district_code": "1026",
        "complainant": {"name": "ผู้ร้อง ทดสอบ", "phone": "0812345678"},
    }


async def cases_titled(db: Database, prefix: str) -> list[str]:
    async with db.sessions() as s:
        rows = await s.execute(select(C.case_number).where(C.title.startswith(prefix)))
        return [str(n) for n in rows.scalars()]


async def test_a_token_from_one_process_works_on_the_other(clients: Clients) -> None:
    for client in (clients.a, clients.b):
        me = await client.get("/api/v1/users/me", headers=clients.omb)
        assert me.status_code == 200, me.text


async def test_an_idempotent_retry_on_the_other_process_replays_the_first_case(
    clients: Clients, database: Database
) -> None:
    tag = f"idem-{uuid.uuid4().hex[:8]}"
    headers = {**clients.omb, "Idempotency-Key": tag}
    first = await clients.a.post("/api/v1/complaints", headers=headers, json=case_body(tag))
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers

    retry = await clients.b.post("/api/v1/complaints", headers=headers, json=case_body(tag))

    assert retry.status_code == 201, retry.text
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json()["id"] == first.json()["id"]
    assert retry.json()["case_number"] == first.json()["case_number"]
    assert await cases_titled(database, tag) == [first.json()["case_number"]]
    # The same key with another body is refused on either process.
    other = await clients.b.post("/api/v1/complaints", headers=headers, json=case_body(f"{tag} อื่น"))
    assert other.status_code == 422 and other.json()["code"] == "idempotency.key_reused"


async def test_one_key_sent_to_both_processes_at_once_files_one_case(
    clients: Clients, database: Database
) -> None:
    tag = f"race-{uuid.uuid4().hex[:8]}"
    headers = {**clients.omb, "Idempotency-Key": tag}
    answers = await asyncio.gather(
        *(
            clients.at(i).post("/api/v1/complaints", headers=headers, json=case_body(tag))
            for i in range(4)
        )
    )

    created = [r for r in answers if r.status_code == 201]
    assert created, [r.text for r in answers]
    assert {r.json()["id"] for r in created} == {created[0].json()["id"]}
    # A retry while the first still runs is a 409 (the key is held in the database).
    for r in answers:
        assert r.status_code in (201, 409), r.text
        if r.status_code == 409:
            assert r.json()["code"] == "idempotency.in_progress"
    assert len(await cases_titled(database, tag)) == 1
    async with database.sessions() as s:
        keys = await s.execute(select(func.count()).where(table_of(IdempotencyKeyRow).c.key == tag))
        assert keys.scalar_one() == 1


async def test_failed_logins_alternated_between_processes_are_throttled_as_on_one(
    clients: Clients, pair: Pair, database: Database
) -> None:
    """After ACCOUNT_POLICY.free failures the account is slowed (429): counted in one shared
    row, the refusal comes at that total whichever process took each failure. Counted per
    process it could come only after 2 × free failures (each process seeing its own)."""
    failures = 0
    refused: httpx.Response | None = None
    for i in range(4 * ACCOUNT_POLICY.free):
        r = await clients.at(i).post(
            "/api/v1/auth/login",
            data={"username": pair.throttled_email, "password": "wrong-password-123"},
        )
        if r.status_code == 429:
            refused = r
            break
        assert r.status_code == 400, r.text
        failures += 1

    assert refused is not None, f"no 429 after {failures} failed logins"
    assert refused.json()["code"] == "auth.login_throttled"
    assert int(refused.headers["retry-after"]) >= 1
    # Normally exactly `free`; a later one only if a second passed between two requests
    # (the first delay is 1 s, then 2 s, ...): never the per-process total.
    assert ACCOUNT_POLICY.free <= failures < 2 * ACCOUNT_POLICY.free
    # Every failure, from either process, is in the one counter of the account.
    digest = hashlib.sha256(pair.throttled_email.lower().encode()).hexdigest()[:40]
    rate = table_of(RateLimitRow).c
    async with database.sessions() as s:
        count = await s.execute(select(rate.count).where(rate.key == f"login:account:{digest}"))
        assert count.scalar_one() == failures


async def test_public_tracking_lookups_are_limited_across_processes(clients: Clients) -> None:
    filed = await clients.a.post(
        "/api/v1/public/complaints",
        json={
            "title": "ถนนเป็นหลุมหน้าตลาดดินแดง",
            "description": "หลุมลึก รถจักรยานยนต์ล้มบ่อย",
            "district_code": "1026",
            "consent": {"notice_version": "2026-01"},
        },
    )
    assert filed.status_code == 201, filed.text
    url = f"/api/v1/public/complaints/{filed.json()['tracking_code']}"

    # Twice the limit, alternating: each process leases admissions from the shared counter
    # (RatePolicy.lease_size at a time) and admits from them without a write.
    lease = RatePolicy(TRACKING_PER_MINUTE, timedelta(minutes=1)).lease_size
    assert lease > 1
    answers = [await clients.at(i).get(url) for i in range(2 * TRACKING_PER_MINUTE)]
    admitted = [r for r in answers if r.status_code == 200]
    refused = [(i, r) for i, r in enumerate(answers) if r.status_code != 200]
    # Never more than the limit in all: counted per process, A alone would admit all of its
    # TRACKING_PER_MINUTE lookups, and B as many.
    assert len(admitted) <= TRACKING_PER_MINUTE
    # Admissions leased by another process and unused there can bring the first refusal
    # forward, by at most lease - 1 per other process: never earlier than this.
    earliest = TRACKING_PER_MINUTE - (PROCESSES - 1) * (lease - 1)
    assert refused and refused[0][0] >= earliest, [r.status_code for r in answers]
    assert len(admitted) >= earliest
    # Both processes refuse (each would admit every lookup it got, were it counting alone).
    assert {i % 2 for i, _ in refused} == {0, 1}
    for _, r in refused:
        assert r.status_code == 429, r.text
        assert r.json()["code"] == "public.rate_limited"
        assert int(r.headers["retry-after"]) >= 1


async def test_cases_filed_concurrently_on_both_processes_have_unique_numbers(
    clients: Clients, database: Database
) -> None:
    tag = f"serial-{uuid.uuid4().hex[:8]}"
    answers = await asyncio.gather(
        *(
            clients.at(i).post(
                "/api/v1/complaints", headers=clients.omb, json=case_body(f"{tag} {i}")
            )
            for i in range(20)
        )
    )

    for r in answers:
        assert r.status_code == 201, r.text
    numbers = [r.json()["case_number"] for r in answers]
    assert len(set(numbers)) == 20
    assert sorted(await cases_titled(database, tag)) == sorted(numbers)


async def _drain(
    client: httpx.AsyncClient, headers: dict[str, str], cursor: str | None
) -> tuple[list[tuple[int, str]], str]:
    """Poll the change feed from `cursor` until it is empty: (seq, case id) pairs, new cursor."""
    seen: list[tuple[int, str]] = []
    while True:
        params: dict[str, Any] = {"limit": 100}
        if cursor is not None:
            params["after"] = cursor
        page = await client.get("/api/v1/complaints/changes", headers=headers, params=params)
        assert page.status_code == 200, page.text
        body = page.json()
        cursor = str(body["next_cursor"])
        if not body["items"]:
            return seen, cursor
        seen += [(item["seq"], item["complaint"]["id"]) for item in body["items"]]


async def test_the_change_feed_on_one_process_shows_every_change_made_on_the_other_once(
    clients: Clients,
) -> None:
    _, start = await _drain(clients.b, clients.omb, None)
    tag = f"feed-{uuid.uuid4().hex[:8]}"
    made: list[str] = []

    async def create(n: int) -> str:
        r = await clients.a.post(
            "/api/v1/complaints", headers=clients.omb, json=case_body(f"{tag} {n}")
        )
        assert r.status_code == 201, r.text
        made.append(r.json()["id"])
        return str(r.json()["id"])

    first = await create(0)
    await create(1)
    # B polls in the middle (stamping what A committed so far), then A writes on.
    middle, cursor = await _drain(clients.b, clients.omb, start)
    await create(2)
    note = await clients.a.post(
        f"/api/v1/complaints/{first}/timeline",
        headers=clients.omb,
        json={"kind": "note", "text": "โทรแจ้งเขตแล้ว"},
    )
    assert note.status_code == 201, note.text
    made.append(first)
    rest, _ = await _drain(clients.b, clients.omb, cursor)

    from_b = middle + rest
    assert [case_id for _, case_id in from_b] == made
    assert len({seq for seq, _ in from_b}) == len(from_b)
    # A's own feed from the same cursor numbers the same changes the same way.
    from_a, _ = await _drain(clients.a, clients.omb, start)
    assert from_a == from_b
