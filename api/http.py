"""Small HTTP helpers shared by routes."""

from __future__ import annotations

from urllib.parse import quote


def content_disposition(kind: str, filename: str) -> str:
    """RFC 6266 with an ASCII fallback and the UTF-8 name (Thai file names survive)."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
