"""The procrastinate app on PostgreSQL: each Job is a periodic task with retries and backoff.

Jobs are rows in PostgreSQL; workers on any host take them with LISTEN/NOTIFY and row locks,
so each deferred job runs once. A periodic task is deferred once per tick for all workers
together. The work a job does is claimed with SKIP LOCKED as well, so several workers share
a backlog without doing anything twice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import procrastinate
import psycopg
from sqlalchemy.engine import make_url

from infra.jobs import Job

RETRY = procrastinate.RetryStrategy(max_attempts=5, exponential_wait=2)


def libpq_url(database_url: str) -> str:
    """The SQLAlchemy URL (postgresql+asyncpg://…) as a libpq conninfo for psycopg."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise ValueError("the job queue needs PostgreSQL; SQLite runs jobs in `fasttrack serve`")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def cron_for(seconds: int) -> str:
    if seconds < 60:
        return f"* * * * * */{max(seconds, 1)}"
    if seconds < 3600:
        return f"*/{seconds // 60} * * * *"
    return f"0 */{max(seconds // 3600, 1)} * * *"


def build_queue_app(database_url: str, jobs: Sequence[Job]) -> procrastinate.App:
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=libpq_url(database_url))
    )
    for job in jobs:
        _register(app, job)
    return app


def _register(app: procrastinate.App, job: Job) -> None:
    async def run(timestamp: int) -> int:
        return await job.run()

    run.__name__ = job.name
    options: dict[str, Any] = {"name": job.name, "retry": RETRY, "queueing_lock": job.name}
    if job.exclusive:
        options["lock"] = job.name
    task = app.task(**options)(run)
    app.periodic(cron=cron_for(job.every_seconds), periodic_id=job.name)(task)


async def ensure_schema(database_url: str) -> bool:
    """Apply procrastinate's schema once (True when it was applied now)."""
    async with await psycopg.AsyncConnection.connect(libpq_url(database_url)) as conn:
        cur = await conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL")
        row = await cur.fetchone()
        if row and row[0]:
            return False
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=libpq_url(database_url))
    )
    async with app.open_async():
        await app.schema_manager.apply_schema_async()
    return True


async def queue_counts(database_url: str) -> dict[str, int]:
    """procrastinate's jobs by status (todo, doing, failed, …)."""
    async with await psycopg.AsyncConnection.connect(libpq_url(database_url)) as conn:
        cur = await conn.execute(
            "SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY status"
        )
        return {str(status): int(n) for status, n in await cur.fetchall()}
