"""Language negotiation: Thai or English by Accept-Language (English by default)."""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "th"]


def negotiate(accept_language: str | None) -> Lang:
    """Pick th or en by the highest-weighted language range that names one of them."""
    if not accept_language:
        return "en"
    best: tuple[float, Lang] | None = None
    for part in accept_language.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("th", "en") and (best is None or q > best[0]):
            best = (q, "th" if primary == "th" else "en")
    return best[1] if best and best[0] > 0 else "en"
