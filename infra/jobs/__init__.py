"""The job runner: the same jobs in-process (SQLite default) or on procrastinate (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    """A periodic job: `run` does one batch of work and says how much it did."""

    name: str
    every_seconds: int
    run: Callable[[], Awaitable[int]]
    # Jobs that must never overlap (a second run waits for the first across workers).
    exclusive: bool = False
