"""The Clock port: every 'now' in the domain comes from here so tests can fix time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; for tests and replays."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at


class RequestClock:
    """One request's clock: reads `source` once, on first use, and answers that instant
    from then on, so a request has one "now" however many steps ask (issue 21)."""

    def __init__(self, source: Clock) -> None:
        self._source = source
        self._at: datetime | None = None

    def now(self) -> datetime:
        if self._at is None:
            self._at = self._source.now()
        return self._at
