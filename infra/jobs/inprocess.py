"""InProcessRunner: runs the jobs on the server's event loop (single-machine installs)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence

from infra.jobs import Job

log = logging.getLogger("fasttrack.jobs")
MAX_BACKOFF_SECONDS = 300


class InProcessRunner:
    """Polls: each job runs every `every_seconds` (again at once while it finds work); a
    failing job backs off exponentially up to five minutes. The work itself is durable in
    the database (outbox, e-mail queue), so a restart loses nothing."""

    def __init__(self, jobs: Sequence[Job], *, tick: float = 0.5) -> None:
        self._jobs = tuple(jobs)
        self._tick = tick
        self._task: asyncio.Task[None] | None = None
        self.last_beat: float | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="fasttrack-jobs")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run_all_once(self) -> dict[str, int]:
        """Run every job once, in order (tests and `fasttrack worker --once`)."""
        return {job.name: await job.run() for job in self._jobs}

    async def _loop(self) -> None:
        due = {job.name: 0.0 for job in self._jobs}
        failures = {job.name: 0 for job in self._jobs}
        while True:
            self.last_beat = time.monotonic()
            for job in self._jobs:
                if time.monotonic() < due[job.name]:
                    continue
                try:
                    did = await job.run()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    failures[job.name] += 1
                    wait = min(job.every_seconds * 2 ** failures[job.name], MAX_BACKOFF_SECONDS)
                    log.exception("job %s failed; retrying in %ss", job.name, wait)
                    due[job.name] = time.monotonic() + wait
                    continue
                failures[job.name] = 0
                due[job.name] = time.monotonic() + (0 if did else job.every_seconds)
            await asyncio.sleep(self._tick)
