"""The smart-intake corpus evaluation on both databases, with the thresholds the README
states and justifies (section "Smart intake: how good is it")."""

from __future__ import annotations

from infra.db.engine import Database
from tests.support.intake import corpus, corpus_seeds, insert_cases, intake_service

# Thresholds: a little below what the corpus measured (README), so a regression fails and
# noise from the database's row order (SGD sees the cases in that order) does not.
NAMED_DISTRICT_TOP1 = 0.90  # the text names a district, sub-district or postal code
SUBDISTRICT_TOP1 = 0.85  # the text names the sub-district
DISTRICT_TOP1 = 0.80  # every held-out case, including road-only and no address at all
CATEGORY_TOP3 = 0.80
CATEGORY_TOP1 = 0.60
KEYWORDS_TOP3 = 0.65  # cold start: the default keyword rules alone


def test_the_corpus_is_big_and_varied_enough() -> None:
    rows = corpus()
    assert len(rows) >= 300
    assert len({r["category"] for r in rows}) >= 20
    assert len({r["district_code"] for r in rows}) >= 40
    texts = " ".join(str(r["text"]) for r in rows)
    for form in ("แขวง", "เขต", "ข.", "ถ.", "ซ.", "Khet", "Bangkok 10", "ซอย", "Soi"):
        assert form in texts, form
    misspelt = ("ราษฏร์บูรณะ", "จัตุจักร", "พญาไทย", "สาธร", "ป้อมปราบ", "บางกปิ")
    assert sum(form in texts for form in misspelt) >= 2
    assert sum(1 for r in rows if not r["names_place"]) >= 30  # road-only or no address


async def test_corpus_evaluation_meets_the_thresholds(database: Database) -> None:
    await insert_cases(database, corpus_seeds())
    report = await intake_service(database).evaluate(0.2)
    assert report.holdout_cases >= 60
    assert report.named_district_top1 is not None
    assert report.named_district_top1 >= NAMED_DISTRICT_TOP1, report
    assert report.subdistrict_top1 is not None and report.subdistrict_top1 >= SUBDISTRICT_TOP1
    assert report.district_top1 is not None and report.district_top1 >= DISTRICT_TOP1
    assert report.category_top3 is not None and report.category_top3 >= CATEGORY_TOP3, report
    assert report.category_top1 is not None and report.category_top1 >= CATEGORY_TOP1
    assert report.keyword_top3 is not None and report.keyword_top3 >= KEYWORDS_TOP3
