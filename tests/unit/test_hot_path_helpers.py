"""Two helpers on every request's path, rewritten to try exact types first (issue 22): the
canonical form every hash chain is taken over must not change by a character (stored chains
would stop verifying), and the NUL guard must still find a NUL anywhere in a statement's
parameters, whatever the container."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from types import MappingProxyType

import pytest

from infra.db.chain import canonical, entry_hash
from infra.db.engine import _unstorable


class Colour(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Plain(enum.Enum):
    NESTED = Colour.RED


BANGKOK = timezone(timedelta(hours=7))
ID = uuid.UUID("12345678-1234-5678-1234-567812345678")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ถนนพัง", "ถนนพัง"),
        (7, 7),
        (1.5, 1.5),
        (True, True),
        (None, None),
        (Colour.RED, "red"),
        (Level.HIGH, 3),
        (Plain.NESTED, "red"),
        (ID, "12345678-1234-5678-1234-567812345678"),
        (datetime(2026, 11, 29, 7, 0, 0, 5, tzinfo=BANGKOK), "2026-11-29T00:00:00.000005Z"),
        (datetime(2026, 1, 1, tzinfo=UTC), "2026-01-01T00:00:00.000000Z"),
        (date(2026, 11, 29), "2026-11-29"),
        ({"b": [ID, (1, Colour.RED)], 3: None}, {"b": [str(ID), [1, "red"]], "3": None}),
        (MappingProxyType({"a": Level.HIGH}), {"a": 3}),
    ],
)
def test_canonical_forms_are_what_they_always_were(value: object, expected: object) -> None:
    out = canonical(value)
    assert out == expected
    assert type(out) is type(expected)  # a StrEnum comes out as plain text, not the member


def test_an_early_year_keeps_the_unpadded_form_it_was_hashed_with() -> None:
    early = datetime(999, 5, 1, tzinfo=UTC)
    assert canonical(early) == early.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_a_hash_over_mixed_content_is_stable() -> None:
    content = {
        "chain_seq": 4,
        "id": ID,
        "at": datetime(2026, 11, 29, 12, 30, tzinfo=BANGKOK),
        "action": Colour.RED,
        "after": {"title": "ไฟทางดับ", "tags": ("a", "b")},
    }
    # Computed once with the implementation before issue 22's fast paths.
    assert entry_hash("0" * 64, content) == (
        "70fe2e43da86e6db27d81cf52ff5972139868ea577733f15c32e5ca7e5a4f877"
    )


@pytest.mark.parametrize(
    "params",
    [
        "a\x00b",
        {"title": "ok", "body": "x\x00"},
        [{"a": 1}, {"a": "fine"}, {"a": "bad\x00"}],
        ({"a": None}, {"b": ["deep", ("deeper\x00",)]}),
        {"nested": {"again": {"text": "\x00"}}},
        [("ok", 1), ("still ok", "no\x00")],
    ],
)
def test_a_nul_is_found_anywhere(params: object) -> None:
    assert _unstorable(params)


@pytest.mark.parametrize(
    "params",
    [
        "ถนนพัง \\x00 as four characters",
        {"n": 1, "f": 1.5, "b": True, "none": None, "id": ID, "at": datetime.now(UTC)},
        [{"a": "ok"}, {"a": Colour.RED}],
        (),
        {},
    ],
)
def test_text_without_a_nul_passes(params: object) -> None:
    assert not _unstorable(params)
