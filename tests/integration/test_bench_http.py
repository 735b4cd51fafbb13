"""The pieces of `make bench-http` (bench/http/) work: the bare baseline answers every
benchmarked request with the app's JSON shape on a seeded PostgreSQL database, and the wrk
script sends what the runner expects and reports its result line. PostgreSQL only: the
benchmark and its baseline (asyncpg) exist only there. No timing is asserted."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import asyncpg
import httpx
import pytest

from api.app import create_app
from bench.http import bare
from bench.http.endpoints import ENDPOINTS, create_body
from bench.http.prepare import Fixture, db_url, prepare
from bench.http.run import LUA, shape_of
from infra.db.engine import Database
from infra.settings import Settings
from tests.support.databases import require_postgres

DB = f"fasttrack_bench_http_test_{os.getpid()}"


@pytest.fixture
async def fixture() -> AsyncIterator[Fixture]:
    server = await require_postgres()
    yield await prepare(300, reuse=False, db=DB)
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
    finally:
        await conn.close()


async def _answers(app: Any, f: Fixture) -> dict[str, tuple[int, Any]]:
    out: dict[str, tuple[int, Any]] = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            for ep in ENDPOINTS:
                r = await c.request(
                    ep.method,
                    ep.path(f),
                    headers=ep.headers(f, str(uuid.uuid4())),
                    content=ep.body(f, 7),
                )
                out[ep.key] = (r.status_code, r.json())
    return out


async def test_the_bare_app_answers_each_endpoint_with_the_apps_json_shape(
    fixture: Fixture,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=Path(tmp),
            _env_file=None,
            database_url=db_url("postgresql+asyncpg", DB),
            password_hash_profile="fast",
            jobs="worker",
            public_tracking_per_minute=1000,
        )
        database = Database.from_url(db_url("postgresql+asyncpg", DB))
        try:
            ours = await _answers(create_app(settings, database=database), fixture)
        finally:
            await database.dispose()
    bare.app.state.dsn = db_url(db=DB)
    try:
        base = await _answers(bare.app, fixture)
    finally:
        bare.app.state.dsn = None
    assert set(ours) == {ep.key for ep in ENDPOINTS}
    for key, (status, body) in ours.items():
        assert (key, base[key][0]) == (key, status)
        assert shape_of(base[key][1]) == shape_of(body), key
    # The lists are full pages, and both read the seeded case the fixture names.
    assert len(base["queue"][1]["items"]) == len(ours["queue"][1]["items"]) == 50
    assert base["by_id"][1]["id"] == ours["by_id"][1]["id"] == fixture.case_id
    assert base["tracking"][1]["case_number"] == ours["tracking"][1]["case_number"]
    assert base["stats"][1]["total"] == ours["stats"][1]["total"]


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str, dict[str, str], bytes]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.seen.append((self.command, self.path, dict(self.headers), body))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *args: Any) -> None:
        pass

    def handle(self) -> None:
        with contextlib.suppress(ConnectionError):  # wrk closes its connections at the bell
            super().handle()


@pytest.fixture
def recorder() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def test_the_wrk_script_exists() -> None:
    assert LUA.is_file()
    text = LUA.read_text()
    assert "function request()" in text and "function done(" in text


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_the_wrk_script_posts_fresh_bodies_and_keys_and_reports_its_result(
    recorder: str,
) -> None:
    f = Fixture(1, "tok", str(uuid.uuid4()), "T000000000001", str(uuid.uuid4()), "1026", "ถนน")
    _Recorder.seen.clear()
    env = {
        **os.environ,
        "BENCH_PATH": "/api/v1/complaints",
        "BENCH_TOKEN": "tok",
        "BENCH_BODY": create_body(f, 0).replace("จุดที่ 0", "จุดที่ {n}"),
        "BENCH_KEY_PREFIX": "k",
    }
    out = subprocess.run(
        ["wrk", "-t1", "-c1", "-d1s", "-s", str(LUA), recorder],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("BENCH_RESULT "))
    result = json.loads(line.removeprefix("BENCH_RESULT "))
    assert result["requests"] >= 2 and result["status"] == 0
    posts = _Recorder.seen[:2]
    assert [m for m, *_ in posts] == ["POST", "POST"]
    # A fresh key and text per request (wrk builds one request at start-up to probe the
    # script, so the numbers need not start at 1).
    keys = [h["Idempotency-Key"] for _, _, h, _ in posts]
    numbers = [int(k.removeprefix("k-")) for k in keys]
    assert numbers[1] == numbers[0] + 1
    assert all(h["Authorization"] == "Bearer tok" for _, _, h, _ in posts)
    bodies = [json.loads(b) for *_, b in posts]
    assert [b["title"] for b in bodies] == [f"ไฟทางดับหน้าตลาด จุดที่ {n}" for n in numbers]
