"""Duplicate scoring on the stored search text (issue 22): the same ranks and scores as the
old scoring that re-normalised every candidate, with only the new case's text normalised."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

import domain.complaint.similarity as similarity
from domain.complaint.model import Complaint, Location
from domain.complaint.similarity import Candidate, case_text, rank_similar
from domain.search.normalize import normalize_for_search
from infra.db.repositories.complaints import search_text_of
from tests.support import old_similarity
from tests.support.old_similarity import new_case


def stored(cases: list[Complaint]) -> list[Candidate]:
    """What the SQL adapter returns: each case with its stored search text."""
    return [Candidate.of(o, normalize_for_search(f"{o.title} {o.description}")) for o in cases]


@pytest.mark.parametrize("seed", range(20))
def test_ranks_and_scores_equal_the_old_scoring_over_a_corpus(seed: int) -> None:
    rng = random.Random(seed)
    c = new_case() if seed % 2 else new_case(location=Location(), district_code="1034")
    cases = old_similarity.corpus(rng, c, 200, same_district=rng.random())
    cases.append(c)  # the case itself is never its own duplicate
    for limit in (3, 10, 500):
        new = rank_similar(c, stored(cases), limit)
        assert old_similarity.same_ranking(new, old_similarity.rank_similar(c, cases, limit))


def test_the_scan_normalises_only_the_new_cases_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return normalize_for_search(text)

    c = new_case()
    candidates = stored(old_similarity.corpus(random.Random(1), c, 200, same_district=1.0))
    monkeypatch.setattr(similarity, "normalize_for_search", counting)
    ranked = rank_similar(c, candidates, 3)
    assert ranked and calls == [f"{c.title} {c.description}"]


def test_no_text_is_normalised_when_no_candidate_is_near_or_in_the_district(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return text

    monkeypatch.setattr(similarity, "normalize_for_search", counting)
    c = new_case(location=Location(), district_code="1034")
    far = [replace(o, district_code="1026") for o in old_similarity.corpus(random.Random(2), c, 50)]
    assert rank_similar(c, [Candidate.of(o, "x") for o in far], 3) == [] and calls == []


def test_the_candidates_text_is_what_the_sql_adapter_stores_for_search() -> None:
    c = new_case()
    for o in old_similarity.corpus(random.Random(3), c, 100):
        assert case_text(o) == search_text_of(o)


def test_a_second_scan_over_the_same_candidates_builds_no_trigram_set() -> None:
    c = new_case()
    candidates = stored(old_similarity.corpus(random.Random(4), c, 200, same_district=1.0))
    first = rank_similar(c, candidates, 3)
    built = similarity.normalised_trigrams.cache_info().misses
    assert rank_similar(c, candidates, 3) == first
    assert similarity.normalised_trigrams.cache_info().misses == built
