"""PuremagicSniffer (pure Python, no libmagic) and PillowSanitizer (drops EXIF and GPS)."""

from __future__ import annotations

import asyncio
import io
import struct
import warnings
import zlib

import puremagic
from PIL import Image, ImageOps, UnidentifiedImageError

from domain.attachment.model import ImageTooLarge, ImageUnreadable

_BY_EXTENSION = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}
_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
# What Pillow raises on truncated, corrupt or forged image data.
_DECODE_ERRORS = (
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    zlib.error,
    IndexError,
    KeyError,
    TypeError,
)

DEFAULT_MAX_PIXELS = 40_000_000

# Pillow warns when a header declares more than its own default limit (~89 MP) and only fails
# past twice that; PillowSanitizer refuses anything over `max_pixels` from the header itself,
# so the warning would only repeat, on stderr, a refusal that the client already receives.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


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
    """Re-encodes images from their pixels: EXIF, GPS, XMP and comments do not survive.

    A decompression bomb (a small file declaring huge dimensions) is refused from its header,
    before a single pixel is decoded: `Image.open` reads only the header, `load()` decodes.
    Decoding costs a few bytes per pixel several times over (the image, its oriented copy,
    the clean copy), so `max_pixels` bounds the memory one upload can take.
    """

    def __init__(self, max_pixels: int = DEFAULT_MAX_PIXELS) -> None:
        self.max_pixels = max_pixels

    def _refuse_too_many_pixels(self, width: int, height: int) -> None:
        if width * height > self.max_pixels:
            raise ImageTooLarge(
                f"The image is {width}×{height} pixels; at most {self.max_pixels} pixels "
                "are accepted.",
                detail_th=f"รูปภาพมีขนาด {width}×{height} พิกเซล รับได้ไม่เกิน {self.max_pixels:,} พิกเซล",
                extra={"width": width, "height": height, "max_pixels": self.max_pixels},
            )

    def _clean(self, data: bytes, content_type: str) -> bytes:
        fmt = _FORMAT[content_type]
        try:
            img = Image.open(io.BytesIO(data), formats=[fmt])
        except Image.DecompressionBombError as exc:
            # Beyond Pillow's own hard limit: the header said so; report our cap.
            raise ImageTooLarge(
                f"The image has more than {self.max_pixels} pixels.",
                extra={"max_pixels": self.max_pixels},
            ) from exc
        except _DECODE_ERRORS as exc:
            raise _unreadable(content_type) from exc
        with img:
            self._refuse_too_many_pixels(*img.size)
            try:
                img.load()
                # Apply the EXIF orientation before the EXIF block is dropped.
                oriented = ImageOps.exif_transpose(img) or img
                if fmt == "JPEG" and oriented.mode not in ("RGB", "L"):
                    oriented = oriented.convert("RGB")
                clean = Image.new(oriented.mode, oriented.size)
                clean.paste(oriented)
                out = io.BytesIO()
                options = {"quality": 90} if fmt in ("JPEG", "WEBP") else {}
                clean.save(out, format=fmt, **options)
            except _DECODE_ERRORS as exc:
                raise _unreadable(content_type) from exc
            return out.getvalue()

    async def sanitize(self, data: bytes, content_type: str) -> bytes:
        return await asyncio.to_thread(self._clean, data, content_type)


def _unreadable(content_type: str) -> ImageUnreadable:
    return ImageUnreadable(
        f"The file looks like {content_type} but does not decode (truncated or corrupt).",
        detail_th="ไฟล์รูปภาพเสียหายหรือไม่ครบถ้วน กรุณาส่งไฟล์ใหม่",
        extra={"content_type": content_type},
    )
