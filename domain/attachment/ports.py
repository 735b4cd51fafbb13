"""Ports for attachments: metadata, bytes, sniffing and sanitising."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
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


async def delete_files(storage: FileStorage | None, keys: Iterable[str]) -> None:
    """Delete stored files, after the commit that stopped pointing at them (a rolled-back
    erasure or purge must not have lost them); one already gone is not an error."""
    if storage is None:
        return
    for key in keys:
        try:
            await storage.delete(key)
        except FileNotFoundError:
            continue


class ContentSniffer(Protocol):
    def sniff(self, data: bytes) -> str | None:
        """The content type the bytes really have (not what the client claims)."""
        ...


class ImageSanitizer(Protocol):
    async def sanitize(self, data: bytes, content_type: str) -> bytes:
        """Re-encode an image so that EXIF, GPS and other metadata are gone."""
        ...
