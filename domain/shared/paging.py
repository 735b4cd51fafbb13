"""Keyset pagination: a page request, a page, and the opaque cursor codec."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
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


# What a keyset value may be: what `encode_cursor` writes (times and ids as text, sequence
# numbers as integers), nothing a database would choke on.
MAX_KEY_TEXT = 512
MAX_KEY_INT = 2**63 - 1


def _invalid_cursor() -> InvalidCursor:
    return InvalidCursor(
        "The cursor is not one this list produced.",
        detail_th="cursor นี้ไม่ได้มาจากรายการนี้",
        errors=[FieldError(("query", "cursor"), "invalid cursor", "cursor_invalid")],
    )


def _scalar(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return value is None
    if isinstance(value, int):
        return -MAX_KEY_INT <= value <= MAX_KEY_INT
    if isinstance(value, str):
        return len(value) <= MAX_KEY_TEXT and "\x00" not in value and _encodable(value)
    return False


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")  # a lone surrogate cannot be
    except UnicodeEncodeError:
        return False
    return True


def decode_cursor(cursor: str, *, arity: int) -> Keyset:
    """Decode a cursor made by `encode_cursor` for a list with `arity` sort keys.

    Hand-made or garbled cursors are an `InvalidCursor` (422), never a crash: each value must
    be null, a bounded integer or text (no NUL, no lone surrogate); the repository
    then reads times and ids with `key_time` / `key_uuid`, which refuse what they cannot use.
    """
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError, RecursionError):
        value = None
    if not isinstance(value, list) or len(value) != arity or not all(map(_scalar, value)):
        raise _invalid_cursor()
    return tuple(value)


def key_time(value: object) -> datetime:
    """A keyset's time: an ISO 8601 text with an offset, representable in UTC."""
    if not isinstance(value, str):
        raise _invalid_cursor()
    try:
        at = datetime.fromisoformat(value)
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError("naive")
        return at.astimezone(UTC)
    except (ValueError, OverflowError) as exc:
        raise _invalid_cursor() from exc


def key_uuid(value: object) -> uuid.UUID:
    """A keyset's id."""
    if not isinstance(value, str):
        raise _invalid_cursor()
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise _invalid_cursor() from exc


def key_seq(value: object) -> int:
    """A keyset's sequence number (a change feed position): a non-negative integer."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _invalid_cursor()
    return value


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
