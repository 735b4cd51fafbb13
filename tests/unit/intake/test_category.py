"""Category scoring from exported parameters, keyword rules, and their blend."""

from __future__ import annotations

import uuid

from domain.intake.category import LinearTextModel, blend, keyword_suggestions, normalise_keywords
from domain.intake.model import EvidenceKind, KeywordRule

LAMP, DRAIN = uuid.uuid4(), uuid.uuid4()


def model(link: str = "softmax") -> LinearTextModel:
    # Two n-grams: "ไฟ" votes for LAMP, "ท่อ" for DRAIN.
    return LinearTextModel(
        {
            "classes": [str(LAMP), str(DRAIN)],
            "vocabulary": {"ไฟ": 0, "ท่อ": 1},
            "idf": [1.0, 1.0],
            "weights": [[3.0, -3.0], [-3.0, 3.0]],
            "intercept": [0.0, 0.0],
            "link": link,
        }
    )


def test_the_model_ranks_and_explains_with_the_words_of_the_text() -> None:
    for link in ("softmax", "ovr"):
        ranked = model(link).predict("ไฟทางดับทั้งซอย", k=2)
        assert [c.category_id for c in ranked] == [LAMP, DRAIN]
        assert ranked[0].confidence > 0.9
        assert abs(sum(c.confidence for c in ranked) - 1.0) < 0.01
        assert [e.text for e in ranked[0].evidence] == ["ไฟ"]
        assert ranked[0].evidence[0].kind is EvidenceKind.model
    assert model().predict("ท่อตัน", k=1)[0].category_id == DRAIN
    # unknown words: the intercepts decide, evenly here
    assert model().predict("อะไรก็ไม่รู้", k=2)[0].confidence == 0.5
    assert model().predict("ไฟทางดับ", k=2, explain=0)[0].evidence == ()


def test_keyword_rules_match_normalised_text_and_longer_keywords_count_more() -> None:
    rules = [
        KeywordRule(LAMP, ("ไฟดับ", "street light")),
        KeywordRule(DRAIN, ("ท่อ",)),
    ]
    ranked = keyword_suggestions("ไฟ ดับ หน้าท่อ STREET  LIGHT", rules)
    assert [c.category_id for c in ranked] == [LAMP, DRAIN]
    assert {e.text for e in ranked[0].evidence} == {"ไฟดับ", "street light"}
    assert keyword_suggestions("ไม่มีคำใดตรง", rules) == []


def test_blend_adds_keyword_confidence_to_the_model() -> None:
    m = model().predict("ไฟ ท่อ", k=2)  # the model cannot tell them apart
    kws = keyword_suggestions("ไฟ ท่อ ท่อตัน", [KeywordRule(DRAIN, ("ท่อตัน",))])
    ranked = blend(m, kws)
    assert ranked[0].category_id == DRAIN
    assert abs(sum(c.confidence for c in ranked) - 1.0) < 0.01
    assert any(e.kind is EvidenceKind.keyword for e in ranked[0].evidence)


def test_keywords_are_stored_trimmed_and_once() -> None:
    assert normalise_keywords(["  ไฟ  ดับ ", "ไฟ ดับ", "", "Light", "light"]) == ("ไฟ ดับ", "Light")
