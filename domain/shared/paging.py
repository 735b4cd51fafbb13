"""Keyset pagination: a page request, a page, and the opaque cursor codec."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from domain.errors import FieldError, InvalidValue

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200

# A keyset position: the sort-key values of the last row of the previous page.
Keyset = tuple[str | int | float | bool | None, ...]


class InvalidCursor(InvalidValue):
    code = "cursor.invalid"
    title = "Invalid cursor"
    title_th = "cursor ไม่ถูกต้อง"


def encode_cursor(key: Keyset) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str, *, arity: int) -> Keyset:
    """Decode a cursor made by `encode_cursor` for a list with `arity` sort keys."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        value = None
    if not isinstance(value, list) or len(value) != arity:
        raise InvalidCursor(
            "The cursor is not one this list produced.",
            detail_th="cursor นี้ไม่ได้มาจากรายการนี้",
            errors=[FieldError(("query", "cursor"), "invalid cursor", "cursor_invalid")],
        )
    return tuple(value)


@dataclass(frozen=True)
class PageRequest:
    """How many items to return and where to start (after the given keyset)."""

    limit: int = DEFAULT_LIMIT
    after: Keyset | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise InvalidValue(
                f"limit must be between 1 and {MAX_LIMIT}",
                errors=[FieldError(("query", "limit"), f"must be 1..{MAX_LIMIT}")],
            )


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of items and the keyset of its last item when more follow."""

    items: Sequence[T]
    next_key: Keyset | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def next_cursor(self) -> str | None:
        return encode_cursor(self.next_key) if self.next_key is not None else None
