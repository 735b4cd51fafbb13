"""Text normalisation for search, so Thai typed in different but identical-looking ways matches."""

from __future__ import annotations

import unicodedata

SARA_AA = "\u0e32"
SARA_AM = "\u0e33"
NIKHAHIT = "\u0e4d"
TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b")

# Thai marks that sit above or below a consonant. Several of them have combining class 0, so
# Unicode normalisation alone never reorders them: we have to.
THAI_MARKS = frozenset(
    "\u0e31"  # mai han-akat
    "\u0e34\u0e35\u0e36\u0e37"  # sara i, ii, ue, uee
    "\u0e38\u0e39\u0e3a"  # sara u, uu, phinthu
    "\u0e47"  # maitaikhu
    "\u0e48\u0e49\u0e4a\u0e4b"  # tone marks
    "\u0e4c\u0e4d\u0e4e"  # thanthakhat, nikhahit, yamakkan
)

# Thai digits are written and searched as ASCII digits (๗๑ is 71).
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# U+2060 WORD JOINER is the modern spelling of U+FEFF as a joiner, so it goes too.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _is_mark(char: str) -> bool:
    return char in THAI_MARKS or unicodedata.combining(char) != 0


def _mark_key(char: str) -> tuple[int, int]:
    # Ordering by combining class puts every Thai vowel sign before the tone marks (class 107
    # is the highest Thai class) and keeps the result in Unicode canonical order, so a later
    # NFC pass cannot undo it. Only Thai marks are tie-broken by code point: reordering other
    # scripts' equal-class marks would change their meaning.
    return (unicodedata.combining(char), ord(char) if char in THAI_MARKS else 0)


def _fold_thai(text: str) -> str:
    """Put each run of combining marks in one order and spell SARA AM one way."""
    # NIKHAHIT + SARA AA is how SARA AM decomposes; work on that spelling, recompose at the end.
    chars = text.replace(SARA_AM, NIKHAHIT + SARA_AA)
    out: list[str] = []
    i, n = 0, len(chars)
    while i < n:
        if not _is_mark(chars[i]):
            out.append(chars[i])
            i += 1
            continue
        j = i
        while j < n and _is_mark(chars[j]):
            j += 1
        run = list(chars[i:j])
        i = j
        if NIKHAHIT in run and i < n and chars[i] == SARA_AA:
            run.remove(NIKHAHIT)
            i += 1
            # A tone mark typed after SARA AM belongs on the consonant before it.
            while i < n and chars[i] in TONE_MARKS:
                run.append(chars[i])
                i += 1
            tail = SARA_AM
        else:
            tail = ""
        if any(c in THAI_MARKS for c in run):
            run.sort(key=_mark_key)
        out.extend(run)
        out.append(tail)
    return "".join(out)


def _ends_word(char: str) -> bool:
    # A mark ends a word too: a Thai word may end in a vowel sign or tone mark (ที่1).
    return unicodedata.category(char)[0] in "LM"


def _starts_word(char: str) -> bool:
    # Not a mark: one typed after a digit stays on it rather than starting a "word".
    return unicodedata.category(char)[0] == "L"


def _split_letters_from_digits(text: str) -> str:
    """A space wherever a letter meets a digit, so `ลาดพร้าว71`, `ลาดพร้าว 71` and `soi5`,
    `soi 5` are each one spelling (people write house numbers, soi and bus lines either way)."""
    out: list[str] = []
    prev = ""
    for char in text:
        if prev and (
            (char.isdecimal() and _ends_word(prev)) or (prev.isdecimal() and _starts_word(char))
        ):
            out.append(" ")
        out.append(char)
        prev = char
    return "".join(out)


def normalize_for_search(text: str) -> str:
    """Fold `text` to the form stored and queried by search; pure and idempotent.

    Strips zero-width characters, applies canonical caseless matching (NFD, casefold, NFC),
    puts Thai vowel signs and tone marks in one order, spells SARA AM as U+0E33, writes Thai
    digits as ASCII ones, separates letters from digits next to them by a space, and collapses
    whitespace to single spaces with none at either end.
    """
    text = text.translate(ZERO_WIDTH)
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).casefold())
    text = _fold_thai(text).translate(THAI_DIGITS)
    return " ".join(_split_letters_from_digits(text).split())
