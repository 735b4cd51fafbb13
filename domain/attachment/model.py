"""An attachment's metadata; its bytes live in file storage under `storage_key`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from domain.complaint.model import Visibility
from domain.errors import InvalidValue, PayloadTooLarge

ALLOWED_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
}
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})


class ImageTooLarge(PayloadTooLarge):
    """More pixels than the configured cap, judged from the header before any decoding."""

    code = "attachment.image_too_large"
    title = "The image has too many pixels"
    title_th = "รูปภาพมีจำนวนพิกเซลเกินกำหนด"


class ImageUnreadable(InvalidValue):
    """Bytes that look like an image but do not decode: truncated, corrupt or forged."""

    code = "attachment.image_unreadable"
    title = "The image cannot be read"
    title_th = "ไม่สามารถอ่านไฟล์รูปภาพได้"


@dataclass(frozen=True)
class Attachment:
    id: uuid.UUID
    complaint_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str
    visibility: Visibility
    uploaded_by_kind: str
    uploaded_by_id: uuid.UUID | None
    created_at: datetime
    storage_key: str


def safe_filename(name: str | None, content_type: str) -> str:
    """A display name without paths or control characters, with the right extension."""
    base = (name or "attachment").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '"<>:|?*')[:120]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return (stem.strip() or "attachment") + ALLOWED_TYPES[content_type]
