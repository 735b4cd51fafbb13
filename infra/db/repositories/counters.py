"""Database-backed counters for throttling, atomic on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, literal, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.throttle import BackoffPolicy, CounterState, Lease, RatePolicy
from infra.db.engine import open_session
from infra.db.tables import RateLimitRow, table_of
from infra.db.types import UTCDateTime

R: Any = table_of(RateLimitRow).c


class SqlCounterStore:
    """Each call runs in its own short transaction so that counts survive a failed request."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def blocked_until(self, key: str, now: datetime) -> datetime | None:
        async with await open_session(self._sessions) as s:
            value = (await s.execute(select(R.blocked_until).where(R.key == key))).scalar()
        return value if value is not None and value > now else None

    async def _increment(
        self, s: AsyncSession, key: str, now: datetime, window_seconds: float
    ) -> tuple[int, datetime, datetime | None]:
        insert = pg_insert if s.bind.dialect.name == "postgresql" else sqlite_insert
        table = table_of(RateLimitRow)
        stmt: Any = insert(table).values(key=key, count=1, window_start=now, blocked_until=None)
        stmt = stmt.on_conflict_do_update(
            index_elements=[R.key],
            set_={"count": R.count + 1},
        ).returning(R.count, R.window_start, R.blocked_until)
        row = (await s.execute(stmt)).one()
        count: int = row[0]
        start: datetime = row[1]
        blocked: datetime | None = row[2]
        if (now - start).total_seconds() > window_seconds:
            # The window has passed: this attempt starts a new one.
            count, start = 1, now
            await s.execute(
                table.update()
                .where(R.key == key)
                .values(count=1, window_start=now, blocked_until=None)
            )
            blocked = None
        return count, start, blocked

    async def record_failure(self, key: str, now: datetime, policy: BackoffPolicy) -> CounterState:
        async with await open_session(self._sessions) as s:
            count, _start, _ = await self._increment(s, key, now, policy.window.total_seconds())
            delay = policy.blocked_for(count)
            until = now + delay if delay else None
            if until is not None:
                await s.execute(
                    table_of(RateLimitRow).update().where(R.key == key).values(blocked_until=until)
                )
            await s.commit()
        return CounterState(count, until)

    async def reset(self, key: str) -> None:
        async with await open_session(self._sessions) as s:
            await s.execute(delete(table_of(RateLimitRow)).where(R.key == key))
            await s.commit()

    async def hit(self, key: str, now: datetime, policy: RatePolicy) -> CounterState:
        async with await open_session(self._sessions) as s:
            count, start, _ = await self._increment(s, key, now, policy.window.total_seconds())
            until = start + policy.window if count > policy.limit else None
            await s.commit()
        return CounterState(count, until)

    async def lease(self, key: str, now: datetime, window: timedelta, size: int) -> Lease:
        """One upsert, committed: concurrent leases of a key wait for each other on its row
        (PostgreSQL's row lock, SQLite's single writer), so each sees the count the last left."""
        async with await open_session(self._sessions) as s:
            insert = pg_insert if s.bind.dialect.name == "postgresql" else sqlite_insert
            passed = R.window_start < literal(now - window, UTCDateTime())
            stmt: Any = insert(table_of(RateLimitRow)).values(
                key=key, count=size, window_start=now, blocked_until=None
            )
            new = stmt.excluded  # the row it would have inserted: `size` counted from now
            stmt = stmt.on_conflict_do_update(
                index_elements=[R.key],
                set_={
                    "count": case((passed, new.count), else_=R.count + new.count),
                    "window_start": case((passed, new.window_start), else_=R.window_start),
                },
            ).returning(R.count, R.window_start)
            row = (await s.execute(stmt)).one()
            await s.commit()
        return Lease(int(row[0]), row[1])
