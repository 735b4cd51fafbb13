"""Small HTTP helpers shared by routes."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import quote

from starlette.responses import Response


def cached_responses(max_age: int) -> dict[int | str, dict[str, Any]]:
    """The document's side of `cached()`: the 200 carries ETag and Cache-Control, and a
    matching If-None-Match is a 304 (answered by api.preconditions.NotModifiedMiddleware)."""
    return {
        200: {
            "headers": {
                "ETag": {
                    "description": "Validator for If-None-Match",
                    "schema": {"type": "string"},
                },
                "Cache-Control": {
                    "description": f"public, max-age={max_age}",
                    "schema": {"type": "string"},
                },
            }
        },
        304: {"description": "Not modified"},
    }


def cached(
    body: bytes, media_type: str, max_age: int, etag: str | None = None, **extra: str
) -> Response:
    """A public, cacheable answer with a strong ETag (the body's digest unless given)."""
    etag = etag or f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"Cache-Control": f"public, max-age={max_age}", "ETag": etag, **extra}
    return Response(body, media_type=media_type, headers=headers)


def content_disposition(kind: str, filename: str) -> str:
    """RFC 6266 with an ASCII fallback and the UTF-8 name (Thai file names survive)."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
