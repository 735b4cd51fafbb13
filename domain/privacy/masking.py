"""Masking of complainants' personal data: the one place responses, exports and logs get it from."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import Field, dataclass, replace
from typing import Any, ClassVar, Protocol, TypeVar

MASK = "***"

SARA_AM = "\u0e33"
# Thai vowels written before the consonant they follow in speech (เ แ โ ใ ไ).
THAI_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_SKIPPED = ZERO_WIDTH | {"*", "@"}

# Only text made of these looks like a phone number, so only there is an "x" a masked digit
# (which makes masking an already masked number a no-op).
_PHONE_LIKE = re.compile(r"[\d\s\-+().xX]+")


def _is_thai_consonant(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e"


def _continues_cluster(char: str) -> bool:
    # SARA AM is a spacing mark: it belongs to the consonant before it, as in "นำ".
    return unicodedata.category(char).startswith("M") or char == SARA_AM


def first_unit(text: str) -> str:
    """The first user-perceived character of `text`: a base character and its marks.

    Skips leading spaces, invisibles, stray marks, mask stars and the @ of a handle. A Thai
    leading vowel gives way to its consonant, as in Thai initials (เกียรติ → กี).
    """
    text = unicodedata.normalize("NFC", text)
    i, n = 0, len(text)
    while i < n and (text[i].isspace() or text[i] in _SKIPPED or _continues_cluster(text[i])):
        i += 1
    if i < n - 1 and text[i] in THAI_LEADING_VOWELS and _is_thai_consonant(text[i + 1]):
        i += 1
    if i == n:
        return ""
    j = i + 1
    while j < n and _continues_cluster(text[j]):
        j += 1
    return text[i:j]


def mask_name(name: str) -> str:
    """`"สมชาย ใจดี"` → `"ส***"`: the first character only, and nothing about the length."""
    if not name.strip():
        return ""
    return first_unit(name) + MASK


def mask_line_id(line_id: str) -> str:
    """Like `mask_name`, keeping the `@` of an @-style LINE ID so it still reads as one."""
    masked = mask_name(line_id)
    return "@" + masked if masked and line_id.lstrip().startswith("@") else masked


def mask_email(email: str) -> str:
    """`"somchai@example.com"` → `"s***@example.com"`: the domain stays, for support."""
    email = email.strip()
    if not email:
        return ""
    local, at, domain = email.rpartition("@")
    if not at:
        return mask_name(email)
    return first_unit(local) + MASK + "@" + domain


def _national_digits(text: str) -> tuple[str, bool]:
    """The phone's digits (x for an already masked one) and whether it is a foreign number."""
    placeholders = "xX" if _PHONE_LIKE.fullmatch(text) else ""
    digits = "".join(
        "x" if c in placeholders else str(unicodedata.decimal(c))
        for c in text
        if c in placeholders or unicodedata.decimal(c, None) is not None
    )
    international = text.startswith("+")
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    # Thai numbers are written 0XXXXXXXX at home and +66XXXXXXXX abroad, sometimes +66 (0)XX.
    if digits.startswith("66") and (international or len(digits) in (10, 11)):
        return "0" + digits[2:].lstrip("0"), False
    return digits, international


def mask_phone(phone: str) -> str:
    """`"0812341234"` → `"08x-xxx-1234"`: the first 2 and last 4 digits of a full number.

    Accepts any punctuation, Thai digits and +66/0066 forms; shorter numbers (hotlines,
    fragments) keep only their last 2 digits; text without digits becomes `***`.
    """
    text = phone.strip()
    if not text:
        return ""
    digits, foreign = _national_digits(text)
    n = len(digits)
    if n == 0:
        return MASK
    if n < 9:
        return "x" * n if n <= 2 else "x" * (n - 2) + digits[-2:]
    head, tail = digits[:2], digits[-4:]
    if not foreign and digits.startswith("0") and n == 10:
        return f"{head}x-xxx-{tail}"
    if not foreign and digits.startswith("0") and n == 9:
        return f"{head}-xxx-{tail}"
    return ("+" if foreign else "") + head + "x" * (n - 6) + tail


def _mask_optional(value: str | None, mask: Callable[[str], str]) -> str | None:
    return None if value is None else mask(value)


@dataclass(frozen=True)
class ContactDetails:
    """How to reach a complainant; every field is personal data."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None
    line_user_id: str | None = None

    def masked(self) -> ContactDetails:
        return mask_complainant(self)


class ContactLike(Protocol):
    """Any dataclass carrying the four contact fields, e.g. a complainant entity."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def name(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def line_user_id(self) -> str | None: ...


C = TypeVar("C", bound=ContactLike)


def mask_complainant(contact: C) -> C:
    """A copy of `contact` with its name, phone, e-mail and LINE ID masked; None stays None."""
    return replace(
        contact,
        name=_mask_optional(contact.name, mask_name),
        phone=_mask_optional(contact.phone, mask_phone),
        email=_mask_optional(contact.email, mask_email),
        line_user_id=_mask_optional(contact.line_user_id, mask_line_id),
    )
