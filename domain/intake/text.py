"""Text handling shared by training and suggestion: normalising, redacting personal data,
character n-grams and the road/soi names in an address."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from domain.search.normalize import normalize_for_search

# Contact details people type into complaints: never part of what a model learns.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:\+?66[\s-]?|0)(?:\d[\s-]?){8,9}(?!\d)")
_THAI_ID = re.compile(r"(?<!\d)\d(?:[\s-]?\d){12}(?!\d)")
_LINE_ID = re.compile(r"(?:line\s*id|ไลน์|ไอดีไลน์)\s*[:：]?\s*@?[\w.-]+", re.IGNORECASE)


def redact(text: str) -> str:
    """The text with e-mail addresses, phone numbers, national ids and LINE ids replaced by
    placeholders: what training and the road index may keep of a complaint."""
    text = _EMAIL.sub(" <email> ", text)
    text = _LINE_ID.sub(" <line> ", text)
    text = _THAI_ID.sub(" <id> ", text)
    return _PHONE.sub(" <phone> ", text)


def prepare(text: str) -> str:
    """The one form of text every model sees: redacted, then normalised like search."""
    return normalize_for_search(redact(text))


NGRAM_MIN = 2
NGRAM_MAX = 4


def char_ngrams(text: str) -> Iterator[tuple[str, int]]:
    """Character n-grams (2-4) of prepared text with their start: Thai is written without
    spaces between words, so n-grams stand in for a word segmenter (and need no dictionary)."""
    padded = f" {text} "
    n = len(padded)
    for size in range(NGRAM_MIN, NGRAM_MAX + 1):
        for i in range(n - size + 1):
            gram = padded[i : i + size]
            if gram.count(" ") > 1:
                continue
            yield gram, i - 1


def analyzer(text: str) -> list[str]:
    """The n-grams of raw text, for the vectoriser (training) and the scorer (suggesting)."""
    return [g for g, _ in char_ngrams(prepare(text))]


# --- compact form: spaces, dots and hyphens dropped, positions kept ---------------------------

_DROPPED = frozenset(" .-'’,()/\t\n:;\"")


@dataclass(frozen=True)
class Compact:
    """`text` without separators, and for each kept character its index in `original`."""

    original: str
    text: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> Compact:
        keep = [(c, i) for i, c in enumerate(original) if c not in _DROPPED]
        return cls(original, "".join(c for c, _ in keep), tuple(i for _, i in keep))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of compact characters [start, end)."""
        return self.index[start], self.index[end - 1] + 1


def compact(text: str) -> str:
    return "".join(c for c in normalize_for_search(text) if c not in _DROPPED)


# --- roads and sois --------------------------------------------------------------------------

_THAI_ROAD = re.compile(r"(ถนน|ถ\.|ซอย|ซ\.)\s*([\u0e00-\u0e7f]+)(?:\s*(?:ซอย|ซ\.)?\s*(\d{1,3}))?")
_EN_SOI = re.compile(r"\bsoi\.?\s+([a-z]+(?:\s+[a-z]+)?)\s*(\d{1,3})?\b")
_EN_ROAD = re.compile(r"\b([a-z]+(?:\s[a-z]+)?)\s+(?:road|rd)\b\.?")
# Words that end a Thai road name typed without a space before them.
_STOPS = (
    "แขวง",
    "เขต",
    "ซอย",
    "ถนน",
    "ตำบล",
    "อำเภอ",
    "กรุงเทพ",
    "กทม",
    "ใกล้",
    "หน้า",
    "ข้าง",
    "ตรง",
    "แถว",
    "บริเวณ",
    "ปาก",
    "ตั้งแต่",
    "มี",
    "ไม่",
    "ขอ",
    "ช่วย",
    "ทำให้",
    "ซึ่ง",
    "และ",
    "จน",
)
_EN_STOP = frozenset({"the", "on", "at", "in", "near", "of", "and", "a", "from", "to", "by"})


def _cut(name: str) -> str:
    best = len(name)
    for stop in _STOPS:
        at = name.find(stop, 1)
        if 0 < at < best:
            best = at
    return name[:best]


def road_names(text: str) -> list[str]:
    """Road and soi keys in `text` (`ถนน:สีลม`, `ซอย:ลาดพร้าว 71`, `road:silom`): the words a
    gazetteer lacks, learnt per district from located cases."""
    t = normalize_for_search(text)
    out: list[str] = []
    for m in _THAI_ROAD.finditer(t):
        kind = "ซอย" if m.group(1).startswith("ซ") else "ถนน"
        name = _cut(m.group(2))
        if len(name) < 2:
            continue
        out.append(f"{kind}:{name}")
        if m.group(3):
            out.append(f"{kind}:{name} {int(m.group(3))}")
    for m in _EN_SOI.finditer(t):
        words = [w for w in m.group(1).split() if w not in _EN_STOP]
        if words:
            out.append(f"soi:{' '.join(words)}")
            if m.group(2):
                out.append(f"soi:{' '.join(words)} {int(m.group(2))}")
    for m in _EN_ROAD.finditer(t):
        words = [w for w in m.group(1).split() if w not in _EN_STOP]
        if words:
            out.append(f"road:{' '.join(words)}")
    return list(dict.fromkeys(out))
