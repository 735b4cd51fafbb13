"""The HTTP benchmark's database: seeded as `make bench` seeds it (bench/seed.py), in a
database of its own so that a concurrent `make bench` does not drop it mid-run; plus the
fixture the load scripts read (staff tokens, a case id, a tracking code, a category)."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from bench.seed import RARE_TERM, seed
from domain.shared.principal import Role
from infra.db import migrate
from infra.db.engine import build_engine, build_sessionmaker
from infra.db.repositories.stats import SqlStatsRollups
from infra.seed import seed_reference_data
from tests.support.identity import make_staff

SERVER = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
DB = os.environ.get("BENCH_HTTP_DB", "fasttrack_bench_http")


def db_url(driver: str = "postgresql", db: str = DB) -> str:
    base, _, _ = SERVER.rpartition("/")
    return f"{base}/{db}".replace("postgresql://", f"{driver}://", 1)


@dataclass(frozen=True)
class Fixture:
    """What every request of the benchmark needs, the same for the app and the bare baseline."""

    n: int
    token: str  # an OMB officer's bearer token: reads every case, files complaints
    case_id: str  # a case the officer reads by id (an open one, so its SLA is live)
    tracking_code: str  # the public tracking code of the same case
    category_id: str  # the category created complaints carry
    district_code: str
    search_term: str  # the Thai search term: in about a third of the cases

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1))

    @classmethod
    def load(cls, path: Path) -> Fixture:
        return cls(**json.loads(path.read_text()))


async def _create_database(db: str) -> None:
    conn = await asyncpg.connect(SERVER)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        await conn.execute(
            f"CREATE DATABASE {db} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' "
            "TEMPLATE template0"
        )
    finally:
        await conn.close()


async def _seeded_cases(db: str) -> int | None:
    try:
        conn = await asyncpg.connect(db_url(db=db))
    except asyncpg.InvalidCatalogNameError:
        return None
    try:
        # Cases the benchmark's own creates added do not count: seeded numbers start with BN.
        return int(
            await conn.fetchval("SELECT count(*) FROM complaints WHERE case_number LIKE 'BN%'")
        )
    except asyncpg.UndefinedTableError:
        return None
    finally:
        await conn.close()


async def prepare(n: int, reuse: bool = True, db: str = DB) -> Fixture:
    """Seeds N cases (skipped when `reuse` and the database already holds N seeded cases;
    earlier runs' created complaints stay, a few thousand beside N) and makes the fixture."""
    fresh = not (reuse and await _seeded_cases(db) == n)
    if fresh:
        await _create_database(db)
    await migrate.upgrade(db_url("postgresql+asyncpg", db))
    engine = build_engine(db_url("postgresql+asyncpg", db))
    sessions = build_sessionmaker(engine)
    try:
        if fresh:
            await seed_reference_data(sessions)
        omb = await make_staff(sessions, "omb", Role.omb_officer, "OMB")
        conn = await asyncpg.connect(db_url(db=db))
        try:
            if fresh:
                t0 = time.perf_counter()
                await seed(conn, n)
                print(
                    f"seeded {n} cases (+ change feed, ANALYZE) in {time.perf_counter() - t0:.1f} s"
                )
            else:
                print(f"reusing the {n} seeded cases in {db} (migrated to head)")
            # Rebuilt on every run, as the maintenance job keeps it in service: the cases an
            # earlier run created would otherwise make a stale rollup, which the statistics
            # endpoint rightly answers live (a full scan, not what it measures).
            async with sessions() as s:
                await SqlStatsRollups(s).refresh(datetime.now(UTC))
                await s.commit()
            await conn.execute("ANALYZE stats_rollup_counts, stats_rollup_days, stats_rollup_sla")
            # An in-progress case: its SLA is live (not stopped), as most reads of open work.
            case = await conn.fetchrow(
                "SELECT id, tracking_code, district_code FROM complaints "
                "WHERE case_number LIKE 'BN%' AND status = 'in_progress' AND NOT confidential "
                "AND lead_agency_id IS NOT NULL ORDER BY created_at DESC LIMIT 1 OFFSET 10"
            )
            category = await conn.fetchval(
                "SELECT id FROM categories WHERE is_active ORDER BY service_code LIMIT 1"
            )
        finally:
            await conn.close()
    finally:
        await engine.dispose()
    return Fixture(
        n=n,
        token=omb.token,
        case_id=str(case["id"]),
        tracking_code=case["tracking_code"],
        category_id=str(category),
        district_code=case["district_code"],
        search_term="ถนน",
    )


__all__ = ["DB", "RARE_TERM", "SERVER", "Fixture", "db_url", "prepare"]
