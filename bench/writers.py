"""Write-throughput benchmark: 1, 4, 16, 32 concurrent writers filing and transitioning cases.

A benchmark, not a test (`make bench-writers`). It drops and recreates its own PostgreSQL
database (`fasttrack_bench_writers` on BENCH_PG, default the local server), migrates and seeds
it, then for each writer count runs that many asyncio tasks for a fixed time (only cases that
finish after a ramp-up and before the bell count). Each task, with
its own unit of work per use case (as the API does per request), repeats one *case*: file a
complaint (with intake's duplicate scan), triage it, assign it to the Din Daeng district
office. Reported per level: cases/s, the p50/p99 latency of one case (three committed
transactions), and the throughput as a ratio to the single-writer figure of the same run.

All writers share one Python process (one event loop, one core's worth of Python) and the
database server runs on the same machine: on a 2-core box the CPU is the ceiling long before
PostgreSQL's lock manager is, so read the ratios with that in mind. What the writers'
backends were doing is sampled from pg_stat_activity every 0.2 s (mean backends per sample):
waiting on a heavyweight lock (a row, a transaction id, an advisory lock), running in
PostgreSQL, in WAL or disk I/O, or waiting for this process (idle in transaction, reading);
with "client CPU" (this process's CPU time over the wall time) it shows whether a lock or the
CPU holds writers back.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import platform
import random
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import asyncpg

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel, Complainant
from domain.complaint.service import ComplaintService, NewComplaint, Transition
from domain.privacy.masking import ContactDetails
from domain.shared.clock import SystemClock
from domain.shared.principal import Principal, PrincipalKind, Role
from infra.db import migrate
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from infra.geo.shapely_locator import ShapelyDistrictLocator, default_boundaries_path
from infra.seed import seed_reference_data
from tests.support.identity import make_staff

SERVER = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
DB = "fasttrack_bench_writers"
LEVELS = (1, 4, 16, 32)

# Varied text, so the duplicate scan ranks real candidates rather than 200 identical ones.
PLACES = ["หน้าตลาด", "ปากซอย", "หน้าโรงเรียน", "ริมคลอง", "ใต้สะพาน", "หน้าวัด", "ข้างป้ายรถเมล์"]
PROBLEMS = ["ไฟทางดับ", "ทางเท้าชำรุด", "ขยะล้นถัง", "ท่อระบายน้ำอุดตัน", "น้ำท่วมขัง", "ป้ายหลุด"]


def _url(driver: str) -> str:
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


def new_complaint(rng: random.Random) -> NewComplaint:
    problem, place = rng.choice(PROBLEMS), rng.choice(PLACES)
    return NewComplaint(
        title=f"{problem}{place} จุดที่ {rng.randrange(10_000)}",
        description=f"{problem}{place} ขอให้เขตเข้ามาดูแล แจ้งครั้งที่ {rng.randrange(100)}",
        channel=Channel.hotline_1676,
        district_code="1026",
        complainant=Complainant(ContactDetails("ผู้ร้อง ทดสอบ", "0812345678", None, None)),
    )


# What each writer's backend is doing: on a lock; running or runnable in PostgreSQL ("db");
# in WAL/disk I/O; or idle in its transaction / reading, i.e. waiting for this process.
STATES = """
SELECT wait_event, CASE
  WHEN state = 'idle' THEN 'idle'
  WHEN wait_event_type = 'Lock' THEN 'lock'
  WHEN state = 'active' AND wait_event_type IS NULL THEN 'db'
  WHEN wait_event_type IN ('IO', 'LWLock') THEN 'io'
  WHEN state LIKE 'idle in transaction%' OR wait_event_type = 'Client' THEN 'client'
  ELSE 'idle' END AS what
FROM pg_stat_activity
WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
"""


@dataclass
class Level:
    writers: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    # pg_stat_activity samples: how many writers waited on a heavyweight lock, and which
    cpu: float = 0.0  # seconds of this process's CPU (all writers share one event loop)
    lock_waits: list[int] = field(default_factory=list)
    wait_kinds: dict[str, int] = field(default_factory=dict)
    # per sample, the writers' backends by what they were doing (see STATES)
    states: dict[str, int] = field(default_factory=dict)

    @property
    def waiting(self) -> float:
        return sum(self.lock_waits) / len(self.lock_waits) if self.lock_waits else 0.0

    def per_sample(self, state: str) -> float:
        return self.states.get(state, 0) / len(self.lock_waits) if self.lock_waits else 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def pct(self, p: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


async def one_case(
    svc: ComplaintService, actor: Principal, agency: uuid.UUID | None, rng: random.Random
) -> None:
    view = await svc.create(actor, new_complaint(rng))
    c = view.complaint
    view = await svc.transition(actor, c.id, Transition(ComplaintAction.TRIAGE), c.version)
    await svc.transition(
        actor,
        c.id,
        Transition(ComplaintAction.ASSIGN, agency_id=agency, reason="bench"),
        view.complaint.version,
    )


async def writers_loop(
    svc: ComplaintService,
    actor: Principal,
    agency: uuid.UUID | None,
    first: int,
    count: int,
    begin: float,
    stop: float,
) -> tuple[list[float], int]:
    """`count` writers until `stop` (wall clock); latencies of the cases finishing in
    [begin, stop], and how many cases failed."""
    latencies: list[float] = []
    failures = 0

    async def writer(i: int) -> None:
        nonlocal failures
        rng = random.Random(i)
        while time.time() < stop:
            start = time.time()
            try:
                await one_case(svc, actor, agency, rng)
            except Exception:  # a deadlock victim or similar: counted, never hidden
                failures += 1
                continue
            end = time.time()
            if begin <= end <= stop:
                latencies.append(end - start)

    await asyncio.gather(*(writer(first + i) for i in range(count)))
    return latencies, failures


async def cpu_in_window(begin: float, stop: float) -> float:
    """This process's CPU seconds between `begin` and `stop` (wall clock)."""
    await asyncio.sleep(max(0.0, begin - time.time()))
    cpu = time.process_time()
    await asyncio.sleep(max(0.0, stop - time.time()))
    return time.process_time() - cpu


def service_for(db: Database) -> ComplaintService:
    locator = ShapelyDistrictLocator.from_geojson(default_boundaries_path())
    return ComplaintService(lambda: SqlUnitOfWork(db.sessions), SystemClock(), locator)


def child(
    actor: Principal,
    agency: uuid.UUID | None,
    first: int,
    count: int,
    begin: float,
    stop: float,
) -> tuple[list[float], int, float]:
    """One client process's share of a level (--processes > 1)."""

    async def run() -> tuple[list[float], int, float]:
        db = Database.from_url(_url("postgresql+asyncpg"), pool_size=count + 2)
        try:
            svc = service_for(db)
            cpu, (latencies, failures) = await asyncio.gather(
                cpu_in_window(begin, stop),
                writers_loop(svc, actor, agency, first, count, begin, stop),
            )
        finally:
            await db.dispose()
        return latencies, failures, cpu

    return asyncio.run(run())


def _ready() -> None:
    """A no-op job: the pool's processes start (and import everything) before any level."""


async def run_level(
    svc: ComplaintService,
    actor: Principal,
    agency: uuid.UUID | None,
    writers: int,
    seconds: float,
    ramp: float = 0.0,
    pool: ProcessPoolExecutor | None = None,
    processes: int = 1,
) -> Level:
    """Writers run for `ramp` seconds, then the `seconds` measured: only cases finishing in
    that window count (steady state: a case's latency may be long, its window is not). With
    a pool, the writers are spread over `processes` client processes."""
    level = Level(writers, seconds)
    begin = time.time() + ramp
    stop = begin + seconds

    async def sample() -> None:
        """Every 0.2 s: what the writers' backends are doing (see STATES)."""
        conn = await asyncpg.connect(_url("postgresql"))
        await asyncio.sleep(max(0.0, begin - time.time()))
        try:
            while time.time() < stop:
                rows = await conn.fetch(STATES, DB)
                locked = [r["wait_event"] for r in rows if r["what"] == "lock"]
                level.lock_waits.append(len(locked))
                for name in locked:
                    level.wait_kinds[name] = level.wait_kinds.get(name, 0) + 1
                for r in rows:
                    level.states[r["what"]] = level.states.get(r["what"], 0) + 1
                await asyncio.sleep(0.2)
        finally:
            await conn.close()

    if pool is None or processes <= 1 or writers == 1:
        _, cpu, (latencies, failures) = await asyncio.gather(
            sample(),
            cpu_in_window(begin, stop),
            writers_loop(svc, actor, agency, 0, writers, begin, stop),
        )
        level.latencies, level.failures, level.cpu = latencies, failures, cpu
        return level
    loop = asyncio.get_running_loop()
    shares = [
        writers // processes + (1 if p < writers % processes else 0) for p in range(processes)
    ]
    firsts = [sum(shares[:p]) for p in range(processes)]
    jobs = [
        loop.run_in_executor(pool, child, actor, agency, firsts[p], shares[p], begin, stop)
        for p in range(processes)
        if shares[p]
    ]
    watch = asyncio.gather(sample(), cpu_in_window(begin, stop))
    done = await asyncio.gather(*jobs)
    _, level.cpu = await watch
    for latencies, failures, cpu in done:
        level.latencies.extend(latencies)
        level.failures += failures
        level.cpu += cpu
    return level


async def main(
    seconds: float, levels: tuple[int, ...], warmup: float, ramp: float, processes: int
) -> None:
    await create_database()
    url = _url("postgresql+asyncpg")
    await migrate.upgrade(url)
    db = Database.from_url(url, pool_size=max(levels) + 4)
    try:
        await seed_reference_data(db.sessions)
        omb = await make_staff(db.sessions, "omb", Role.omb_officer, None)
        district = await make_staff(db.sessions, "dd", Role.coordinator, "1026")
        actor = Principal(id=omb.id, kind=PrincipalKind.user, role=omb.role, agency_id=None)
        svc = service_for(db)
        # Warm-up: connections, caches, and enough cases that the duplicate scan reads its 200.
        await run_level(svc, actor, district.agency_id, 8, warmup)
        results = []
        pool = None
        if processes > 1:
            pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"))
            loop = asyncio.get_running_loop()
            await asyncio.gather(*(loop.run_in_executor(pool, _ready) for _ in range(processes)))
        for n in levels:
            level = await run_level(
                svc, actor, district.agency_id, n, seconds, ramp, pool, processes
            )
            results.append(level)
            print(
                f"  {n:>2} writers: {level.rate:7.1f} cases/s  p50 {level.pct(50):7.0f} ms  "
                f"p99 {level.pct(99):7.0f} ms  ({len(level.latencies)} cases, "
                f"{level.failures} failed; client CPU {level.cpu / seconds:.0%}; "
                f"backends per sample: lock {level.waiting:.1f} {level.wait_kinds or ''}, "
                f"db {level.per_sample('db'):.1f}, io {level.per_sample('io'):.1f}, "
                f"client {level.per_sample('client'):.1f})",
                flush=True,
            )
        if pool is not None:
            pool.shutdown()
    finally:
        await db.dispose()
    base = results[0].rate or float("nan")
    print(
        f"\n{os.cpu_count()} CPUs, Python {platform.python_version()}, {seconds:.0f} s measured "
        f"per level after {ramp:.0f} s of ramp-up, {processes} client process(es)"
    )
    print(
        "| writers | cases/s | × 1 writer | p50 ms | p99 ms | on a lock | in PG | in I/O "
        "| waiting for client | client CPU | failed |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r.writers} | {r.rate:.1f} | {r.rate / base:.2f} | {r.pct(50):.0f} | "
            f"{r.pct(99):.0f} | {r.waiting:.1f} | {r.per_sample('db'):.1f} | "
            f"{r.per_sample('io'):.1f} | {r.per_sample('client'):.1f} | "
            f"{r.cpu / r.seconds:.0%} | {r.failures} |"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=20.0, help="per writer count")
    parser.add_argument("--warmup", type=float, default=5.0, help="once, before the levels")
    parser.add_argument(
        "--ramp", type=float, default=10.0, help="per level, before the measured seconds"
    )
    parser.add_argument(
        "--writers", default=",".join(map(str, LEVELS)), help="comma-separated writer counts"
    )
    parser.add_argument(
        "--processes", type=int, default=1, help="client processes the writers are spread over"
    )
    args = parser.parse_args()
    counts = tuple(int(x) for x in args.writers.split(","))
    asyncio.run(main(args.seconds, counts, args.warmup, args.ramp, args.processes))
