"""Search normalisation: Thai spellings that look alike, Latin case, spaces and invisibles."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from domain.search import normalize_for_search as norm

NIKHAHIT = "\u0e4d"
SARA_AA = "\u0e32"
SARA_AM = "\u0e33"
MAI_EK = "\u0e48"
MAI_THO = "\u0e49"
SARA_II = "\u0e35"
SARA_U = "\u0e38"


def test_a_phrase_is_found_inside_a_longer_complaint() -> None:
    assert norm("ทางม้าลาย") in norm("ขอให้ทาสีทางม้าลายหน้าโรงเรียนใหม่")


@pytest.mark.parametrize(
    "typed",
    [
        "น" + NIKHAHIT + MAI_THO + SARA_AA + "ท่วม",  # nikhahit, tone, sara aa
        "น" + MAI_THO + NIKHAHIT + SARA_AA + "ท่วม",  # tone, nikhahit, sara aa
        "น" + SARA_AM + MAI_THO + "ท่วม",  # tone typed after sara am
    ],
)
def test_decomposed_sara_am_equals_the_composed_one(typed: str) -> None:
    composed = "น" + MAI_THO + SARA_AM + "ท่วม"
    assert composed == "น้ำท่วม"
    assert typed != composed
    assert norm(typed) == norm(composed) == composed


def test_sara_am_without_a_tone() -> None:
    assert norm("ท" + NIKHAHIT + SARA_AA) == norm("ทำ") == "ทำ"


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("ท" + MAI_EK + SARA_II, "ที่"),
        ("ท" + SARA_II + MAI_EK, "ที่"),
        ("ก" + MAI_THO + SARA_U + "ง", "กุ้ง"),
        ("ป" + "\u0e4a" + "\u0e34" + "ง", "ปิ๊ง"),
    ],
)
def test_tone_and_vowel_order_variants_are_equal(variant: str, canonical: str) -> None:
    assert norm(variant) == norm(canonical) == canonical


def test_invisible_characters_between_marks_do_not_matter() -> None:
    assert norm("ท\u200b" + MAI_EK + "\u200d" + SARA_II) == "ที่"


def test_latin_is_case_insensitive() -> None:
    assert norm("Zebra") == norm("zebra") == norm("ZEBRA") == "zebra"
    assert norm("Straße") == norm("STRASSE")
    assert norm("Cafe\u0301") == norm("CAFÉ") == "café"


def test_whitespace_is_collapsed_and_trimmed() -> None:
    assert norm("  ถนน \t\n สุขุมวิท\u00a0\u3000ซอย 11  ") == "ถนน สุขุมวิท ซอย 11"


@pytest.mark.parametrize("zw", ["\u200b", "\u200c", "\u200d", "\ufeff"])
def test_zero_width_characters_are_removed(zw: str) -> None:
    assert norm(f"ทาง{zw}ม้า{zw}ลาย") == "ทางม้าลาย"


def test_empty_and_blank() -> None:
    assert norm("") == ""
    assert norm(" \u200b\t ") == ""


# Thai letters, every Thai mark, sara aa/am, other scripts' combining marks (including one
# that composes with Latin letters), Latin with case, whitespace and zero-width characters.
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
    st.sampled_from(
        list("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b")
        + list("\u0e4c\u0e4d\u0e4e\u0e32\u0e33\u0e40\u0e44")
    ),
    st.sampled_from(list("\u0301\u0305\u0316\u0334\u0345\u094d\u05b0\u0327\u030c")),
    st.sampled_from(list("aAeEiIjJsSßİΣσς")),
    st.sampled_from(list(" \t\n\u00a0\u3000\u200b\u200c\u200d\ufeff\u2060")),
)


@settings(max_examples=1000)
@given(st.text(ALPHABET, max_size=30))
@example("ก\u0e38\u0e34\u0334")
@example("a\u0e48\u0305\u0301")
@example("ก\u0e33\u0e4d\u0e32")
def test_idempotent_on_thai_heavy_text(text: str) -> None:
    once = norm(text)
    assert norm(once) == once


@settings(max_examples=500)
@given(st.text())
def test_idempotent_on_any_text(text: str) -> None:
    once = norm(text)
    assert norm(once) == once


@given(st.text(ALPHABET, max_size=30))
def test_output_is_nfc_and_clean(text: str) -> None:
    out = norm(text)
    assert unicodedata.normalize("NFC", out) == out
    assert not any(c in out for c in "\u200b\u200c\u200d\ufeff")
    assert out == out.strip()
    assert "  " not in out


@given(st.text(ALPHABET, max_size=20), st.text(ALPHABET, max_size=20))
def test_invisibles_and_case_never_change_the_result(left: str, right: str) -> None:
    assert norm(left + "\u200b" + right) == norm(left + right)
    assert norm((left + right).upper()) == norm((left + right).upper().lower())


@pytest.mark.parametrize(
    ("joined", "spaced"),
    [
        ("ลาดพร้าว71", "ลาดพร้าว 71"),
        ("ซอย5ถนนสุขุมวิท", "ซอย 5 ถนนสุขุมวิท"),
        ("ที่1", "ที่ 1"),  # a word ending in a tone mark
        ("Soi5", "soi 5"),
        ("ลาดพร้าว๗๑", "ลาดพร้าว 71"),  # Thai digits are ASCII digits
    ],
)
def test_letters_next_to_digits_are_one_spelling_with_or_without_a_space(
    joined: str, spaced: str
) -> None:
    assert norm(joined) == norm(spaced) == spaced.casefold()
    assert norm(spaced) in norm("ร้องเรียน " + joined + " ค่ะ")


def test_numbers_stay_whole() -> None:
    assert norm("FT-2569-000123") == "ft-2569-000123"
    assert norm("10400 3.5") == "10400 3.5"
