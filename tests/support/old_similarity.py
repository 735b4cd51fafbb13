"""The duplicate scoring as it was before issue 22, kept verbatim as the oracle: it
re-normalised every candidate's title and description (and the new case's, once per
candidate). The scoring in domain/complaint/similarity.py must rank identically."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from domain.complaint.model import Author, Channel, Complaint, Location
from domain.complaint.similarity import SIMILAR_RADIUS_M, SIMILAR_WINDOW, Similar
from domain.geo.model import GeoPoint, distance_m
from domain.search.normalize import normalize_for_search


@dataclass(frozen=True)
class OldSimilar:
    """What the old scoring returned for a match (the whole case, then its score)."""

    complaint: Complaint
    score: float
    distance_m: float | None
    reasons: tuple[str, ...]


def same_ranking(new: list[Similar], old: list[OldSimilar]) -> bool:
    """The two rankings name the same cases in the same order, with the same scores,
    distances and reasons."""
    return [(s.candidate.id, s.score, s.distance_m, s.reasons) for s in new] == [
        (s.complaint.id, s.score, s.distance_m, s.reasons) for s in old
    ]


def trigrams(text: str) -> frozenset[str]:
    out: set[str] = set()
    for word in normalize_for_search(text).split():
        padded = f"  {word} "
        out.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(out)


def text_similarity(a: str, b: str) -> float:
    ta, tb = trigrams(a), trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def _point(c: Complaint) -> GeoPoint | None:
    lat, lon = c.location.lat, c.location.lon
    return GeoPoint(lat, lon) if lat is not None and lon is not None else None


def rank_similar(c: Complaint, candidates: list[Complaint], limit: int) -> list[OldSimilar]:
    base = f"{c.title} {c.description}"
    here = _point(c)
    ranked: list[OldSimilar] = []
    for other in candidates:
        if other.id == c.id:
            continue
        reasons = ["same_category"]
        text = text_similarity(base, f"{other.title} {other.description}")
        dist: float | None = None
        place = 0.0
        there = _point(other)
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
        if text >= 0.1:
            reasons.append("similar_text")
        apart = abs((c.created_at - other.created_at).total_seconds())
        recency = max(0.0, 1.0 - apart / SIMILAR_WINDOW.total_seconds())
        score = round(0.5 * text + 0.3 * place + 0.2 * recency, 4)
        ranked.append(OldSimilar(other, score, dist, tuple(reasons)))
    ranked.sort(key=lambda s: (-s.score, str(s.complaint.id)))
    return ranked[:limit]


NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


def new_case(**kw: object) -> Complaint:
    c = Complaint.file(
        serial=7,
        now=NOW,
        by=Author("user", uuid.uuid4(), "req-1"),
        channel=Channel.line,
        title="ทางม้าลายสีซีดจาง หน้าโรงเรียน",
        description="เป็นอันตรายต่อเด็กนักเรียน ขอให้ทาสีใหม่",
        district_code="1026",
        outside_bangkok=False,
        sla_class="standard",
        mou_area_id=None,
    )
    return replace(c, **{"location": Location(13.7699, 100.5605), **kw})  # type: ignore[arg-type]


# A corpus of cases of one category: Thai (and some English) text typed in the different
# spellings the normaliser folds (SARA AM decomposed, zero-width spaces, Thai digits, case).
_SUBJECTS = [
    "ไฟฟ้าส่องสว่างดับ",
    "ขยะไม่ได้รับการจัดเก็บ",
    "น้ำท่วมขังถนน",
    "ทางเท้าชำรุด",
    "ท่อระบายน้ำอุดตัน",
    "ทางม้าลายสีซีดจาง",
    "หลุมบนถนน",
    "Street light OUT",
]
_PLACES = ["หน้าโรงเรียน", "ในซอย ลาดพร้าว๗๑", "หน้าตลาด", "ใกล้สถานี BTS", "ริมคลอง", "ซอย5"]
_DETAILS = [
    "แจ้งมาหลายครั้งแล้วยังไม่มีการแก้ไข",
    "เกิดขึ้นทุกวันช่วงเย็น",
    "ขอให้เจ้าหน้าที่เข้ามาตรวจสอบโดยด่วน",
    "please fix as soon as possible",
    "น\u0e4d\u0e32ท่วม\u200bมาก",
    "",
]


def corpus(
    rng: random.Random, base: Complaint, n: int, same_district: float = 0.5
) -> list[Complaint]:
    """`n` cases like `base` (its category), created over the last 30 days, some near it,
    some in its district, the rest elsewhere."""
    out = []
    for _ in range(n):
        lat = 13.7699 + rng.uniform(-0.01, 0.01) if rng.random() < 0.7 else None
        lon = 100.5605 + rng.uniform(-0.01, 0.01) if lat is not None else None
        out.append(
            replace(
                base,
                id=uuid.UUID(int=rng.getrandbits(128)),
                title=f"{rng.choice(_SUBJECTS)} {rng.choice(_PLACES)}",
                description=" ".join(rng.choice(_DETAILS) for _ in range(rng.randint(0, 3))),
                district_code=base.district_code if rng.random() < same_district else "1034",
                location=Location(lat, lon),
                created_at=base.created_at - timedelta(seconds=rng.randint(0, 40 * 86400)),
            )
        )
    return out
