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
        if value is None:
            return None
        if value.tzinfo is None:
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
