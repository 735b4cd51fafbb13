"""Query parameters shared by every list: limit and cursor."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from domain.shared.paging import DEFAULT_LIMIT, MAX_LIMIT, Keyset, decode_cursor


class PageParams:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
        cursor: Annotated[
            str | None, Query(max_length=2000, description="next_cursor of the previous page")
        ] = None,
    ) -> None:
        self.limit = limit
        self.cursor = cursor

    def after(self, arity: int) -> Keyset | None:
        return decode_cursor(self.cursor, arity=arity) if self.cursor else None


PageDep = Annotated[PageParams, Depends()]
