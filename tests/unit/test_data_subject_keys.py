"""Identifiers a data subject is found by: every Thai form of a phone number is one number,
e-mail addresses match whatever their case, national ids carry a check digit."""

from __future__ import annotations

import pytest

from domain.errors import InvalidValue
from domain.privacy.masking import ContactDetails
from domain.privacy.retention import RetentionPolicy
from domain.privacy.subject import (
    SubjectKeys,
    normalize_email,
    normalize_phone,
    scrub_others,
    scrub_subject,
    valid_national_id,
)


@pytest.mark.parametrize(
    "raw",
    [
        "0812345678",
        "081-234-5678",
        "081 234 5678",
        "+66812345678",
        "+66 (0)81 234 5678",
        "0066812345678",
        "66812345678",
        "๐๘๑๒๓๔๕๖๗๘",
    ],
)
def test_every_form_of_a_thai_mobile_number_is_one_number(raw: str) -> None:
    assert normalize_phone(raw) == "0812345678"


def test_fixed_lines_and_non_numbers() -> None:
    assert normalize_phone("02-123-4567") == "021234567"
    assert normalize_phone("+1 415 555 0100") is None
    assert normalize_phone("1676") is None


def test_e_mail_addresses_ignore_case() -> None:
    assert normalize_email("  Somchai@Example.COM ") == "somchai@example.com"
    assert normalize_email("no-at-sign") is None


def test_national_ids_need_their_check_digit() -> None:
    assert valid_national_id("1101700203450")
    assert not valid_national_id("1101700203451")
    assert not valid_national_id("110170020345")


def test_at_least_one_identifier_and_each_valid() -> None:
    with pytest.raises(InvalidValue):
        SubjectKeys.parse()
    with pytest.raises(InvalidValue) as bad:
        SubjectKeys.parse(phone="12", email="x")
    assert [e.loc for e in bad.value.errors] == [("subject", "phone"), ("subject", "email")]


def test_the_audit_reference_names_no_identifier() -> None:
    keys = SubjectKeys.parse(phone="+66 81 234 5678", email="A@B.co")
    assert keys.reference == SubjectKeys.parse(phone="0812345678", email="a@b.co").reference
    assert "0812345678" not in keys.reference and "a@b.co" not in keys.reference


def test_mentions_in_text_and_scrubbing() -> None:
    keys = SubjectKeys.parse(phone="0812345678")
    assert keys.mentioned_in("โทร +66 81-234-5678 ได้") == ("phone",)
    assert keys.mentioned_in("โทร 0899999999") == ()
    text = "ผู้ร้อง 081-234-5678 เพื่อนบ้าน 089-999-9999 x@y.org"
    assert scrub_others(text, keys) == "ผู้ร้อง 081-234-5678 เพื่อนบ้าน [โทรศัพท์] [อีเมล]"
    contact = ContactDetails("วิภา", "081-234-5678", None, None)
    assert scrub_subject(text, keys, contact) == ("ผู้ร้อง [ลบแล้ว] เพื่อนบ้าน 089-999-9999 x@y.org")


def test_the_notice_text_takes_the_periods() -> None:
    policy = RetentionPolicy(7, 3, 4)
    assert policy.render("เก็บ {retention_case_years} ปี", "th") == "เก็บ 7 ปี"
    appended = policy.render("Notice", "en")
    assert appended.startswith("Notice\n\n") and "7 years" in appended
