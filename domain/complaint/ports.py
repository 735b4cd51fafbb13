"""Ports the complaint use cases need."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from domain.complaint.feedback import Rating
from domain.complaint.model import Complaint, TimelineEntry, Visibility
from domain.complaint.model import RouteProposal as RouteProposal
from domain.complaint.similarity import Candidate
from domain.directory.ports import CategoryLookup as CategoryLookup
from domain.directory.ports import RoutingReads as RoutingReads
from domain.shared.paging import Page, PageRequest
from domain.shared.transaction import Transaction

if TYPE_CHECKING:
    from domain.activity.model import Activity
    from domain.events.model import DomainEvent
    from domain.privacy.model import PersonalDataAccess
    from domain.sla.model import SlaPolicy
    from domain.sla.ports import ClosureDay
    from domain.stats.model import StatsScope


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


# --- the narrow ports of each use case ------------------------------------------------------
# Each complaint use case names the few repositories it needs; the SQL unit of work (and the
# `UnitOfWork` port) has them all and satisfies every one of these structurally, and an
# in-memory fake of one is a dozen lines (tests/support/fakes). Read-only properties, so a
# unit of work holding a wider repository still fits.


class EventSink(Protocol):
    async def add(self, events: Sequence[DomainEvent]) -> None:
        """Write the events in the current transaction: they exist iff it commits."""
        ...


class AccessLogWriter(Protocol):
    async def append_many(self, entries: Sequence[PersonalDataAccess]) -> None: ...


class SlaPolicyLookup(Protocol):
    async def get(self, sla_class: str) -> SlaPolicy | None: ...

    async def all(self) -> list[SlaPolicy]: ...


class ClosureDayList(Protocol):
    async def all(self) -> list[ClosureDay]: ...


class ActivityLookup(Protocol):
    async def get(self, activity_id: uuid.UUID) -> Activity | None: ...


class DuplicateScan(Protocol):
    async def candidates(
        self, scope: StatsScope, c: Complaint, since: datetime, limit: int
    ) -> list[Candidate]: ...


class CaseWrites(Protocol):
    """Load a case, save it, write its timeline entries and the events they raise."""

    @property
    def complaints(self) -> ComplaintRepository: ...

    @property
    def outbox(self) -> EventSink: ...


class Retries(Protocol):
    """Retry keys (Idempotency-Key): an identical retry replays the first result."""

    @property
    def idempotency(self) -> IdempotencyStore: ...


class SlaSettings(Protocol):
    """The SLA policy of a class and the admin's closure days: what due times are made of."""

    @property
    def sla_policies(self) -> SlaPolicyLookup: ...

    @property
    def closure_days(self) -> ClosureDayList: ...


class CaseViews(SlaSettings, Protocol):
    """What showing a case to a principal reads (its SLA state, its rating) and writes (the
    personal-data access log)."""

    @property
    def feedback(self) -> FeedbackRepository: ...

    @property
    def pd_access(self) -> AccessLogWriter: ...


class CaseDirectory(Protocol):
    @property
    def case_directory(self) -> Directory: ...


class RedactionPorts(CaseWrites, Protocol):
    """redact_entry."""


class RatingPorts(CaseWrites, Protocol):
    """rate_for_complainant."""

    @property
    def feedback(self) -> FeedbackRepository: ...


class TimelinePorts(CaseWrites, Retries, SlaSettings, Protocol):
    """add_entry (a first public response reschedules the case)."""


class ReadPorts(CaseWrites, CaseViews, Protocol):
    """get, timeline."""


class CoHandlerPorts(CaseWrites, Retries, CaseDirectory, CaseViews, Protocol):
    """invite_co_handler."""


class EditPorts(CaseWrites, CaseDirectory, CaseViews, Protocol):
    """update (a category change reads the category)."""

    @property
    def categories(self) -> CategoryLookup: ...


class TransitionPorts(CaseWrites, Retries, CaseDirectory, RoutingReads, CaseViews, Protocol):
    """transition, close_expired, reopen_for_complainant, reschedule_open."""


class IntakePorts(TransitionPorts, Protocol):
    """create, create_public, file_public_in: intake may route and assign the new case."""

    @property
    def activities(self) -> ActivityLookup: ...

    @property
    def complaint_queries(self) -> DuplicateScan: ...


class ComplaintPorts(IntakePorts, RatingPorts, EditPorts, Transaction, Protocol):
    """Every port the complaint use cases need together: what ComplaintService opens (the
    SQL unit of work, or tests/support/fakes.FakeComplaintUnit)."""
