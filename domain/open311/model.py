"""GeoReport v2 values: services, service requests (public facts only) and their filter."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from domain.complaint.lifecycle import OPEN_STATUSES, STATUS_LABELS, ComplaintStatus

# GeoReport v2: at most 1000 requests per answer, by default the last 90 days.
MAX_REQUESTS = 1000
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class Service:
    service_code: str
    service_name: str
    description: str
    group: str | None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestRow:
    """A case as the GeoReport list reads it from the database: no personal data, no text
    the complainant wrote (only what public tracking shows)."""

    complaint_id: uuid.UUID
    case_number: str
    status: ComplaintStatus
    service_code: str | None
    service_name_th: str | None
    service_name_en: str | None
    agency_th: str | None
    agency_en: str | None
    district_th: str | None
    district_en: str | None
    created_at: datetime
    updated_at: datetime
    expected_at: datetime | None
    # The first photo public tracking shows (a public image attachment), if any.
    photo_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ServiceAttribute:
    """One question of a service definition, as GeoReport v2 names its parts. `datatype` is
    one of string, number, datetime, text, singlevaluelist, multivaluelist; `values` are the
    (key, name) choices of the list types."""

    variable: bool
    code: str
    datatype: str
    required: bool
    datatype_description: str | None
    order: int
    description: str
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ServiceDefinition:
    """The extra questions of a service. Categories ask none: the list is empty, and the
    service's `metadata` is false."""

    service_code: str
    attributes: tuple[ServiceAttribute, ...] = ()


@dataclass(frozen=True)
class ServiceRequest:
    service_request_id: str
    status: str  # "open" | "closed"
    status_notes: str
    service_code: str | None
    service_name: str | None
    agency_responsible: str | None
    requested_datetime: datetime
    updated_datetime: datetime
    expected_datetime: datetime | None
    address: str | None
    photo_id: uuid.UUID | None = None

    @classmethod
    def of(cls, row: RequestRow, language: str) -> ServiceRequest:
        label = STATUS_LABELS[row.status]
        en = language == "en"
        district = row.district_en if en else row.district_th
        return cls(
            service_request_id=row.case_number,
            status="open" if row.status in OPEN_STATUSES else "closed",
            status_notes=label.en if en else label.th,
            service_code=row.service_code,
            service_name=row.service_name_en if en else row.service_name_th,
            agency_responsible=row.agency_en if en else row.agency_th,
            requested_datetime=row.created_at,
            updated_datetime=row.updated_at,
            expected_datetime=row.expected_at if row.status in OPEN_STATUSES else None,
            address=(f"{district} district, Bangkok" if en else f"เขต{district} กรุงเทพมหานคร")
            if district
            else None,
            photo_id=row.photo_id,
        )


@dataclass(frozen=True)
class RequestFilter:
    """The standard filters of GET requests: ids win over every other filter."""

    case_numbers: tuple[str, ...] = ()
    service_codes: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    open: bool | None = None  # status=open / closed


@dataclass(frozen=True)
class NewServiceRequest:
    """POST requests: what an Open311 app sends (form fields of the specification)."""

    service_code: str
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
    description: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class ServiceRequestReceipt:
    service_request_id: str
    service_notice: str
