"""Hot reads through the session's Core connection (issue 22).

`AsyncSession.execute` runs every statement through the ORM session's `execute`
(`_execute_internal`: compile-state plugin lookup, execution options merged, bind resolved,
the result wrapped). A repository reading plain columns needs none of it: these run the
statement on the connection the session's transaction already holds (the same transaction
and connection as `session.execute`, begun the same way when it has not begun yet), in one
greenlet switch, and return the rows fetched. Use them with statements built once at import
(`bindparam`s for the values), so SQLAlchemy's memoised cache key is reused on every call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Executable, Row
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.util import greenlet_spawn


def _all(session: Session, stmt: Executable, params: Mapping[str, Any] | None) -> Any:
    return session.connection().execute(stmt, params).all()


def _first(session: Session, stmt: Executable, params: Mapping[str, Any] | None) -> Any:
    return session.connection().execute(stmt, params).first()


def _scalar(session: Session, stmt: Executable, params: Mapping[str, Any] | None) -> Any:
    return session.connection().execute(stmt, params).scalar()


async def rows(
    session: AsyncSession, stmt: Executable, params: Mapping[str, Any] | None = None
) -> Sequence[Row[Any]]:
    """Every row of `stmt` run on the session's connection."""
    found: Sequence[Row[Any]] = await greenlet_spawn(_all, session.sync_session, stmt, params)
    return found


async def first(
    session: AsyncSession, stmt: Executable, params: Mapping[str, Any] | None = None
) -> Row[Any] | None:
    """The first row of `stmt` run on the session's connection (None when there is none)."""
    found: Row[Any] | None = await greenlet_spawn(_first, session.sync_session, stmt, params)
    return found


async def scalar(
    session: AsyncSession, stmt: Executable, params: Mapping[str, Any] | None = None
) -> Any:
    """The first column of the first row of `stmt` (None when there is none)."""
    return await greenlet_spawn(_scalar, session.sync_session, stmt, params)
