"""Possible duplicates: the same category, nearby or in the same district, similar text."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from domain.complaint.model import Complaint
from domain.geo.model import GeoPoint, distance_m
from domain.search.normalize import normalize_for_search


@dataclass(frozen=True)
class Candidate:
    """A possible duplicate as storage holds it: what scoring reads of the case, and its text
    in search form (the normalised title and description stored for search), so scoring never
    normalises it. Not the whole case: an intake scan reads 200 of these and keeps at most
    three (issue 22: hydrating 200 whole cases was a third of a create's CPU)."""

    id: uuid.UUID
    case_number: str
    district_code: str | None
    lat: float | None
    lon: float | None
    created_at: datetime
    text: str

    @classmethod
    def of(cls, c: Complaint, text: str) -> Candidate:
        return cls(
            c.id,
            c.case_number,
            c.district_code,
            c.location.lat,
            c.location.lon,
            c.created_at,
            text,
        )


@dataclass(frozen=True)
class Similar:
    candidate: Candidate
    score: float
    distance_m: float | None
    reasons: tuple[str, ...]


SIMILAR_RADIUS_M = 500.0
SIMILAR_WINDOW = timedelta(days=30)


def case_text(c: Complaint) -> str:
    """A case's text in search form: what storage keeps for search (and for `Candidate`)."""
    return normalize_for_search(f"{c.title} {c.description}")


@lru_cache(maxsize=4096)
def normalised_trigrams(text: str) -> frozenset[str]:
    """pg_trgm-style trigrams of text already in search form (words padded with two spaces in
    front, one behind). Kept for the last 4,096 texts (a few MB): every create in a category
    scans the same latest cases of it, whose sets are then built once per process, not once
    per create (issue 22)."""
    out: set[str] = set()
    for word in text.split():
        padded = f"  {word} "
        out.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(out)


def _jaccard(ta: frozenset[str], tb: frozenset[str]) -> float:
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def _point(lat: float | None, lon: float | None) -> GeoPoint | None:
    return GeoPoint(lat, lon) if lat is not None and lon is not None else None


def rank_similar(c: Complaint, candidates: Sequence[Candidate], limit: int) -> list[Similar]:
    """Score = 0.5 text + 0.3 place + 0.2 recency; reasons say what matched.

    Only `c`'s text is normalised (once); each candidate's comes in search form from storage,
    and its trigrams are built only when it is near or in the same district (the others are
    never ranked)."""
    base: frozenset[str] | None = None
    here = _point(c.location.lat, c.location.lon)
    ranked: list[Similar] = []
    for other in candidates:
        if other.id == c.id:
            continue
        reasons = ["same_category"]
        dist: float | None = None
        place = 0.0
        there = _point(other.lat, other.lon)
        if here is not None and there is not None:
            dist = distance_m(here, there)
            if dist <= SIMILAR_RADIUS_M:
                place = 1.0 - dist / SIMILAR_RADIUS_M / 2
                reasons.append("nearby")
        if c.district_code and other.district_code == c.district_code:
            place = max(place, 0.5)
            reasons.append("same_district")
        if place == 0.0:
            continue
        if base is None:
            base = normalised_trigrams(case_text(c))
        text = _jaccard(base, normalised_trigrams(other.text))
        if text >= 0.1:
            reasons.append("similar_text")
        apart = abs((c.created_at - other.created_at).total_seconds())
        recency = max(0.0, 1.0 - apart / SIMILAR_WINDOW.total_seconds())
        score = round(0.5 * text + 0.3 * place + 0.2 * recency, 4)
        ranked.append(Similar(other, score, dist, tuple(reasons)))
    ranked.sort(key=lambda s: (-s.score, str(s.candidate.id)))
    return ranked[:limit]
