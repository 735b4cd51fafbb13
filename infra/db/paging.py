"""Keyset pagination on (time, id): the one implementation every time-ordered list uses."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, or_

from domain.shared.paging import Page, PageRequest, key_time, key_uuid

T = TypeVar("T")


def by_time_and_id(
    stmt: Select[Any], at: Any, id_: Any, page: PageRequest, *, newest_first: bool
) -> Select[Any]:
    """Order by (at, id), start after the page's keyset, fetch one row more than asked."""
    stmt = stmt.order_by(at.desc(), id_.desc()) if newest_first else stmt.order_by(at, id_)
    if page.after is not None:
        last_at, last_id = key_time(page.after[0]), key_uuid(page.after[1])
        if newest_first:
            stmt = stmt.where(or_(at < last_at, and_(at == last_at, id_ < last_id)))
        else:
            stmt = stmt.where(or_(at > last_at, and_(at == last_at, id_ > last_id)))
    return stmt.limit(page.limit + 1)


def time_page(
    rows: Sequence[Any],
    page: PageRequest,
    make: Callable[[Any], T],
    key: Callable[[T], tuple[datetime, uuid.UUID]],
) -> Page[T]:
    """The page of items and, when more rows follow, the keyset of its last item."""
    items = [make(r) for r in rows[: page.limit]]
    if len(rows) <= page.limit:
        return Page(items, None)
    at, last_id = key(items[-1])
    return Page(items, (at.isoformat(), str(last_id)))
