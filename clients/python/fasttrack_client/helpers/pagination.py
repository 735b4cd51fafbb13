"""Iterate every item of a cursor-paginated list (`items` + `next_cursor`), page by page,
and every change of the change feed (`after` + `next_cursor`, until an empty page)."""

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


class FeedPage(Protocol[T_co]):
    """The change feed's page: the changes and the cursor to poll from next (always set)."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next_cursor(self) -> str: ...


def _feed(page: FeedPage[T_co] | Problem | None) -> tuple[Sequence[T_co], str]:
    if isinstance(page, Problem):
        raise ApiError(page.status, page)
    if page is None:
        raise ApiError(0, None, b"unexpected response (no page)")
    return page.items, page.next_cursor


def iterate_changes(
    operation: Callable[..., FeedPage[T_co] | Problem | None],
    /,
    *,
    after: str | None = None,
    on_cursor: Callable[[str], None] | None = None,
    **params: Any,
) -> Iterator[T_co]:
    """Yield every change of the change feed since `after`, polling `after=next_cursor`
    until a page comes back empty (the feed's `next_cursor` is never empty, so
    `iterate_items` does not fit it).

    `on_cursor` receives each page's `next_cursor` once all its changes were yielded (and
    the cursor of the final, empty page): store it and pass it as `after` on the next run to
    see every change once, even across restarts:

        for change in iterate_changes(
            list_complaint_changes.sync, client=client, after=state.load(), on_cursor=state.save
        ):
            sync_to_crm(change.complaint)
    """
    cursor = after
    while True:
        page = operation(**params) if cursor is None else operation(**params, after=cursor)
        items, cursor = _feed(page)
        yield from items
        if on_cursor is not None:
            on_cursor(cursor)
        if not items:
            return


async def aiterate_changes(
    operation: Callable[..., Awaitable[FeedPage[T_co] | Problem | None]],
    /,
    *,
    after: str | None = None,
    on_cursor: Callable[[str], None] | None = None,
    **params: Any,
) -> AsyncIterator[T_co]:
    """`iterate_changes` for the generated `asyncio` functions: `async for change in ...`."""
    cursor = after
    while True:
        if cursor is None:
            page = await operation(**params)
        else:
            page = await operation(**params, after=cursor)
        items, cursor = _feed(page)
        for item in items:
            yield item
        if on_cursor is not None:
            on_cursor(cursor)
        if not items:
            return
