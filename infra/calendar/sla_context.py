"""The app's cache of the SLA context (every SLA policy and the closure days, issue 22).

One per app container. A request asks with its own `now` (so the cache reads no clock of its
own) and gets the cached context while it is younger than `ttl`; otherwise, or when none is
cached, the request's unit of work loads it (two statements) and the result is kept.

Invalidation: an admin's change in this process calls `invalidate()` after its commit, so
the next request here loads the new settings. Other processes never hear of it: their reads
keep theirs for at most `ttl` (Settings.sla_settings_ttl_seconds, 30 s by default), then
reload. Writes never use a cached context: they schedule by the settings as stored
(`refresh`, which also renews the cache), so no due time is stored from a stale calendar.
A load that began before an invalidation is used by its request but not kept, so the old
settings cannot be cached again after the change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from domain.complaint.sla import SlaContext


class CachedSlaContext:
    def __init__(self, ttl: timedelta) -> None:
        self._ttl = ttl
        self._context: SlaContext | None = None
        self._loaded_at: datetime | None = None
        self._generation = 0

    async def get(self, now: datetime, load: Callable[[], Awaitable[SlaContext]]) -> SlaContext:
        context, loaded_at = self._context, self._loaded_at
        if (
            context is not None
            and loaded_at is not None
            and loaded_at <= now < loaded_at + self._ttl
        ):
            return context
        return await self.refresh(now, load)

    async def refresh(self, now: datetime, load: Callable[[], Awaitable[SlaContext]]) -> SlaContext:
        """Load it whatever is cached (a write schedules by the settings as stored) and keep
        it, unless an invalidation came while it loaded."""
        generation = self._generation
        context = await load()
        if generation == self._generation:
            self._context, self._loaded_at = context, now
        return context

    def invalidate(self) -> None:
        """Forget the cached context (an admin changed a policy or the closure days)."""
        self._generation += 1
        self._context = self._loaded_at = None
