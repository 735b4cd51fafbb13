"""The queue benchmark: seed N cases, time each query over HTTP and through asyncpg, print plans."""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy import event

from bench.search_plan import check_rare_term_plan, search_statement
from bench.seed import COMMON_TERM, RARE_TERM, seed
from domain.complaint.filters import QueueFilter, SlaFilter
from domain.complaint.queue_ports import QueueSort
from domain.shared.clock import SystemClock
from domain.shared.paging import PageRequest, encode_cursor
from domain.shared.principal import Role
from domain.stats.model import Period, StatsFilter, StatsScope, rollup_slice
from infra.db import migrate
from infra.db.engine import build_engine, build_sessionmaker
from infra.db.repositories.queue import SqlComplaintQueries
from infra.db.repositories.stats import SqlStatsQueries, SqlStatsRollups
from infra.seed import seed_reference_data
from tests.support.identity import Staff, make_staff

SERVER = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
DB = "fasttrack_bench"
BIN = Path(sys.executable).parent
PAGE = 50


@dataclass
class Case:
    """One measured query: an HTTP request and the SQL statements the repository runs for it."""

    name: str
    path: str
    token: str
    record: Callable[[Any], Awaitable[Any]]
    sql: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    http: list[float] = field(default_factory=list)
    db: list[float] = field(default_factory=list)
    rows: int = 0


def _db_url(driver: str = "postgresql") -> str:
    base, _, _ = SERVER.rpartition("/")
    return f"{base}/{DB}".replace("postgresql://", f"{driver}://", 1)


async def create_database() -> None:
    conn = await asyncpg.connect(SERVER)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        await conn.execute(
            f"CREATE DATABASE {DB} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' "
            "TEMPLATE template0"
        )
    finally:
        await conn.close()


async def seeded_cases() -> int | None:
    """How many cases the bench database holds, or None if it does not exist."""
    try:
        conn = await asyncpg.connect(_db_url())
    except asyncpg.InvalidCatalogNameError:
        return None
    try:
        return int(await conn.fetchval("SELECT count(*) FROM complaints"))
    except asyncpg.UndefinedTableError:
        return None
    finally:
        await conn.close()


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "FASTTRACK_DATA_DIR": str(data_dir),
        "FASTTRACK_DATABASE_URL": _db_url("postgresql+asyncpg"),
        "FASTTRACK_PUBLIC_BASE_URL": base,
        "FASTTRACK_PASSWORD_HASH_PROFILE": "fast",
        "FASTTRACK_LOG_LEVEL": "WARNING",
    }
    log = (data_dir / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(BIN / "fasttrack"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=data_dir,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError((data_dir / "server.log").read_text(errors="replace")[-3000:])
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server not ready")


async def build_cases(
    sessions: Any, conn: asyncpg.Connection, omb: Staff, coord: Staff
) -> list[Case]:
    """The queries of issue 9, each with its HTTP path and the repository call that records
    the SQL the server runs for it (the statements, with their bound parameters)."""
    now = datetime.now(UTC)
    own = StatsScope(all_cases=False, agency_id=coord.agency_id)
    every = StatsScope(all_cases=True)
    own_n = await conn.fetchval(
        "SELECT count(*) FROM complaints WHERE lead_agency_id = $1", coord.agency_id
    )
    total = await conn.fetchval("SELECT count(*) FROM complaints")

    async def deep_key(where: str, depth: int, *args: Any) -> tuple[str, str, int]:
        # The keyset of the last row before the page at `depth` rows, read straight from SQL:
        # the same (created_at, id) layout the queue's cursor holds.
        depth = max(0, min(depth, own_n if where else total) - PAGE - 1)
        row = await conn.fetchrow(
            f"SELECT created_at, id FROM complaints {where} "
            f"ORDER BY created_at DESC, id DESC OFFSET {depth} LIMIT 1",
            *args,
        )
        return row["created_at"].isoformat(), str(row["id"]), depth

    c_at, c_id, c_depth = await deep_key("WHERE lead_agency_id = $1", 1000 * PAGE, coord.agency_id)
    o_at, o_id, o_depth = await deep_key("", 1000 * PAGE)
    c_cursor = encode_cursor((c_at, c_id))
    o_cursor = encode_cursor((o_at, o_id))
    max_seq = await conn.fetchval("SELECT max(seq) FROM complaint_changes")
    tail = int(max_seq) * 9 // 10  # a partner polling the last tenth of the feed

    def queue(scope: StatsScope, f: QueueFilter, after: tuple[str, str] | None = None) -> Any:
        async def call(s: Any) -> Any:
            return await SqlComplaintQueries(s).queue_page(
                scope, f, QueueSort.created, PageRequest(PAGE, after), now
            )

        return call

    def changes(scope: StatsScope, after: int) -> Any:
        async def call(s: Any) -> Any:
            return await SqlComplaintQueries(s).changes(scope, after, 100)

        return call

    def stats(scope: StatsScope, f: StatsFilter) -> Any:
        # What StatsService runs: the rollup's read for an OMB-wide slice, else the live query.
        async def call(s: Any) -> Any:
            slice_ = rollup_slice(scope, f)
            if slice_ is not None:
                return await SqlStatsRollups(s).read(slice_, Period.month)
            return await SqlStatsQueries(s).complaint_stats(scope, f, Period.month, SystemClock())

        return call

    ct, ot = coord.token, omb.token
    q = "/api/v1/complaints"
    st = "/api/v1/stats/complaints"
    return [
        Case("district queue, page 1 (coord)", q, ct, queue(own, QueueFilter())),
        Case(
            f"district queue, {c_depth // PAGE} pages deep",
            f"{q}?after={c_cursor}",
            ct,
            queue(own, QueueFilter(), (c_at, c_id)),
        ),
        Case(
            f"OMB queue, {o_depth // PAGE} pages deep",
            f"{q}?after={o_cursor}",
            ot,
            queue(every, QueueFilter(), (o_at, o_id)),
        ),
        Case(
            f"q rare '{RARE_TERM}' (OMB)",
            f"{q}?q={RARE_TERM}",
            ot,
            queue(every, QueueFilter(q=RARE_TERM)),
        ),
        Case(
            f"q common '{COMMON_TERM}' (OMB)",
            f"{q}?q={COMMON_TERM}",
            ot,
            queue(every, QueueFilter(q=COMMON_TERM)),
        ),
        Case(
            "breached, district (coord)",
            f"{q}?resolution_sla=breached",
            ct,
            queue(own, QueueFilter(resolution_sla=SlaFilter.breached)),
        ),
        Case(
            "breached, OMB-wide",
            f"{q}?resolution_sla=breached",
            ot,
            queue(every, QueueFilter(resolution_sla=SlaFilter.breached)),
        ),
        Case("change feed from 0 (coord)", f"{q}/changes", ct, changes(own, 0)),
        Case(
            "change feed, tail (coord)",
            f"{q}/changes?after={encode_cursor((tail,))}",
            ct,
            changes(own, tail),
        ),
        Case("stats OMB (rollup)", st, ot, stats(every, StatsFilter())),
        Case(
            "stats OMB, one district (rollup)",
            f"{st}?district_code=1026",
            ot,
            stats(every, StatsFilter(district_code="1026")),
        ),
        Case(
            "stats OMB, two filters (live)",
            f"{st}?district_code=1026&fast_track=true",
            ot,
            stats(every, StatsFilter(district_code="1026", fast_track=True)),
        ),
        Case("stats district (coord, rollup)", st, ct, stats(own, StatsFilter())),
        Case(
            "stats district, one channel (coord, live)",
            f"{st}?channel=line",
            ct,
            stats(own, StatsFilter(channel="line")),
        ),
        Case("stats OMB live=true", f"{st}?live=true", ot, stats(every, StatsFilter(live=True))),
    ]


async def record_sql(engine: Any, sessions: Any, cases: list[Case]) -> None:
    """Runs each repository call in-process and keeps the statements it sends to asyncpg."""
    current: list[Case] = []

    def listen(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: Any
    ) -> None:
        if current:
            current[0].sql.append((statement, tuple(params or ())))

    event.listen(engine.sync_engine, "before_cursor_execute", listen)
    for case in cases:
        current[:] = [case]
        async with sessions() as s:
            await case.record(s)
    current.clear()
    event.remove(engine.sync_engine, "before_cursor_execute", listen)


async def time_sql(conn: asyncpg.Connection, case: Case, samples: int) -> None:
    for i in range(samples + 5):
        start = time.perf_counter()
        async with conn.transaction():
            for sql, params in case.sql:
                await conn.fetch(sql, *params)
        if i >= 5:
            case.db.append(time.perf_counter() - start)


def time_http(client: httpx.Client, case: Case, samples: int) -> None:
    headers = {"Authorization": f"Bearer {case.token}"}
    for i in range(samples + 5):
        start = time.perf_counter()
        r = client.get(case.path, headers=headers)
        elapsed = time.perf_counter() - start
        if r.status_code != 200:
            raise RuntimeError(f"{case.name}: {r.status_code} {r.text[:500]}")
        if i >= 5:
            case.http.append(elapsed)
        if i == 0:
            body = r.json()
            case.rows = len(body["items"]) if "items" in body else 1


async def explain(conn: asyncpg.Connection, case: Case) -> str:
    # The main statement: the first one (the page, the feed) or, for statistics, every one.
    statements = case.sql if case.path.startswith("/api/v1/stats") else case.sql[:1]
    out = []
    for sql, params in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        rows = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", *params)
        out.append("\n".join("    " + r[0] for r in rows))
        if params and statements is not case.sql:
            # asyncpg and the server reuse prepared statements: after five runs PostgreSQL
            # may switch to the generic plan, which cannot see the parameter values.
            async with conn.transaction():
                await conn.execute("SET LOCAL plan_cache_mode = force_generic_plan")
                rows = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", *params)
            out.append("  generic plan:\n" + "\n".join("    " + r[0] for r in rows))
    return "\n\n".join(out)


def table(cases: list[Case]) -> str:
    head = (
        f"{'query':<36} {'http p50':>9} {'p95':>7} {'p99':>7} {'req/s':>6}"
        f" | {'sql p50':>8} {'p95':>7} {'p99':>7} | {'ratio p50':>9} {'rows':>5}"
    )
    lines = [head, "-" * len(head)]
    for c in cases:
        h50, s50 = _pct(c.http, 50), _pct(c.db, 50)
        lines.append(
            f"{c.name:<36} {h50:>9.1f} {_pct(c.http, 95):>7.1f} {_pct(c.http, 99):>7.1f}"
            f" {len(c.http) / sum(c.http):>6.0f} | {s50:>8.1f} {_pct(c.db, 95):>7.1f}"
            f" {_pct(c.db, 99):>7.1f} | {h50 / s50:>9.1f} {c.rows:>5}"
        )
    return "\n".join(lines)


async def main(n: int, samples: int, reuse: bool) -> None:
    started = time.perf_counter()
    fresh = not (reuse and await seeded_cases() == n)
    if fresh:
        await create_database()
    await migrate.upgrade(_db_url("postgresql+asyncpg"))
    engine = build_engine(_db_url("postgresql+asyncpg"))
    sessions = build_sessionmaker(engine)
    if fresh:
        await seed_reference_data(sessions)
    omb = await make_staff(sessions, "omb", Role.omb_officer, "OMB")
    coord = await make_staff(sessions, "coord", Role.coordinator, "1026")
    conn = await asyncpg.connect(_db_url())
    try:
        t0 = time.perf_counter()
        if fresh:
            await seed(conn, n)
            print(f"seeded {n} cases (+ change feed, ANALYZE) in {time.perf_counter() - t0:.1f} s")
        else:
            print(f"reusing the {n} cases already in {DB} (migrated to head)")
        async with sessions() as s:
            t0 = time.perf_counter()
            await SqlStatsRollups(s).refresh(datetime.now(UTC))
            await s.commit()
        await conn.execute("ANALYZE stats_rollup_counts, stats_rollup_days, stats_rollup_sla")
        print(f"statistics rollup rebuilt in {time.perf_counter() - t0:.1f} s")
        # Issue 22: the rare-term search keeps the trigram index however ANALYZE samples
        # (small default samples flipped it to a backwards walk of the created index).
        sql, params = await search_statement(engine, RARE_TERM)
        # At 20,000 cases a target of 10 flipped 2 of 51 ANALYZEs before 0035.
        problems = await check_rare_term_plan(conn, sql, params, {10: 24, 100: 8})
        if problems:
            raise SystemExit(
                "bench: the rare-term search plan flipped:\n  " + "\n  ".join(problems)
            )
        print("rare-term plan: the trigram index after 32 ANALYZEs (targets 10 and 100)")
        cases = await build_cases(sessions, conn, omb, coord)
        await record_sql(engine, sessions, cases)
        await engine.dispose()
        with tempfile.TemporaryDirectory() as tmp:
            proc, base = start_server(Path(tmp))
            try:
                with httpx.Client(base_url=base, timeout=60) as client:
                    for case in cases:
                        time_http(client, case, samples)
                        await time_sql(conn, case, samples)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        for case in cases:
            print(f"\n== {case.name}: GET {case.path[:90]}\n{await explain(conn, case)}")
    finally:
        await conn.close()
    cpu = platform.processor() or platform.machine()
    print(
        f"\nN = {n}, {samples} sequential samples per query after 5 warm-up, page size {PAGE};"
        f" {os.cpu_count()} CPUs ({cpu}), {datetime.now(UTC):%Y-%m-%d %H:%M} UTC;"
        f" total {time.perf_counter() - started:.0f} s. Times in ms; ratio = HTTP / SQL p50.\n"
    )
    print(table(cases))


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20_000, help="cases to seed")
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the bench database if it already holds N cases (skips the seeding)",
    )
    args = parser.parse_args()
    asyncio.run(main(args.n, args.samples, args.reuse))


if __name__ == "__main__":
    cli()
