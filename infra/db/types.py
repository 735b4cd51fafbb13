"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import conv


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes only: naive values are refused, results are always aware.

    SQLite has no timezone type, so values are stored as naive UTC text and re-labelled on read.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetimes are not accepted; give a timezone")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return _as_utc(value)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """`process_result_value` as one plain function per value, not TypeDecorator's
        wrapper calling the bound method with the dialect (issue 22: a queue page reads
        hundreds of these). Same values: asyncpg's are UTC already and come back as they are."""
        impl = self.impl_instance.result_processor(dialect, coltype)
        if impl is None:
            return _as_utc

        def process(value: Any) -> datetime | None:
            return _as_utc(impl(value))

        return process


def _as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    tz = value.tzinfo
    if tz is UTC:
        return value
    if tz is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def enum_type(enum_cls: type[enum.Enum], table: str, column: str) -> sa.Enum:
    """An enum stored as text with a CHECK constraint named ck_<table>_<column>.

    The name is final (`conv`), so Alembic renders it as op.f(...) and migrations create the
    same name the naming convention would.
    """
    values = [str(m.value) for m in enum_cls]
    return sa.Enum(
        enum_cls,
        name=conv(f"ck_{table}_{column}"),
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values),
        values_callable=lambda e: [str(m.value) for m in e],
        validate_strings=True,
    )


def json_type() -> Any:
    """JSON on SQLite, JSONB on PostgreSQL."""
    from sqlalchemy.dialects.postgresql import JSONB

    return sa.JSON().with_variant(JSONB(), "postgresql")
