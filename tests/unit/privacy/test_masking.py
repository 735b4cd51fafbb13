"""Masking of personal data: the exact formats, Thai clusters, and that nothing leaks twice."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.privacy import (
    ContactDetails,
    first_unit,
    mask_complainant,
    mask_email,
    mask_line_id,
    mask_name,
    mask_phone,
)


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("0812341234", "08x-xxx-1234"),
        ("081-234-1234", "08x-xxx-1234"),
        ("081 234 1234", "08x-xxx-1234"),
        ("(081) 234-1234", "08x-xxx-1234"),
        ("+66812341234", "08x-xxx-1234"),
        ("+66 81 234 1234", "08x-xxx-1234"),
        ("+66 (0)81 234 1234", "08x-xxx-1234"),
        ("0066812341234", "08x-xxx-1234"),
        ("66812341234", "08x-xxx-1234"),
        ("๐๘๑๒๓๔๑๒๓๔", "08x-xxx-1234"),
        (" 0812341234 ", "08x-xxx-1234"),
        ("021234567", "02-xxx-4567"),
        ("02-123-4567", "02-xxx-4567"),
        ("+6621234567", "02-xxx-4567"),
        ("+1 415 555 0100", "+14xxxxx0100"),
        ("02-123-4567 ต่อ 12", "02xxxxx6712"),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [("1555", "xx55"), ("191", "x91"), ("12345678", "xxxxxx78"), ("12", "xx"), ("7", "x")],
)
def test_short_numbers_keep_only_the_last_two_digits(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(("raw", "masked"), [("", ""), ("   ", ""), ("n/a", "***"), ("-", "***")])
def test_phone_without_digits(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


def test_mask_email() -> None:
    assert mask_email("somchai@example.com") == "s***@example.com"
    assert mask_email("  somchai.j+fasttrack@mail.bangkok.go.th ") == "s***@mail.bangkok.go.th"
    assert mask_email("สมชาย@ตัวอย่าง.ไทย") == "ส***@ตัวอย่าง.ไทย"
    assert mask_email("@example.com") == "***@example.com"
    assert mask_email("not-an-email") == "n***"
    assert mask_email("") == ""


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("สมชาย ใจดี", "ส***"),
        ("Somchai Jaidee", "S***"),
        ("  วิชัย", "วิ***"),  # a vowel above stays with its consonant
        ("นุช", "นุ***"),  # and so does one below
        ("น้ำฝน", "น้ำ***"),  # sara am and the tone belong to the first consonant
        ("เกียรติ", "กี***"),  # a leading vowel gives way to the consonant, as in Thai initials
        ("ไพโรจน์", "พ***"),
        ("\u0e34สมชาย", "ส***"),  # a stray leading mark is not a character on its own
        ("E\u0301mile", "\u00c9***"),  # decomposed Latin comes back composed
        ("\u200bสมศรี", "ส***"),
        ("ส", "ส***"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_mask_name(raw: str, masked: str) -> None:
    assert mask_name(raw) == masked


def test_mask_line_id() -> None:
    assert mask_line_id("U4af4980629a1b2c3d4e5f60718293a4b") == "U***"
    assert mask_line_id("@somchai") == "@s***"
    assert mask_line_id("@") == "@***"
    assert mask_line_id("สมชาย") == "ส***"


def test_contact_details_masked() -> None:
    contact = ContactDetails(
        name="สมชาย ใจดี",
        phone="0812341234",
        email="somchai@example.com",
        line_user_id="U4af4980629a1b2c3d4e5f60718293a4b",
    )
    assert contact.masked() == ContactDetails(
        name="ส***", phone="08x-xxx-1234", email="s***@example.com", line_user_id="U***"
    )
    assert contact.phone == "0812341234"  # the original is untouched
    with pytest.raises(FrozenInstanceError):
        contact.name = "x"  # type: ignore[misc]


def test_none_stays_none() -> None:
    assert ContactDetails().masked() == ContactDetails()
    assert ContactDetails(phone="0812341234").masked() == ContactDetails(phone="08x-xxx-1234")


@dataclass(frozen=True)
class Complainant:
    id: int
    name: str | None
    phone: str | None
    email: str | None
    line_user_id: str | None
    district: str


def test_mask_complainant_keeps_the_type_and_other_fields() -> None:
    person = Complainant(7, "สมชาย", "+66812341234", None, None, "บางรัก")
    masked = mask_complainant(person)
    assert masked == Complainant(7, "ส***", "08x-xxx-1234", None, None, "บางรัก")


# --- properties ----------------------------------------------------------------------------

digits = st.text(st.sampled_from("0123456789"), min_size=9, max_size=15)
phones = st.one_of(
    digits,
    st.text(st.sampled_from("0123456789 -+()"), max_size=20),
    st.text(max_size=20),
)
contacts = st.builds(
    ContactDetails,
    name=st.none() | st.text(max_size=20),
    phone=st.none() | phones,
    email=st.none() | st.emails() | st.text(max_size=20),
    line_user_id=st.none() | st.text(max_size=40),
)


@given(digits)
def test_a_full_number_reveals_at_most_six_digits(number: str) -> None:
    masked = mask_phone(number)
    assert sum(c.isdigit() for c in masked) <= 6
    # 00 and 66 prefixes are international forms, rewritten before masking.
    if not number.startswith(("00", "66")):
        assert masked.endswith(number[-4:])


@given(st.text(st.sampled_from("0123456789"), min_size=1, max_size=8))
def test_a_short_number_reveals_at_most_two_digits(number: str) -> None:
    masked = mask_phone(number)
    assert sum(c.isdigit() for c in masked) <= min(2, len(number) - 1)


@given(contacts)
def test_masking_twice_changes_nothing(contact: ContactDetails) -> None:
    once = contact.masked()
    assert once.masked() == once


@given(st.text(min_size=1))
def test_a_masked_name_shows_one_character_at_most(name: str) -> None:
    masked = mask_name(name)
    assert masked in ("", "***") or masked == first_unit(name) + "***"
