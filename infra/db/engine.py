"""The async engine and session factory, built in the app's lifespan (never at import)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from domain.errors import InvalidValue


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
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(map(_unstorable, value.values()))
    if isinstance(value, list | tuple):
        return any(map(_unstorable, value))
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
    url: str, *, echo: bool = False, pool_size: int = 10, foreign_keys: bool = True
) -> AsyncEngine:
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
        kwargs.update(pool_size=pool_size, pool_pre_ping=True)
        engine = create_async_engine(sa_url, **kwargs)
    _install_text_guard(engine)
    return engine


def build_sessionmaker(
    bind: AsyncEngine | AsyncConnection, **kwargs: Any
) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: a committed entity's attributes stay readable; a lazy refresh
    # under asyncio would raise MissingGreenlet.
    return async_sessionmaker(bind=bind, expire_on_commit=False, autoflush=False, **kwargs)


@dataclass
class Database:
    """What the app needs from the database: the engine and a session factory."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Database:
        engine = build_engine(url, **kwargs)
        return cls(engine=engine, sessions=build_sessionmaker(engine))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def dispose(self) -> None:
        await self.engine.dispose()


@asynccontextmanager
async def open_database(url: str, **kwargs: Any) -> AsyncIterator[Database]:
    db = Database.from_url(url, **kwargs)
    try:
        yield db
    finally:
        await db.dispose()
