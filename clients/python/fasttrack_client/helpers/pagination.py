"""Iterate every item of a cursor-paginated list (`items` + `next_cursor`), page by page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from ..models.problem import Problem
from ..types import Unset
from .errors import ApiError

T_co = TypeVar("T_co", covariant=True)


class CursorPage(Protocol[T_co]):
    """Any `<Entity>Page` of the API: a page of items and the cursor of the next page."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next_cursor(self) -> str | None | Unset: ...


def _next(page: CursorPage[T_co] | Problem | None) -> tuple[Sequence[T_co], str | None]:
    if isinstance(page, Problem):
        raise ApiError(page.status, page)
    if page is None:
        raise ApiError(0, None, b"unexpected response (no page)")
    cursor = page.next_cursor
    return page.items, cursor if isinstance(cursor, str) and cursor else None


def iterate_items(operation: Callable[..., CursorPage[T_co] | Problem | None], /, **params: Any) -> Iterator[T_co]:
    """Yield every item of a list operation, following `next_cursor` until the last page.

    `operation` is the generated `sync` function of any list endpoint; `params` are its
    arguments (`client=` and the filters, `limit=` sets the page size):

        for district in iterate_items(list_districts.sync, client=client, limit=100):
            ...

    Pages are fetched lazily, one request per page; an error answer raises `ApiError`.
    """
    cursor: str | None = None
    while True:
        page = operation(**params) if cursor is None else operation(**params, cursor=cursor)
        items, cursor = _next(page)
        yield from items
        if cursor is None:
            return


async def aiterate_items(
    operation: Callable[..., Awaitable[CursorPage[T_co] | Problem | None]], /, **params: Any
) -> AsyncIterator[T_co]:
    """`iterate_items` for the generated `asyncio` functions: `async for item in ...`."""
    cursor: str | None = None
    while True:
        if cursor is None:
            page = await operation(**params)
        else:
            page = await operation(**params, cursor=cursor)
        items, cursor = _next(page)
        for item in items:
            yield item
        if cursor is None:
            return
