"""SqlOpen311Queries: cases as GeoReport service requests (public columns only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attachment.model import IMAGE_TYPES
from domain.complaint.lifecycle import OPEN_STATUSES, ComplaintStatus
from domain.complaint.model import Visibility
from domain.open311.model import RequestFilter, RequestRow
from infra.db.tables import (
    AgencyRow,
    AttachmentRow,
    CategoryRow,
    ComplaintRow,
    DistrictRow,
    table_of,
)

COMPLAINTS = table_of(ComplaintRow)
CO: Any = COMPLAINTS.c
CATEGORIES = table_of(CategoryRow)
CA: Any = CATEGORIES.c
AGENCIES = table_of(AgencyRow)
AG: Any = AGENCIES.c
DISTRICTS = table_of(DistrictRow)
DI: Any = DISTRICTS.c
ATTACHMENTS = table_of(AttachmentRow)
AT: Any = ATTACHMENTS.c


class SqlOpen311Queries:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def requests(self, where: RequestFilter, limit: int) -> list[RequestRow]:
        # Only public columns are selected: no complainant, no description, no place finer
        # than the district; of the files, only the first photo public tracking shows.
        photo = (
            select(AT.id)
            .where(
                AT.complaint_id == CO.id,
                AT.visibility == Visibility.public,
                AT.content_type.in_(sorted(IMAGE_TYPES)),
            )
            .order_by(AT.created_at, AT.id)
            .limit(1)
            .correlate(COMPLAINTS)
            .scalar_subquery()
        )
        stmt = (
            select(
                CO.id,
                CO.case_number,
                CO.status,
                CA.service_code,
                CA.name_th.label("service_th"),
                CA.name_en.label("service_en"),
                AG.name_th.label("agency_th"),
                AG.name_en.label("agency_en"),
                DI.name_th.label("district_th"),
                DI.name_en.label("district_en"),
                CO.created_at,
                CO.updated_at,
                CO.resolution_due_at,
                photo.label("photo_id"),
            )
            .select_from(COMPLAINTS)
            .outerjoin(CATEGORIES, CA.id == CO.category_id)
            .outerjoin(AGENCIES, AG.id == CO.lead_agency_id)
            .outerjoin(DISTRICTS, DI.code == CO.district_code)
            .where(CO.status != ComplaintStatus.MERGED)
        )
        if where.case_numbers:
            stmt = stmt.where(CO.case_number.in_(where.case_numbers))
        else:
            if where.service_codes:
                stmt = stmt.where(CA.service_code.in_(where.service_codes))
            if where.start is not None:
                stmt = stmt.where(CO.created_at >= where.start)
            if where.end is not None:
                stmt = stmt.where(CO.created_at <= where.end)
            if where.open is True:
                stmt = stmt.where(CO.status.in_(sorted(OPEN_STATUSES)))
            elif where.open is False:
                stmt = stmt.where(CO.status.not_in(sorted(OPEN_STATUSES)))
        stmt = stmt.order_by(CO.created_at.desc(), CO.id.desc()).limit(limit)
        return [
            RequestRow(
                complaint_id=r.id,
                case_number=r.case_number,
                status=ComplaintStatus(r.status),
                service_code=r.service_code,
                service_name_th=r.service_th,
                service_name_en=r.service_en,
                agency_th=r.agency_th,
                agency_en=r.agency_en,
                district_th=r.district_th,
                district_en=r.district_en,
                created_at=r.created_at,
                updated_at=r.updated_at,
                expected_at=r.resolution_due_at,
                photo_id=r.photo_id,
            )
            for r in await self._s.execute(stmt)
        ]

    async def services_changed_at(self) -> datetime | None:
        changed: datetime | None = await self._s.scalar(select(func.max(CA.updated_at)))
        return changed
