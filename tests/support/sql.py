"""What SQL a block of code sends, for tests that count or inspect statements."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from infra.db.engine import Database


@contextmanager
def statements(database: Database, matching: re.Pattern[str] | None = None) -> Iterator[list[str]]:
    """The statements sent to `database` inside the block (those `matching` finds, if given),
    in order, as sent."""
    seen: list[str] = []

    def on_sql(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if matching is None or matching.search(statement):
            seen.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", on_sql)
    try:
        yield seen
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", on_sql)
