"""PuremagicSniffer (pure Python, no libmagic) and PillowSanitizer (drops EXIF and GPS)."""

from __future__ import annotations

import asyncio
import io

import puremagic
from PIL import Image, ImageOps

_BY_EXTENSION = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}
_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}


class PuremagicSniffer:
    def sniff(self, data: bytes) -> str | None:
        if not data:
            return None
        try:
            matches = puremagic.magic_string(data[:8192])
        except puremagic.PureError:
            return None
        for match in matches:
            mime = match.mime_type or _BY_EXTENSION.get(match.extension.lower(), "")
            if mime == "image/jpg":
                mime = "image/jpeg"
            if mime:
                return str(mime)
        return None


class PillowSanitizer:
    """Re-encodes images from their pixels: EXIF, GPS, XMP and comments do not survive."""

    max_pixels = 60_000_000

    def _clean(self, data: bytes, content_type: str) -> bytes:
        Image.MAX_IMAGE_PIXELS = self.max_pixels
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            # Apply the EXIF orientation before the EXIF block is dropped.
            oriented = ImageOps.exif_transpose(img) or img
            fmt = _FORMAT[content_type]
            if fmt == "JPEG" and oriented.mode not in ("RGB", "L"):
                oriented = oriented.convert("RGB")
            clean = Image.new(oriented.mode, oriented.size)
            clean.paste(oriented)
            out = io.BytesIO()
            clean.save(out, format=fmt, **({"quality": 90} if fmt in ("JPEG", "WEBP") else {}))
            return out.getvalue()

    async def sanitize(self, data: bytes, content_type: str) -> bytes:
        return await asyncio.to_thread(self._clean, data, content_type)
