"""Address -> place: the districts and sub-districts a free Thai or English text names."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from domain.intake.model import (
    District,
    Evidence,
    EvidenceKind,
    PlaceCandidate,
    RoadIndex,
    Subdistrict,
)
from domain.intake.text import Compact, compact, road_names
from domain.search.normalize import normalize_for_search

# How much one piece of evidence counts for a district (see README "Smart intake").
MARKED = 3.0  # a name after เขต/แขวง/ข./อ./ต. (or before "District"): the writer says what it is
MARKED_OTHER_LEVEL = 2.0  # เขต before a sub-district's name, or แขวง before a district's
BARE_DISTRICT = 1.5
BARE_SUBDISTRICT = 1.2
ROAD_MARKED = 0.25  # ถนนพญาไท, ซ.ลาดพร้าว: a road named after a place, often far from it
POSTAL = 2.0  # split over the districts a postal code spans: it narrows, never decides alone
ROAD_LEARNT = 1.0
SOI_NUMBERED = 1.5  # ซอยลาดพร้าว 71 is one lane; ลาดพร้าว alone runs through four districts
UNKNOWN_MASS = 1.0  # the share kept for "somewhere else" when turning scores into confidence
ROAD_FULL_AT = 3  # a road counts fully once seen in this many located cases, less before

_DISTRICT_MARKERS = ("เขต", "อำเภอ", "อ.", "khet", "district", "amphoe")
_SUBDISTRICT_MARKERS = ("แขวง", "ตำบล", "ต.", "khwaeng", "kwaeng", "sub-district", "subdistrict")
_EITHER_MARKERS = ("ข.",)
_ROAD_MARKERS = ("ถนน", "ซอย", "ถ.", "ซ.", "soi", "thanon", "ตรอก", "แยก")
_SINGLE_LETTER = {"ข": "either", "ถ": "road", "ซ": "road", "ต": "subdistrict", "อ": "district"}
_EN_AFTER_DISTRICT = ("district", "khet")
_EN_AFTER_SUBDISTRICT = ("sub-district", "subdistrict", "khwaeng", "sub district")
_EN_AFTER_ROAD = ("road", "rd", "rd.")
_POSTAL = re.compile(r"(?<!\d)(1[0-9]{4})(?!\d)")
_LATIN = re.compile(r"[a-z]")


@dataclass(frozen=True)
class _Name:
    key: str  # compact form
    level: str  # "district" | "subdistrict"
    code: str
    district_code: str
    latin: bool


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int  # in the original (normalised) text
    text: str
    names: tuple[_Name, ...]
    marker: str | None  # "district" | "subdistrict" | "either" | "road" | None


def _marker_before(before: str) -> str | None:
    b = before.rstrip()
    for m in _SUBDISTRICT_MARKERS:
        if b.endswith(m):
            return "subdistrict"
    for m in _DISTRICT_MARKERS:
        if b.endswith(m):
            return "district"
    for m in _EITHER_MARKERS:
        if b.endswith(m):
            return "either"
    for m in _ROAD_MARKERS:
        if b.endswith(m):
            return "road"
    # A bare letter counts only as a word of its own: "ข วังทองหลาง", not "รถ" in "รถติด".
    if b and b[-1] in _SINGLE_LETTER and (len(b) == 1 or b[-2] == " "):
        return _SINGLE_LETTER[b[-1]]
    return None


def _marker_after(after: str) -> str | None:
    a = after.lstrip()
    for m in _EN_AFTER_SUBDISTRICT:
        if a.startswith(m):
            return "subdistrict"
    for m in _EN_AFTER_DISTRICT:
        if a.startswith(m):
            return "district"
    for m in _EN_AFTER_ROAD:
        if a.startswith(m) and (len(a) == len(m) or not a[len(m)].isalpha()):
            return "road"
    return None


def _weight(name: _Name, marker: str | None) -> float:
    if marker == "road":
        return ROAD_MARKED
    if marker == "either" or marker == name.level:
        return MARKED
    if marker is not None:
        return MARKED_OTHER_LEVEL
    return BARE_DISTRICT if name.level == "district" else BARE_SUBDISTRICT


class PlaceMatcher:
    """Finds Bangkok districts and sub-districts in text. Built once from the gazetteer (the
    road index is passed per call: it is rebuilt while the app runs)."""

    def __init__(self, districts: Iterable[District], subdistricts: Iterable[Subdistrict]) -> None:
        self.districts = {d.code: d for d in districts}
        self.subdistricts = {s.code: s for s in subdistricts}
        names: dict[str, list[_Name]] = defaultdict(list)

        def add(raw: str, level: str, code: str, district_code: str) -> None:
            key = compact(raw)
            if len(key) < 3:
                return
            entry = _Name(key, level, code, district_code, bool(_LATIN.search(key)))
            if entry not in names[key]:
                names[key].append(entry)

        for d in self.districts.values():
            for raw in (d.name_th.removeprefix("เขต"), d.name_en, *d.aliases):
                add(raw, "district", d.code, d.code)
        for s in self.subdistricts.values():
            for raw in (s.name_th.removeprefix("แขวง"), s.name_en, *s.aliases):
                add(raw, "subdistrict", s.code, s.district_code)
        self._names = {k: tuple(v) for k, v in names.items()}
        # Longest names first, so "บางนาเหนือ" is found before "บางนา".
        self._keys = sorted(self._names, key=len, reverse=True)
        self._postal: dict[str, list[Subdistrict]] = defaultdict(list)
        for s in self.subdistricts.values():
            for p in s.postal_codes:
                self._postal[p].append(s)

    def _hits(self, text: str) -> list[_Hit]:
        c = Compact.of(text)
        taken = [False] * len(c.text)
        hits: list[_Hit] = []
        for key in self._keys:
            at = c.text.find(key)
            while at != -1:
                end = at + len(key)
                if not any(taken[at:end]):
                    start, stop = c.span(at, end)
                    names = self._names[key]
                    latin = names[0].latin
                    bounded = not latin or (
                        (start == 0 or not text[start - 1].isalpha())
                        and (stop == len(text) or not text[stop].isalpha())
                    )
                    if bounded:
                        for i in range(at, end):
                            taken[i] = True
                        marker = _marker_before(text[:start]) or _marker_after(text[stop:])
                        hits.append(_Hit(start, stop, text[start:stop], names, marker))
                at = c.text.find(key, at + 1)
        return sorted(hits, key=lambda h: h.start)

    def match(
        self,
        raw_text: str,
        roads: RoadIndex | None = None,
        *,
        limit: int = 3,
        within: str | None = None,
    ) -> list[PlaceCandidate]:
        """Ranked districts (each with its likeliest sub-district) with confidence and evidence.
        `within`: a district already fixed (a map point or the person's choice): only it is
        ranked, the text then only picks its sub-district."""
        text = normalize_for_search(raw_text)
        scores: dict[str, float] = defaultdict(float)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        sub_scores: dict[str, float] = defaultdict(float)

        for hit in self._hits(text):
            best: dict[str, tuple[float, _Name]] = {}
            # A bare name shared by a district and its sub-district names the district.
            names_district = any(n.level == "district" for n in hit.names)
            picks_subdistrict = hit.marker in ("subdistrict", "either") or not names_district
            for name in hit.names:
                w = _weight(name, hit.marker)
                if name.level == "subdistrict" and picks_subdistrict:
                    sub_scores[name.code] += w
                if name.district_code not in best or w > best[name.district_code][0]:
                    best[name.district_code] = (w, name)
            for district_code, (w, name) in best.items():
                scores[district_code] += w
                kind = (
                    EvidenceKind.district_name
                    if name.level == "district"
                    else EvidenceKind.subdistrict_name
                )
                detail = f"after {hit.marker} marker" if hit.marker else None
                evidence[district_code].append(Evidence(kind, hit.text, detail, w))

        postal_subs: set[str] = set()
        for m in _POSTAL.finditer(text):
            subs = self._postal.get(m.group(1), [])
            spanned = sorted({s.district_code for s in subs})
            for district_code in spanned:
                w = POSTAL / len(spanned)
                scores[district_code] += w
                evidence[district_code].append(
                    Evidence(
                        EvidenceKind.postal_code,
                        m.group(1),
                        f"postal code of {len(spanned)} district(s)",
                        w,
                    )
                )
            postal_subs.update(s.code for s in subs)

        if roads is not None:
            for key in road_names(raw_text):
                by_district = roads.counts.get(key)
                if not by_district:
                    continue
                seen = sum(by_district.values())
                numbered = key[-1].isdigit()
                certainty = min(1.0, seen / ROAD_FULL_AT)
                for district_code, n in by_district.items():
                    w = (SOI_NUMBERED if numbered else ROAD_LEARNT) * certainty * n / seen
                    scores[district_code] += w
                    evidence[district_code].append(
                        Evidence(
                            EvidenceKind.road,
                            key.split(":", 1)[1],
                            f"seen in {n} of {seen} located cases here",
                            round(w, 3),
                        )
                    )

        if within is not None:
            scores = defaultdict(float, {within: scores.get(within, 0.0)})
        total = sum(scores.values()) + UNKNOWN_MASS
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        out: list[PlaceCandidate] = []
        for district_code, score in ranked[:limit]:
            if score <= 0 and within is None:
                continue
            out.append(
                PlaceCandidate(
                    district_code=district_code,
                    subdistrict_code=self._subdistrict_in(district_code, sub_scores, postal_subs),
                    confidence=1.0 if within is not None else round(score / total, 3),
                    evidence=tuple(evidence.get(district_code, ())),
                )
            )
        return out

    def _subdistrict_in(
        self, district_code: str, sub_scores: dict[str, float], postal_subs: set[str]
    ) -> str | None:
        named = [
            (w, code)
            for code, w in sub_scores.items()
            if self.subdistricts[code].district_code == district_code
        ]
        if named:
            return max(named)[1]
        here = [c for c in postal_subs if self.subdistricts[c].district_code == district_code]
        return here[0] if len(here) == 1 else None
