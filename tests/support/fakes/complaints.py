"""In-memory fakes of the complaint use cases' ports (domain/complaint/ports.py) and one unit
of work holding them: the service tests run against these in milliseconds, and
tests/integration/test_complaint_ports_contract.py runs the same assertions against them and
the SQL adapters so they cannot drift."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType
from typing import Self

from domain.activity.model import Activity
from domain.complaint.feedback import AlreadyRated, Rating
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import (
    Complaint,
    EventKind,
    Redaction,
    TimelineEntry,
    Visibility,
)
from domain.complaint.ports import IdempotencyRecord
from domain.complaint.similarity import Candidate, case_text
from domain.directory.model import Agency, Category, Coordinator
from domain.directory.routing import RoutingRule
from domain.errors import ConcurrentUpdate
from domain.events.model import DomainEvent
from domain.privacy.model import PersonalDataAccess
from domain.shared.paging import Page, PageRequest, key_time, key_uuid
from domain.sla.model import SlaPolicy
from domain.sla.ports import ClosureDay
from domain.stats.model import StatsScope


@dataclass
class ComplaintState:
    """Everything the fakes store: what a committed database would hold."""

    complaints: dict[uuid.UUID, Complaint] = field(default_factory=dict)
    co_handlers: dict[uuid.UUID, set[uuid.UUID]] = field(default_factory=dict)
    events: list[TimelineEntry] = field(default_factory=list)
    serials: dict[int, int] = field(default_factory=dict)
    outbox: list[DomainEvent] = field(default_factory=list)
    secrets: dict[uuid.UUID, str] = field(default_factory=dict)
    ratings: dict[uuid.UUID, Rating] = field(default_factory=dict)
    idempotency: dict[tuple[str, str], IdempotencyRecord] = field(default_factory=dict)
    pd_access: list[PersonalDataAccess] = field(default_factory=list)


class InMemoryComplaintRepository:
    def __init__(self, state: ComplaintState) -> None:
        self.state = state

    async def next_serial(self, year_be: int) -> int:
        self.state.serials[year_be] = self.state.serials.get(year_be, 0) + 1
        return self.state.serials[year_be]

    async def add(self, complaint: Complaint) -> None:
        self.state.complaints[complaint.id] = complaint.saved()
        self.state.co_handlers.setdefault(complaint.id, set()).update(complaint.co_handler_ids)

    async def get(self, complaint_id: uuid.UUID) -> Complaint | None:
        c = self.state.complaints.get(complaint_id)
        if c is None:
            return None
        return replace(c, co_handler_ids=frozenset(self.state.co_handlers.get(c.id, set())))

    async def get_by_tracking_code(self, code: str) -> Complaint | None:
        for c in self.state.complaints.values():
            if c.tracking_code == code:
                return await self.get(c.id)
        return None

    async def update(self, complaint: Complaint, expected_version: int) -> Complaint:
        stored = self.state.complaints.get(complaint.id)
        if stored is None or stored.version != expected_version:
            raise ConcurrentUpdate("The case was changed by someone else; reload it.")
        saved = replace(complaint, version=expected_version + 1)
        # The row keeps the case; the co-handlers are their own rows (add_co_handler).
        self.state.complaints[complaint.id] = replace(saved.saved(), co_handler_ids=frozenset())
        return saved

    async def add_co_handler(
        self, complaint_id: uuid.UUID, agency_id: uuid.UUID, at: datetime
    ) -> None:
        self.state.co_handlers.setdefault(complaint_id, set()).add(agency_id)

    async def append_event(self, entry: TimelineEntry) -> None:
        self.state.events.append(entry)

    def _as_read(
        self, complaint_id: uuid.UUID, entries: list[TimelineEntry]
    ) -> list[TimelineEntry]:
        redactions: dict[str, Redaction] = {}
        for r in self.state.events:
            if r.complaint_id == complaint_id and r.kind is EventKind.redacted:
                redactions.setdefault(
                    str(r.data.get("entry_id")),
                    Redaction(r.id, r.at, r.actor_kind, r.actor_id, str(r.data.get("reason", ""))),
                )
        return [
            e.hidden_by(redactions[str(e.id)]) if str(e.id) in redactions else e for e in entries
        ]

    async def get_event(self, entry_id: uuid.UUID) -> TimelineEntry | None:
        for e in self.state.events:
            if e.id == entry_id:
                return self._as_read(e.complaint_id, [e])[0]
        return None

    async def timeline(
        self, complaint_id: uuid.UUID, page: PageRequest, visibility: frozenset[Visibility]
    ) -> Page[TimelineEntry]:
        rows = sorted(
            (
                e
                for e in self.state.events
                if e.complaint_id == complaint_id and e.visibility in visibility
            ),
            key=lambda e: (e.at, str(e.id)),
        )
        if page.after is not None:
            after = (key_time(page.after[0]), str(key_uuid(page.after[1])))
            rows = [e for e in rows if (e.at, str(e.id)) > after]
        items = rows[: page.limit]
        next_key = None
        if len(rows) > page.limit:
            next_key = (items[-1].at.isoformat(), str(items[-1].id))
        return Page(self._as_read(complaint_id, items), next_key)

    async def resolved_before(self, cutoff: datetime, limit: int) -> list[uuid.UUID]:
        resolved = [
            c
            for c in self.state.complaints.values()
            if c.status is ComplaintStatus.RESOLVED
            and c.lifecycle.resolved_at is not None
            and c.lifecycle.resolved_at < cutoff
        ]
        resolved.sort(key=lambda c: c.lifecycle.resolved_at or cutoff)
        return [c.id for c in resolved[:limit]]

    async def open_ids(self) -> list[uuid.UUID]:
        return [
            c.id
            for c in self.state.complaints.values()
            if c.status.is_open or c.status is ComplaintStatus.RESOLVED
        ]


class InMemoryOutbox:
    def __init__(self, state: ComplaintState) -> None:
        self.state = state

    async def add(self, events: Sequence[DomainEvent]) -> None:
        self.state.outbox.extend(events)


class InMemoryFeedback:
    def __init__(self, state: ComplaintState) -> None:
        self.state = state

    async def add_secret(self, complaint_id: uuid.UUID, secret_hash: str, at: datetime) -> None:
        self.state.secrets[complaint_id] = secret_hash

    async def secret_hash(self, complaint_id: uuid.UUID) -> str | None:
        return self.state.secrets.get(complaint_id)

    async def add_rating(self, rating: Rating) -> None:
        if rating.complaint_id in self.state.ratings:
            raise AlreadyRated("Each complaint can be rated once.")
        self.state.ratings[rating.complaint_id] = rating

    async def rating(self, complaint_id: uuid.UUID) -> Rating | None:
        return self.state.ratings.get(complaint_id)


class InMemoryIdempotency:
    def __init__(self, state: ComplaintState) -> None:
        self.state = state

    async def acquire(self, scope: str, key: str) -> bool:
        return True  # one writer at a time in memory

    async def get(self, scope: str, key: str, now: datetime) -> IdempotencyRecord | None:
        record = self.state.idempotency.get((scope, key))
        return record if record is not None and record.expires_at > now else None

    async def put(self, record: IdempotencyRecord) -> None:
        self.state.idempotency[(record.scope, record.key)] = record

    async def purge(self, now: datetime) -> int:
        old = [k for k, r in self.state.idempotency.items() if r.expires_at <= now]
        for k in old:
            del self.state.idempotency[k]
        return len(old)


class InMemoryAccessLog:
    def __init__(self, state: ComplaintState) -> None:
        self.state = state

    async def append_many(self, entries: Sequence[PersonalDataAccess]) -> None:
        self.state.pd_access.extend(entries)


@dataclass
class FakeDirectory:
    """The directory as the complaint use cases see it: districts, agencies, their staff."""

    districts: set[str] = field(default_factory=set)
    subdistricts: dict[str, str] = field(default_factory=dict)
    offices: dict[str, uuid.UUID] = field(default_factory=dict)
    active_agencies: set[uuid.UUID] = field(default_factory=set)
    staff: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # user -> agency
    names: dict[uuid.UUID, tuple[str, str, str]] = field(default_factory=dict)

    async def district_office(self, district_code: str | None) -> uuid.UUID | None:
        return self.offices.get(district_code) if district_code else None

    async def agency_is_active(self, agency_id: uuid.UUID) -> bool:
        return agency_id in self.active_agencies

    async def district_exists(self, code: str) -> bool:
        return code in self.districts

    async def subdistrict_district(self, code: str) -> str | None:
        return self.subdistricts.get(code)

    async def user_in_agency(self, user_id: uuid.UUID, agency_id: uuid.UUID) -> bool:
        return self.staff.get(user_id) == agency_id

    async def agency_names(self, agency_id: uuid.UUID) -> tuple[str, str, str] | None:
        return self.names.get(agency_id)


@dataclass
class FakeReference:
    """Categories, routing rules, agencies, coordinators, activities, SLA settings: read-only
    for the complaint use cases, so plain lists the test fills in."""

    categories: list[Category] = field(default_factory=list)
    rules: list[RoutingRule] = field(default_factory=list)
    agencies: dict[uuid.UUID, Agency] = field(default_factory=dict)
    coordinators: list[Coordinator] = field(default_factory=list)
    activities: dict[uuid.UUID, Activity] = field(default_factory=dict)
    sla_policies: dict[str, SlaPolicy] = field(default_factory=dict)
    closure_days: list[ClosureDay] = field(default_factory=list)


class _Categories:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def get(self, category_id: uuid.UUID) -> Category | None:
        return next((c for c in self.ref.categories if c.id == category_id), None)

    async def all(self) -> list[Category]:
        return list(self.ref.categories)


class _Rules:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def all_active(self) -> list[RoutingRule]:
        return [r for r in self.ref.rules if r.is_active]


class _Agencies:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def get(self, agency_id: uuid.UUID) -> Agency | None:
        return self.ref.agencies.get(agency_id)

    async def district_offices(self) -> Mapping[str, Agency]:
        return {
            a.district_code: a
            for a in self.ref.agencies.values()
            if a.district_code and a.is_active and a.kind.value == "district_office"
        }


class _Coordinators:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def list_for_agency(self, agency_id: uuid.UUID) -> list[Coordinator]:
        return [c for c in self.ref.coordinators if c.agency_id == agency_id]


class _Activities:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def get(self, activity_id: uuid.UUID) -> Activity | None:
        return self.ref.activities.get(activity_id)


class _SlaPolicies:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def get(self, sla_class: str) -> SlaPolicy | None:
        return self.ref.sla_policies.get(sla_class)

    async def all(self) -> list[SlaPolicy]:
        return [self.ref.sla_policies[k] for k in sorted(self.ref.sla_policies)]


class _ClosureDays:
    def __init__(self, ref: FakeReference) -> None:
        self.ref = ref

    async def all(self) -> list[ClosureDay]:
        return list(self.ref.closure_days)


class _DuplicateScan:
    def __init__(self, state: ComplaintState) -> None:
        self.state = state

    async def candidates(
        self, scope: StatsScope, c: Complaint, since: datetime, limit: int
    ) -> list[Candidate]:
        same = [
            o
            for o in self.state.complaints.values()
            if o.id != c.id and o.category_id == c.category_id and o.created_at >= since
        ]
        same.sort(key=lambda o: o.created_at, reverse=True)
        # The text as the SQL adapter stores it for search.
        return [Candidate.of(o, case_text(o)) for o in same[:limit]]


class FakeComplaintUnit:
    """A unit of work over the fakes: what is not committed is rolled back on exit (the
    state is restored from a copy taken on entry)."""

    def __init__(
        self,
        state: ComplaintState | None = None,
        directory: FakeDirectory | None = None,
        reference: FakeReference | None = None,
    ) -> None:
        self.state = state if state is not None else ComplaintState()
        self.case_directory = directory if directory is not None else FakeDirectory()
        self.reference = reference if reference is not None else FakeReference()
        self.complaints = InMemoryComplaintRepository(self.state)
        self.outbox = InMemoryOutbox(self.state)
        self.feedback = InMemoryFeedback(self.state)
        self.idempotency = InMemoryIdempotency(self.state)
        self.pd_access = InMemoryAccessLog(self.state)
        self.complaint_queries = _DuplicateScan(self.state)
        self.categories = _Categories(self.reference)
        self.routing_rules = _Rules(self.reference)
        self.agencies = _Agencies(self.reference)
        self.coordinators = _Coordinators(self.reference)
        self.activities = _Activities(self.reference)
        self.sla_policies = _SlaPolicies(self.reference)
        self.closure_days = _ClosureDays(self.reference)
        self.commits = 0
        self._snapshot: ComplaintState | None = None

    async def __aenter__(self) -> Self:
        self._snapshot = copy.deepcopy(self.state)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.rollback()

    async def commit(self) -> None:
        self.commits += 1
        self._snapshot = copy.deepcopy(self.state)

    async def rollback(self) -> None:
        if self._snapshot is not None:
            for name in vars(self.state):
                setattr(self.state, name, getattr(self._snapshot, name))
            self._snapshot = copy.deepcopy(self.state)
