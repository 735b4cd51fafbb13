"""Attachment use cases: upload (sniffed, size-capped, images sanitised), list, download."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from domain.attachment.model import ALLOWED_TYPES, IMAGE_TYPES, Attachment, safe_filename
from domain.attachment.ports import ContentSniffer, FileStorage, ImageSanitizer
from domain.complaint.model import Complaint, Visibility
from domain.complaint.service import ComplaintNotFound
from domain.complaint.view import complaint_resource
from domain.errors import Conflict, Forbidden, NotFound, PayloadTooLarge, UnsupportedMediaType
from domain.policy import Action, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class AttachmentNotFound(NotFound):
    code = "attachment.not_found"
    title = "Attachment not found"
    title_th = "ไม่พบไฟล์แนบ"


class AttachmentLimitReached(Conflict):
    code = "attachment.limit_reached"
    title = "Too many attachments"
    title_th = "ไฟล์แนบของเรื่องนี้ครบจำนวนแล้ว"


@dataclass(frozen=True)
class Upload:
    filename: str | None
    data: bytes
    visibility: Visibility = Visibility.internal


@dataclass(frozen=True)
class Uploader:
    kind: str
    id: uuid.UUID | None


class AttachmentService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        storage: FileStorage,
        sniffer: ContentSniffer,
        sanitizer: ImageSanitizer,
        max_bytes: int,
        max_files: int = 20,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._storage = storage
        self._sniffer = sniffer
        self._sanitizer = sanitizer
        self._max = max_bytes
        # Bounds a case's storage and its list of files (which is therefore not paged).
        self._max_files = max_files

    async def _check_room(self, uow: UnitOfWork, complaint_id: uuid.UUID) -> None:
        # At most max_files rows: the cap bounds this read too. Two uploads racing for the
        # last place may both get it; the cap is a bound, not an exact count.
        held = await uow.attachments.list_for(complaint_id, frozenset(Visibility))
        if len(held) >= self._max_files:
            raise AttachmentLimitReached(
                f"A case holds at most {self._max_files} files.",
                detail_th=f"แต่ละเรื่องแนบไฟล์ได้ไม่เกิน {self._max_files} ไฟล์",
                extra={"max_files": self._max_files},
            )

    async def _prepare(
        self, complaint: Complaint, upload: Upload, uploader: Uploader, *, images_only: bool
    ) -> Attachment:
        if len(upload.data) > self._max:
            raise PayloadTooLarge(
                f"Attachments are limited to {self._max} bytes.", extra={"max_bytes": self._max}
            )
        content_type = self._sniffer.sniff(upload.data)
        allowed = IMAGE_TYPES if images_only else frozenset(ALLOWED_TYPES)
        if content_type not in allowed:
            raise UnsupportedMediaType(
                "Only " + ", ".join(sorted(allowed)) + " are accepted (checked from the bytes).",
                detail_th="รองรับเฉพาะไฟล์รูปภาพ" + ("" if images_only else " และ PDF"),
                extra={"accepted": sorted(allowed)},
            )
        data = upload.data
        if content_type in IMAGE_TYPES:
            data = await self._sanitizer.sanitize(data, content_type)
        attachment_id = uuid.uuid4()
        attachment = Attachment(
            id=attachment_id,
            complaint_id=complaint.id,
            filename=safe_filename(upload.filename, content_type),
            content_type=content_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            visibility=upload.visibility,
            uploaded_by_kind=uploader.kind,
            uploaded_by_id=uploader.id,
            created_at=self._clock.now(),
            storage_key=attachment_id.hex,
        )
        await self._storage.save(attachment.storage_key, data)
        return attachment

    async def _visible_complaint(
        self, uow: UnitOfWork, actor: Principal, complaint_id: uuid.UUID
    ) -> Complaint:
        c = await uow.complaints.get(complaint_id)
        if c is None or not may(actor, Action.read, complaint_resource(c)):
            raise ComplaintNotFound(f"No complaint {complaint_id} is visible to you.")
        return c

    async def upload(self, actor: Principal, complaint_id: uuid.UUID, upload: Upload) -> Attachment:
        async with self._uow() as uow:
            c = await self._visible_complaint(uow, actor, complaint_id)
            if not may(actor, Action.comment, complaint_resource(c)):
                raise Forbidden("You may not add files to this case.", code="attachment.forbidden")
            await self._check_room(uow, c.id)
            uploader = Uploader(actor.kind.value, actor.id)
            attachment = await self._prepare(c, upload, uploader, images_only=False)
            await uow.attachments.add(attachment)
            await uow.commit()
        return attachment

    async def upload_public(self, complaint: Complaint, upload: Upload) -> Attachment:
        """A citizen's photo for their own case (found by tracking code): public, images only."""
        async with self._uow() as uow:
            attachment = await self._add_citizens(
                uow, complaint, upload, Visibility.public, images_only=True
            )
            await uow.commit()
        return attachment

    async def add_from_complainant_in(
        self, uow: UnitOfWork, complaint: Complaint, upload: Upload
    ) -> Attachment:
        """A file the complainant sent through a channel (an e-mail's attachment), written in
        the caller's unit of work: sniffed and capped like any upload, images re-encoded
        without EXIF, kept internal (a scanned ID card must not go public)."""
        return await self._add_citizens(
            uow, complaint, upload, Visibility.internal, images_only=False
        )

    async def _add_citizens(
        self,
        uow: UnitOfWork,
        complaint: Complaint,
        upload: Upload,
        visibility: Visibility,
        *,
        images_only: bool,
    ) -> Attachment:
        """A file from the complainant (no staff uploader), checked and added to the case."""
        await self._check_room(uow, complaint.id)
        attachment = await self._prepare(
            complaint,
            Upload(upload.filename, upload.data, visibility),
            Uploader("public", None),
            images_only=images_only,
        )
        await uow.attachments.add(attachment)
        return attachment

    async def list(self, actor: Principal, complaint_id: uuid.UUID) -> list[Attachment]:
        async with self._uow() as uow:
            await self._visible_complaint(uow, actor, complaint_id)
            return await uow.attachments.list_for(complaint_id, frozenset(Visibility))

    async def download(
        self, actor: Principal, complaint_id: uuid.UUID, attachment_id: uuid.UUID
    ) -> tuple[Attachment, bytes]:
        async with self._uow() as uow:
            await self._visible_complaint(uow, actor, complaint_id)
            attachment = await uow.attachments.get(attachment_id)
        if attachment is None or attachment.complaint_id != complaint_id:
            raise AttachmentNotFound()
        return attachment, await self._storage.load(attachment.storage_key)

    async def download_public(
        self, complaint_id: uuid.UUID, attachment_id: uuid.UUID
    ) -> tuple[Attachment, bytes]:
        async with self._uow() as uow:
            attachment = await uow.attachments.get(attachment_id)
        if (
            attachment is None
            or attachment.complaint_id != complaint_id
            or attachment.visibility is not Visibility.public
        ):
            raise AttachmentNotFound()
        return attachment, await self._storage.load(attachment.storage_key)

    async def download_public_photo(self, attachment_id: uuid.UUID) -> tuple[Attachment, bytes]:
        """A photo public tracking shows (a public image), by its id alone: the `media_url`
        of Open311, which must not carry the case's tracking code."""
        async with self._uow() as uow:
            attachment = await uow.attachments.get(attachment_id)
        if (
            attachment is None
            or attachment.visibility is not Visibility.public
            or attachment.content_type not in IMAGE_TYPES
        ):
            raise AttachmentNotFound()
        return attachment, await self._storage.load(attachment.storage_key)
