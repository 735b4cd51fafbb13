"""What training may keep of a text, and the road names in an address."""

from __future__ import annotations

from domain.intake.model import Outcome, SuggestionShown
from domain.intake.text import analyzer, redact, road_names


def test_contact_details_are_replaced_before_anything_learns_from_text() -> None:
    text = redact(
        "โทร 081-234-5678 หรือ +66 81 234 5678 อีเมล somchai.j@example.co.th "
        "บัตร 1-2345-67890-12-3 line id: somchai_99 ไฟดับ"
    )
    for secret in ("234", "somchai", "example", "67890", "_99"):
        assert secret not in text, secret
    assert "<phone>" in text and "<email>" in text and "<id>" in text and "<line>" in text
    assert text.endswith("ไฟดับ")
    # house numbers and postal codes stay: they are addresses, not contacts
    assert "10310" in redact("บ้านเลขที่ 99/1 กรุงเทพ 10310")


def test_the_analyzer_folds_like_search_and_yields_2_to_4_grams() -> None:
    grams = analyzer("ไฟ ดับ")
    assert "ไฟ" in grams and "ดับ" in grams and " ไฟ" in grams
    assert all(2 <= len(g) <= 4 for g in grams)
    assert analyzer("น้ํา") == analyzer("น้ำ")  # SARA AM typed in two ways


def test_road_names() -> None:
    assert road_names("ปากซอยลาดพร้าว 71 แขวงสะพานสอง") == ["ซอย:ลาดพร้าว", "ซอย:ลาดพร้าว 71"]
    assert road_names("ถ.พหลโยธินแขวงสามเสนใน") == ["ถนน:พหลโยธิน"]
    assert road_names("near Soi Sukhumvit 11 and Silom Rd.") == [
        "soi:sukhumvit",
        "soi:sukhumvit 11",
        "road:silom",
    ]
    assert road_names("ขยะล้นถัง") == []


def test_suggestion_outcomes() -> None:
    shown = SuggestionShown(model_version=3, district_code="1045", category_id=None)
    out = shown.outcome("1045", "104502", None)
    assert out["district"] == Outcome.accepted
    assert out["subdistrict"] == Outcome.not_suggested
    assert out["category"] == Outcome.not_suggested
    assert shown.outcome("1026", None, None)["district"] == Outcome.overridden
    assert out["model_version"] == 3
