"""The async engine and session factory, built in the app's lifespan (never at import)."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from domain.errors import InvalidValue

log = logging.getLogger("fasttrack.db")


def _install_sqlite_hooks(engine: AsyncEngine, *, foreign_keys: bool) -> None:
    """Make SQLite behave: foreign keys on, real transactions and savepoints, durable commits.

    pysqlite/aiosqlite begin transactions lazily and commit before DDL by themselves, which
    breaks SAVEPOINT-based test isolation silently; SQLAlchemy's documented workaround is to
    switch the driver's own transaction handling off and emit BEGIN ourselves.

    Durability: WAL (readers never block the writer, and a backup reads a snapshot while the
    server writes) with synchronous=FULL, which fsyncs the WAL at every commit. NORMAL would
    survive a killed process just as well (the WAL is in the OS's cache), but a power cut or
    kernel crash could then roll back transactions already acknowledged to a client; FULL
    costs one fsync per commit, which a single-machine install filing cases by hand never
    notices. Set explicitly: some SQLite builds default WAL databases to NORMAL.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: no lock-upgrade deadlock between writers
        # (a deferred reader that later writes fails at once with SQLITE_BUSY under WAL).
        # Pure readers can opt out with execution_options(sqlite_begin="BEGIN").
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN IMMEDIATE"))


class UnstorableText(InvalidValue):
    code = "request.unstorable_text"
    title = "Text that cannot be stored"
    title_th = "ข้อความมีอักขระที่บันทึกไม่ได้"


def _unstorable(value: object) -> bool:
    """Whether any text in a statement's parameters (a dict, or a list of them for an
    executemany) holds a NUL. Exact types first: it runs on every statement, over every
    parameter of a page's access-log inserts (issue 22)."""
    t = type(value)
    if t is str:
        return "\x00" in value  # type: ignore[operator]
    if t is dict:
        items: Any = value.values()  # type: ignore[attr-defined]
    elif t is list or t is tuple:
        items = value
    elif isinstance(value, str):
        return "\x00" in value
    elif isinstance(value, dict):
        items = value.values()
    elif isinstance(value, list | tuple):
        items = value
    else:
        return False
    for v in items:
        tv = type(v)
        if tv is str:
            if "\x00" in v:
                return True
        elif tv is int or tv is bool or tv is float or v is None:
            continue
        elif _unstorable(v):
            return True
    return False


def _install_text_guard(engine: AsyncEngine) -> None:
    """The last guard behind the API's input checks: a NUL character in any bound text is
    refused as a 422 on both databases alike (PostgreSQL cannot store it, SQLite would)."""

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _refuse_nul(
        _conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        if _unstorable(parameters):
            raise UnstorableText(
                "The request holds text with a NUL character, which cannot be stored.",
                detail_th="ข้อความในคำขอมีอักขระ NUL ซึ่งบันทึกไม่ได้",
            )


def build_engine(
    url: str,
    *,
    echo: bool = False,
    pool_size: int = 20,
    max_overflow: int = 20,
    pool_recycle: int = 1800,
    foreign_keys: bool = True,
    statement_cache_size: int | None = None,
    read_only: bool = False,
    connect_timeout: float | None = None,
) -> AsyncEngine:
    """statement_cache_size (PostgreSQL): prepared statements kept per connection, by asyncpg
    and by SQLAlchemy's dialect; 0 behind PgBouncer in transaction mode without
    `max_prepared_statements` (each statement is then prepared under a unique name, so none
    collides on a server connection another client used). read_only: every
    transaction is READ ONLY (the replica's engine: a write there fails, never lands)."""
    sa_url = make_url(url)
    # Bound parameters carry personal data (names, phones, e-mails, tracking codes): never in
    # echoed SQL, logs, or the text of a DBAPIError that an error handler logs.
    kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
    if sa_url.get_backend_name() == "sqlite":
        database = sa_url.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(sa_url, **kwargs)
        _install_sqlite_hooks(engine, foreign_keys=foreign_keys)
    else:
        # No pre-ping: with asyncpg it is `BEGIN; ; ROLLBACK`, three round trips on every
        # checkout. Connections are recycled before a server or proxy idle timeout instead,
        # and one that died anyway fails its statement as a disconnect: SQLAlchemy then
        # invalidates it and every older connection of the pool, and the request is a 503
        # `database.unavailable` (infra/db/errors.py) that a retry passes.
        kwargs.update(
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_recycle=pool_recycle,
            pool_pre_ping=False,
        )
        connect_args: dict[str, Any] = {}
        if statement_cache_size is not None:
            connect_args["prepared_statement_cache_size"] = statement_cache_size
            connect_args["statement_cache_size"] = statement_cache_size
            if statement_cache_size == 0:
                # Names unique across server connections: PgBouncer may hand a transaction
                # another server connection, where asyncpg's counter-based names collide.
                connect_args["prepared_statement_name_func"] = _statement_name
        if read_only:
            connect_args["server_settings"] = {"default_transaction_read_only": "on"}
        if connect_timeout is not None:
            connect_args["timeout"] = connect_timeout
        if connect_args:
            kwargs["connect_args"] = connect_args
        engine = create_async_engine(sa_url, **kwargs)
    _install_text_guard(engine)
    return engine


# Seconds to wait for a connection to the replica before reading the primary instead.
REPLICA_CONNECT_TIMEOUT = 2.0


def _statement_name() -> str:
    return f"__asyncpg_{uuid.uuid4().hex}__"


_LSN = re.compile(r"^([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})$")


def parse_wal_position(value: str | None) -> int | None:
    """A PostgreSQL LSN ('16/B374D848') as a number, or None if it is not one."""
    match = _LSN.match(value or "")
    if match is None:
        return None
    return (int(match[1], 16) << 32) | int(match[2], 16)


class Replica:
    """A read replica (a streaming standby) and whether a request may read from it.

    A request that carries the WAL position of its client's last write reads here only once
    the replica has replayed that far (`pg_last_wal_replay_lsn()`, read at most once per
    `recheck_seconds` per process); a server that is not in recovery has no replay position
    and counts as caught up only if `standalone_is_current` says so. A replica that cannot
    be reached is left alone for `retry_seconds`: its requests go to the primary, logged."""

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        standalone_is_current: bool = False,
        recheck_seconds: float = 1.0,
        retry_seconds: float = 5.0,
    ) -> None:
        self.engine = engine
        self.standalone_is_current = standalone_is_current
        self.recheck_seconds = recheck_seconds
        self.retry_seconds = retry_seconds
        self._replayed: int | None = None
        self._checked_at: float | None = None
        self._down_until = 0.0

    def _current(self, position: int) -> bool:
        return self._replayed is not None and self._replayed >= position

    async def connect(self, position: int | None) -> AsyncConnection | None:
        """A connection to the replica if it may answer a client whose last write is at
        `position` (None: no write to wait for), else None (read the primary)."""
        now = time.monotonic()
        if now < self._down_until:
            return None
        fresh = self._checked_at is not None and now - self._checked_at < self.recheck_seconds
        if position is not None and fresh and not self._current(position):
            return None
        try:
            connection = await self.engine.connect()
        except Exception as exc:
            self._down_until = now + self.retry_seconds
            log.warning(
                "read replica unreachable, reading the primary",
                extra={"error": type(exc).__name__, "retry_seconds": self.retry_seconds},
            )
            return None
        if position is None or (fresh and self._current(position)):
            return connection
        try:
            row = (
                await connection.execute(
                    text("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")
                )
            ).one()
            await connection.rollback()
        except Exception as exc:
            await connection.invalidate()
            self._down_until = now + self.retry_seconds
            log.warning(
                "read replica failed, reading the primary", extra={"error": type(exc).__name__}
            )
            return None
        in_recovery, replayed = row
        if in_recovery:
            self._replayed = parse_wal_position(replayed)
        else:
            # No replay position: past every position, or before all of them.
            self._replayed = (1 << 64) if self.standalone_is_current else None
        self._checked_at = now
        if self._current(position):
            return connection
        await connection.close()
        return None


class RequestConnection:
    """The one pooled connection a request's sessions take turns on.

    Checked out on the first session that needs it and returned when the request ends, so a
    request that authenticates, reads and writes an access log checks out once, not once per
    session. Sessions use it one at a time: a session opened while another still holds it
    (a throttle counter committed on its own inside a unit of work, or a second task) gets
    a connection of its own from the pool, as before, so transactions never mix."""

    def __init__(self, engine: AsyncEngine, replica: Replica | None = None) -> None:
        self.engine = engine
        self.replica = replica
        self.connection: AsyncConnection | None = None
        self.busy = False
        self.checkouts = 0
        self.read_only = False
        self.wal_position: int | None = None
        self.on_replica = False

    def prefer_replica(self, wal_position: int | None) -> None:
        """The request only reads: its connection may come from the replica (see Replica),
        if it has not been checked out yet. Sessions opened while that connection is busy
        still get their own from the primary's pool."""
        if self.replica is not None and self.connection is None and not self.busy:
            self.read_only = True
            self.wal_position = wal_position

    @asynccontextmanager
    async def on_primary(self) -> AsyncIterator[None]:
        """Sessions opened inside run on the primary even if the request prefers the replica:
        who is asking (a token, its user, agency or client) must never be read from a copy
        that may lag — a signed-out token or a deactivated account is refused at once. The
        primary's connection goes back to the pool on the way out, so the request's reads
        then check the replica's out as before (two checkouts, only with a replica)."""
        if not self.read_only or self.connection is not None:
            yield
            return
        self.read_only = False
        try:
            yield
        finally:
            if self.connection is not None and not self.busy:
                await self.close()
            self.read_only = True

    def take(self) -> AsyncConnection | None:
        """The connection if it is open and free (and now held), else None."""
        if self.busy or self.connection is None or self.connection.closed:
            return None
        self.busy = True
        return self.connection

    async def acquire(self) -> AsyncConnection | None:
        """Like take, but checks the connection out if this is the request's first session."""
        if self.busy:
            return None
        if self.connection is None:
            self.busy = True  # held across the await: a concurrent session goes to the pool
            try:
                if self.read_only and self.replica is not None:
                    self.connection = await self.replica.connect(self.wal_position)
                    self.on_replica = self.connection is not None
                if self.connection is None:
                    self.connection = await self.engine.connect()
                self.checkouts += 1
            except BaseException:
                self.busy = False
                raise
            return self.connection
        return self.take()

    def release(self) -> None:
        self.busy = False

    async def close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is None:
            return
        try:
            await connection.close()
        except Exception:
            # Still in use by a session closing after a cancelled request: never reused.
            await connection.invalidate()


_request_connection: ContextVar[RequestConnection | None] = ContextVar(
    "request_connection", default=None
)


def current_request_connection() -> RequestConnection | None:
    return _request_connection.get()


class _RequestSession(AsyncSession):
    """A session on the request's connection: hands it back when closed."""

    _request: RequestConnection | None = None

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            request, self._request = self._request, None
            if request is not None:
                request.release()


class Sessions(async_sessionmaker[AsyncSession]):
    """The session factory: inside `Database.request_scope()` a session runs on the request's
    one connection when that is free (see RequestConnection), elsewhere on its own checkout.

    Calling it (`sessions()`) uses the request's connection once it is open; `await
    open_session(sessions)` also opens it, so the first session of a request does."""

    def __init__(self, engine: AsyncEngine, **kwargs: Any) -> None:
        super().__init__(bind=engine, **kwargs)
        self.engine = engine
        self._options = kwargs

    def _on(self, request: RequestConnection, connection: AsyncConnection) -> AsyncSession:
        session = _RequestSession(bind=connection, **self._options)
        session._request = request
        return session

    def __call__(self, **local_kw: Any) -> AsyncSession:
        request = _request_connection.get()
        if request is not None and request.engine is self.engine and not local_kw:
            connection = request.take()
            if connection is not None:
                return self._on(request, connection)
        return super().__call__(**local_kw)

    async def open(self) -> AsyncSession:
        request = _request_connection.get()
        if request is not None and request.engine is self.engine:
            connection = await request.acquire()
            if connection is not None:
                return self._on(request, connection)
        return super().__call__()


async def open_session(sessions: async_sessionmaker[AsyncSession]) -> AsyncSession:
    """A new session; on the request's connection (checked out now if need be) when there is
    one. Use it where a request may open its first session (`async with await open_...`)."""
    if isinstance(sessions, Sessions):
        return await sessions.open()
    return sessions()


def build_sessionmaker(
    bind: AsyncEngine | AsyncConnection, **kwargs: Any
) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: a committed entity's attributes stay readable; a lazy refresh
    # under asyncio would raise MissingGreenlet.
    options = {"expire_on_commit": False, "autoflush": False, **kwargs}
    if isinstance(bind, AsyncEngine):
        return Sessions(bind, **options)
    # Bound to one connection already (tests' savepoints, migrations): nothing to share.
    return async_sessionmaker(bind=bind, **options)


@dataclass
class Database:
    """What the app needs from the database: the engine and a session factory."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    replica: Replica | None = None

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        replica_url: str | None = None,
        replica_standalone_is_current: bool = False,
        **kwargs: Any,
    ) -> Database:
        engine = build_engine(url, **kwargs)
        replica = None
        if replica_url:
            replica_engine = build_engine(
                replica_url, **kwargs, read_only=True, connect_timeout=REPLICA_CONNECT_TIMEOUT
            )
            replica = Replica(replica_engine, standalone_is_current=replica_standalone_is_current)
        return cls(engine=engine, sessions=build_sessionmaker(engine), replica=replica)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def request_scope(self) -> AsyncIterator[RequestConnection]:
        """Within it, this task's sessions share one connection (see RequestConnection)."""
        request = RequestConnection(self.engine, self.replica)
        token = _request_connection.set(request)
        try:
            yield request
        finally:
            _request_connection.reset(token)
            await request.close()

    async def current_wal_position(self, request: RequestConnection | None) -> str:
        """The primary's WAL position now (after a request's commit: at or past it), on the
        request's connection when it is free."""
        query = text("SELECT pg_current_wal_lsn()::text")
        connection = request.take() if request is not None and not request.on_replica else None
        if connection is not None:
            try:
                position = (await connection.execute(query)).scalar_one()
                await connection.rollback()
            finally:
                assert request is not None
                request.release()
            return str(position)
        async with self.engine.connect() as own:
            return str((await own.execute(query)).scalar_one())

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.replica is not None:
            await self.replica.engine.dispose()


@asynccontextmanager
async def open_database(url: str, **kwargs: Any) -> AsyncIterator[Database]:
    db = Database.from_url(url, **kwargs)
    try:
        yield db
    finally:
        await db.dispose()
