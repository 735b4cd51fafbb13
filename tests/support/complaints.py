"""Complaint fixtures: cases created through the real service."""

from __future__ import annotations

import uuid
from pathlib import Path

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel, Complainant
from domain.complaint.service import ComplaintService, NewComplaint, Transition
from domain.privacy.masking import ContactDetails
from domain.shared.clock import SystemClock
from domain.shared.principal import Principal, PrincipalKind
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from infra.geo.shapely_locator import ShapelyDistrictLocator, default_boundaries_path
from tests.support.identity import Staff

_LOCATOR: ShapelyDistrictLocator | None = None


def locator() -> ShapelyDistrictLocator:
    global _LOCATOR
    if _LOCATOR is None:
        _LOCATOR = ShapelyDistrictLocator.from_geojson(default_boundaries_path())
    return _LOCATOR


def service(database: Database) -> ComplaintService:
    return ComplaintService(lambda: SqlUnitOfWork(database.sessions), SystemClock(), locator())


def principal(s: Staff) -> Principal:
    return Principal(id=s.id, kind=PrincipalKind.user, role=s.role, agency_id=s.agency_id)


async def din_daeng_case(database: Database, omb: Staff, *, assign_to: Staff) -> tuple[str, int]:
    """A zebra-crossing case in Din Daeng, assigned to the agency of `assign_to`."""
    svc = service(database)
    actor = principal(omb)
    view = await svc.create(
        actor,
        NewComplaint(
            title="ทางม้าลายหน้าโรงเรียนสีซีดจาง",
            description="ขอให้ทาสีทางม้าลายหน้าโรงเรียนใหม่ รถไม่หยุดให้เด็กข้าม",
            channel=Channel.hotline_1676,
            district_code="1026",
            complainant=Complainant(
                ContactDetails("สมชาย ใจดี", "0812345678", "somchai@example.com", None)
            ),
        ),
    )
    c = view.complaint
    view = await svc.transition(actor, c.id, Transition(ComplaintAction.TRIAGE), c.version)
    view = await svc.transition(
        actor,
        c.id,
        Transition(ComplaintAction.ASSIGN, agency_id=assign_to.agency_id, reason="matrix fixture"),
        view.complaint.version,
    )
    return str(c.id), view.complaint.version


def tiny_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


async def attach_photo(database: Database, omb: Staff, complaint_id: str, root: Path) -> uuid.UUID:
    from domain.attachment.service import AttachmentService, Upload
    from infra.media.adapters import PillowSanitizer, PuremagicSniffer
    from infra.storage.local import LocalFileStorage

    svc = AttachmentService(
        lambda: SqlUnitOfWork(database.sessions),
        SystemClock(),
        LocalFileStorage(root),
        PuremagicSniffer(),
        PillowSanitizer(),
        10_000_000,
    )
    a = await svc.upload(principal(omb), uuid.UUID(complaint_id), Upload("p.png", tiny_png()))
    return a.id
