"""Ports for attachments: metadata, bytes, sniffing and sanitising."""

from __future__ import annotations

import uuid
from typing import Protocol

from domain.attachment.model import Attachment
from domain.complaint.model import Visibility


class AttachmentRepository(Protocol):
    async def add(self, attachment: Attachment) -> None: ...

    async def get(self, attachment_id: uuid.UUID) -> Attachment | None: ...

    async def list_for(
        self, complaint_id: uuid.UUID, visibility: frozenset[Visibility]
    ) -> list[Attachment]: ...


class FileStorage(Protocol):
    async def save(self, key: str, data: bytes) -> None: ...

    async def load(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...


class ContentSniffer(Protocol):
    def sniff(self, data: bytes) -> str | None:
        """The content type the bytes really have (not what the client claims)."""
        ...


class ImageSanitizer(Protocol):
    async def sanitize(self, data: bytes, content_type: str) -> bytes:
        """Re-encode an image so that EXIF, GPS and other metadata are gone."""
        ...
