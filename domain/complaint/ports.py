"""Ports the complaint use cases need."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.complaint.feedback import Rating
from domain.complaint.model import Complaint, TimelineEntry, Visibility
from domain.shared.paging import Page, PageRequest


class ComplaintRepository(Protocol):
    async def next_serial(self, year_be: int) -> int:
        """Allocate the next case-number serial of the year: unique per year under concurrent
        intake, without making other intakes wait for this unit of work to commit. Serials
        may have gaps (an intake that rolls back does not give its serial back)."""
        ...

    async def add(self, complaint: Complaint) -> None: ...

    async def get(self, complaint_id: uuid.UUID) -> Complaint | None: ...

    async def get_by_tracking_code(self, code: str) -> Complaint | None: ...

    async def update(self, complaint: Complaint, expected_version: int) -> Complaint:
        """Write the case if its stored version is `expected_version` (else ConcurrentUpdate);
        returns it with the next version."""
        ...

    async def add_co_handler(
        self, complaint_id: uuid.UUID, agency_id: uuid.UUID, at: datetime
    ) -> None: ...

    async def append_event(self, entry: TimelineEntry) -> None: ...

    async def get_event(self, entry_id: uuid.UUID) -> TimelineEntry | None: ...

    async def timeline(
        self, complaint_id: uuid.UUID, page: PageRequest, visibility: frozenset[Visibility]
    ) -> Page[TimelineEntry]: ...

    async def resolved_before(self, cutoff: datetime, limit: int) -> list[uuid.UUID]: ...

    async def open_ids(self) -> list[uuid.UUID]: ...


class FeedbackRepository(Protocol):
    """The complainant's secret (hashed) and satisfaction rating of each case."""

    async def add_secret(self, complaint_id: uuid.UUID, secret_hash: str, at: datetime) -> None: ...

    async def secret_hash(self, complaint_id: uuid.UUID) -> str | None: ...

    async def add_rating(self, rating: Rating) -> None:
        """Record the rating; a second one for the case is AlreadyRated."""
        ...

    async def rating(self, complaint_id: uuid.UUID) -> Rating | None: ...


@dataclass(frozen=True)
class IdempotencyRecord:
    scope: str
    key: str
    request_hash: str
    resource_id: uuid.UUID
    created_at: datetime
    expires_at: datetime


class IdempotencyStore(Protocol):
    async def acquire(self, scope: str, key: str) -> bool:
        """Take the key for this transaction; False when another request holds it now."""
        ...

    async def get(self, scope: str, key: str, now: datetime) -> IdempotencyRecord | None: ...

    async def put(self, record: IdempotencyRecord) -> None: ...

    async def purge(self, now: datetime) -> int: ...


@dataclass(frozen=True)
class RouteProposal:
    agency_id: uuid.UUID
    coordinator_id: uuid.UUID | None
    rule_id: uuid.UUID | None
    warning: str | None


@dataclass(frozen=True)
class CategoryInfo:
    id: uuid.UUID
    mou_area_id: int
    sla_class: str
    is_active: bool


class Directory(Protocol):
    """Small lookups the complaint use cases need beyond the directory's repositories."""

    async def district_office(self, district_code: str | None) -> uuid.UUID | None:
        """The active district office of a district."""
        ...

    async def agency_is_active(self, agency_id: uuid.UUID) -> bool: ...

    async def district_exists(self, code: str) -> bool: ...

    async def subdistrict_district(self, code: str) -> str | None:
        """The district of a sub-district, or None for an unknown code."""
        ...

    async def user_in_agency(self, user_id: uuid.UUID, agency_id: uuid.UUID) -> bool: ...

    async def agency_names(self, agency_id: uuid.UUID) -> tuple[str, str, str] | None:
        """(code, Thai name, English name) of an agency."""
        ...
