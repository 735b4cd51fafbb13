"""Complaint use cases: intake, reads, edits, lifecycle transitions, timeline, co-handling."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from domain.complaint.events import record as record_events
from domain.complaint.feedback import (
    AlreadyRated,
    NotYetResolved,
    Rating,
    can_rate,
    hash_secret,
    new_complainant_secret,
)
from domain.complaint.lifecycle import (
    ComplaintAction,
    ComplaintStatus,
    LifecycleCommand,
    LifecycleState,
    apply_action,
    needs_omb_attention,
)
from domain.complaint.model import (
    Channel,
    Complainant,
    Complaint,
    Consent,
    CoordinationChannel,
    EventKind,
    Location,
    TimelineEntry,
    Visibility,
    buddhist_year,
    format_case_number,
    new_tracking_code,
    require_text,
)
from domain.complaint.ports import CategoryInfo, IdempotencyRecord, RouteProposal
from domain.complaint.similarity import SIMILAR_WINDOW, Similar, rank_similar
from domain.complaint.sla import DEFAULT_SLA_CLASS, SlaEngine
from domain.complaint.view import (
    ComplaintView,
    access_entry,
    complaint_resource,
    view_of,
)
from domain.directory.routing import choose_coordinator
from domain.directory.service import RoutingService
from domain.errors import (
    Conflict,
    DomainError,
    FieldError,
    Forbidden,
    InvalidValue,
    NotFound,
    StaleVersion,
)
from domain.geo.model import GeoPoint
from domain.geo.ports import DistrictLocator
from domain.intake.model import EvidenceKind as PlaceEvidence
from domain.intake.model import SuggestionShown
from domain.intake.place import PlaceMatcher
from domain.policy import Action, Resource, ResourceKind, complaint_action_needs, may
from domain.privacy.disclosure import PiiAccess
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import SYSTEM, Principal, PrincipalKind, Role
from domain.sla.model import Urgency
from domain.stats.model import StatsScope
from domain.uow import UnitOfWork

IDEMPOTENCY_TTL = timedelta(hours=24)
# Scores at or above this flag a new case as a possible duplicate at intake.
DUPLICATE_SCORE = 0.45


class ComplaintNotFound(NotFound):
    code = "complaint.not_found"
    title = "Complaint not found"
    title_th = "ไม่พบเรื่องร้องเรียน"


class TimelineEntryNotFound(NotFound):
    code = "complaint.timeline_entry_not_found"
    title = "Timeline entry not found"
    title_th = "ไม่พบรายการในลำดับเหตุการณ์ของเรื่องนี้"


class EntryNotRedactable(Conflict):
    code = "complaint.entry_not_redactable"
    title = "This timeline entry cannot be redacted"
    title_th = "ปกปิดรายการนี้ไม่ได้"


class IdempotencyKeyReused(InvalidValue):
    """A retry key that came first with another request (the API says which header)."""

    code = "idempotency.key_reused"
    title = "Retry key reused for a different request"
    title_th = "ใช้คีย์สำหรับส่งซ้ำกับคำขอที่ต่างกัน"


class IdempotencyInProgress(Conflict):
    code = "idempotency.in_progress"
    title = "The first request with this retry key is still running"
    title_th = "คำขอแรกที่ใช้คีย์สำหรับส่งซ้ำนี้ยังดำเนินการอยู่"


class DistrictMismatch(InvalidValue):
    code = "complaint.district_mismatch"
    title = "The district contradicts the location"
    title_th = "เขตไม่ตรงกับตำแหน่งที่ระบุ"


@dataclass(frozen=True)
class ComplaintConfig:
    reopen_window: timedelta = timedelta(days=14)
    transfer_flag_threshold: int = 3


@dataclass(frozen=True)
class NewComplaint:
    title: str
    description: str
    channel: Channel
    channel_ref: str | None = None
    category_id: uuid.UUID | None = None
    district_code: str | None = None
    location: Location = field(default_factory=Location)
    complainant: Complainant = field(default_factory=Complainant)
    fast_track: bool = False
    urgency: Urgency = Urgency.NORMAL
    mou_area_id: int | None = None
    consent: Consent | None = None
    activity_id: uuid.UUID | None = None
    subdistrict_code: str | None = None
    # The top suggestions of smart intake the person saw, to record accepted or overridden.
    suggestion: SuggestionShown | None = None


@dataclass(frozen=True)
class Transition:
    action: ComplaintAction
    reason: str | None = None
    referred_to: str | None = None
    target_case_id: uuid.UUID | None = None
    agency_id: uuid.UUID | None = None
    coordinator_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    resolution: str | None = None


@dataclass(frozen=True)
class NewEntry:
    """A timeline entry written by staff: note, coordination message, field visit, response."""

    kind: EventKind
    text: str | None = None
    visibility: Visibility = Visibility.internal
    channel: CoordinationChannel | None = None
    counterpart: str | None = None
    planned_date: date | None = None
    done_date: date | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class AddedEntry:
    """A timeline entry just written, or the one an idempotent replay answers with."""

    entry: TimelineEntry
    replayed: bool = False


@dataclass(frozen=True)
class Author:
    """Who wrote an event or filed a case: a principal, or the anonymous public."""

    kind: str
    id: uuid.UUID | None
    request_id: str | None

    @classmethod
    def of(cls, actor: Principal) -> Author:
        return cls(
            actor.kind.value,
            None if actor.kind is PrincipalKind.system else actor.id,
            actor.request_id,
        )

    @classmethod
    def public(cls, request_id: str | None) -> Author:
        return cls("public", None, request_id)


@dataclass(frozen=True)
class Idempotency:
    """A retry key and what identifies the request it first came with (opaque here: the
    caller fingerprints its own requests). A retry with both the same replays the result."""

    key: str
    request_hash: str


ENTRY_KINDS = frozenset(
    {EventKind.note, EventKind.coordination_message, EventKind.field_visit, EventKind.response}
)
EDITABLE = frozenset({"title", "description", "category_id", "location", "urgency", "fast_track"})
_ASSIGNING = frozenset({ComplaintAction.ASSIGN, ComplaintAction.TRANSFER})
# Actions that answer the complainant and so count as the first response for the SLA.
_RESPONDING = frozenset(
    {ComplaintAction.REQUEST_INFO, ComplaintAction.RESOLVE, ComplaintAction.REJECT}
)


async def log_personal_data_access(
    uow: UnitOfWork, actor: Principal, c: Complaint, at: datetime, purpose: str
) -> None:
    """Record that `actor` was shown the complainant's unmasked data (if there is any)."""
    entry = access_entry(actor, c, at, purpose)
    if entry is not None:
        await uow.pd_access.append_many([entry])


POSSIBLE_DUPLICATES = "possible_duplicates"


async def duplicate_hints_for(
    uow: UnitOfWork, reader: Principal, entry: TimelineEntry
) -> TimelineEntry | None:
    """A timeline entry as `reader` may see it: a possible-duplicates flag names only the
    cases `reader` may read (OMB officers: all of them, so cross-agency matches are theirs
    alone); a flag left with none is not shown at all. Whether a case exists elsewhere is
    itself another agency's business."""
    if entry.kind is not EventKind.flagged or entry.data.get("reason") != POSSIBLE_DUPLICATES:
        return entry
    if entry.redaction is not None:
        return entry  # shown as redacted: it names no case any more
    kept = []
    for candidate in entry.data.get("candidates", []):
        try:
            other = await uow.complaints.get(uuid.UUID(str(candidate["id"])))
        except (KeyError, ValueError):
            continue
        if other is not None and may(reader, Action.read, complaint_resource(other)):
            kept.append(candidate)
    if not kept:
        return None
    return replace(entry, data={**entry.data, "candidates": kept})


def sla_class_of(category: CategoryInfo | None) -> str:
    """The SLA class of a case filed in (or moved to) `category`: the one rule, used at
    intake and on every category change."""
    return category.sla_class if category is not None else DEFAULT_SLA_CLASS


def _invalid(loc: str, msg: str, code: str) -> InvalidValue:
    return InvalidValue(msg, code=code, errors=[FieldError((loc,), msg, code)])


class ComplaintService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        locator: DistrictLocator,
        config: ComplaintConfig | None = None,
        sla: SlaEngine | None = None,
        places: PlaceMatcher | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._locator = locator
        self._config = config or ComplaintConfig()
        self._sla = sla
        # Smart intake's gazetteer: fills in a sub-district the text names (see _intake).
        self._places = places

    @staticmethod
    async def _category(uow: UnitOfWork, category_id: uuid.UUID) -> CategoryInfo:
        """The category a case is filed in or moved to: it must exist and be active."""
        category = await uow.categories.get(category_id)
        if category is None or not category.is_active:
            raise _invalid("category_id", "unknown or inactive category", "category.not_found")
        return CategoryInfo(
            category.id, category.mou_area_id, category.sla_class, category.is_active
        )

    @staticmethod
    async def _coordinator_for(uow: UnitOfWork, agency_id: uuid.UUID) -> uuid.UUID | None:
        coordinator, _ = choose_coordinator(await uow.coordinators.list_for_agency(agency_id))
        return coordinator.id if coordinator else None

    async def _propose(
        self, uow: UnitOfWork, c: Complaint
    ) -> tuple[RouteProposal | None, str | None]:
        """The routing proposal at triage; routing trouble is a note, never a failed triage
        (an OMB officer then assigns by hand)."""
        if c.category_id is None:
            fallback = await uow.case_directory.district_office(c.district_code)
            if fallback is None:
                return None, "no category and no district: assign by hand"
            return RouteProposal(
                fallback,
                await self._coordinator_for(uow, fallback),
                None,
                "no category: the district office by default",
            ), None
        router = RoutingService(self._uow, lambda: self._locator)
        try:
            decision = await router.route(uow, c.category_id, c.district_code)
        except DomainError as exc:
            return None, exc.detail
        return RouteProposal(
            decision.agency_id,
            decision.coordinator.id if decision.coordinator else None,
            decision.rule.id,
            decision.warning,
        ), None

    async def _scheduled(self, uow: UnitOfWork, c: Complaint) -> Complaint:
        """The case with its SLA due times recomputed (stored, so queues can use them)."""
        if self._sla is None:
            return c
        s = await self._sla.schedule(uow, c)
        return c.with_changes(
            first_response_due_at=s.first_response_due_at,
            first_response_due_soon_at=s.first_response_due_soon_at,
            resolution_due_at=s.resolution_due_at,
            resolution_due_soon_at=s.resolution_due_soon_at,
        )

    # --- helpers -------------------------------------------------------------------------------

    async def _present(
        self, uow: UnitOfWork, actor: Principal, c: Complaint, *, replayed: bool = False
    ) -> ComplaintView:
        """The case as `actor` may see it; an unmasked view of personal data is logged in
        the same unit of work (the caller commits)."""
        now = self._clock.now()
        view = view_of(
            c,
            actor,
            now=now,
            reopen_window=self._config.reopen_window,
            sla=await self._sla.status(uow, c, now) if self._sla else None,
            rating=await uow.feedback.rating(c.id),
            replayed=replayed,
        )
        if view.pii is PiiAccess.full:
            await log_personal_data_access(uow, actor, c, self._clock.now(), "case_view")
        return view

    async def _load(self, uow: UnitOfWork, actor: Principal, complaint_id: uuid.UUID) -> Complaint:
        c = await uow.complaints.get(complaint_id)
        if c is None or not may(actor, Action.read, complaint_resource(c)):
            raise ComplaintNotFound(f"No complaint {complaint_id} is visible to you.")
        return c

    def _event(
        self,
        actor: Principal | Author,
        c: Complaint,
        kind: EventKind,
        visibility: Visibility,
        data: Mapping[str, Any],
    ) -> TimelineEntry:
        author = actor if isinstance(actor, Author) else Author.of(actor)
        return TimelineEntry(
            id=uuid.uuid4(),
            complaint_id=c.id,
            at=self._clock.now(),
            kind=kind,
            visibility=visibility,
            actor_kind=author.kind,
            actor_id=author.id,
            request_id=author.request_id,
            data=dict(data),
        )

    @staticmethod
    async def _record(uow: UnitOfWork, c: Complaint, *entries: TimelineEntry) -> None:
        """Timeline entries and the domain events they raise, in this transaction."""
        await record_events(uow, c, *entries)

    async def _replay(
        self, uow: UnitOfWork, actor: Principal, idem: Idempotency | None
    ) -> uuid.UUID | None:
        """Return the resource of an earlier identical request, or None to go ahead."""
        if idem is None:
            return None
        scope = f"{actor.kind.value}:{actor.id}"
        if not await uow.idempotency.acquire(scope, idem.key):
            raise IdempotencyInProgress()
        record = await uow.idempotency.get(scope, idem.key, self._clock.now())
        if record is None:
            return None
        if record.request_hash != idem.request_hash:
            raise IdempotencyKeyReused()
        return record.resource_id

    async def _remember(
        self, uow: UnitOfWork, actor: Principal, idem: Idempotency | None, resource_id: uuid.UUID
    ) -> None:
        if idem is None:
            return
        now = self._clock.now()
        await uow.idempotency.put(
            IdempotencyRecord(
                scope=f"{actor.kind.value}:{actor.id}",
                key=idem.key,
                request_hash=idem.request_hash,
                resource_id=resource_id,
                created_at=now,
                expires_at=now + IDEMPOTENCY_TTL,
            )
        )

    async def _resolve_place(
        self, uow: UnitOfWork, district_code: str | None, location: Location
    ) -> tuple[str | None, bool]:
        """(district, outside_bangkok). A given district must exist and agree with the point,
        unless the point is only approximate; a point alone resolves the district. A point
        outside Bangkok is kept and flagged, whatever district was given."""
        found: str | None = None
        outside = False
        if location.has_point:
            assert location.lat is not None and location.lon is not None
            found = self._locator.district_at(GeoPoint(location.lat, location.lon))
            outside = found is None
        if district_code is None:
            return found, outside
        if not await uow.case_directory.district_exists(district_code):
            raise _invalid(
                "district_code", f"unknown district {district_code!r}", "district.not_found"
            )
        if found is not None and found != district_code and not location.approximate:
            raise DistrictMismatch(
                f"district_code {district_code} contradicts the location, which lies in "
                f"district {found}; correct one of them, or mark the location approximate.",
                detail_th=(
                    f"รหัสเขต {district_code} ไม่ตรงกับตำแหน่งที่ระบุ ซึ่งอยู่ในเขต {found} "
                    "โปรดแก้ไขอย่างใดอย่างหนึ่ง หรือระบุว่าตำแหน่งเป็นค่าโดยประมาณ"
                ),
                errors=[
                    FieldError(
                        ("district_code",),
                        f"contradicts the location (district {found})",
                        "district_mismatch",
                    )
                ],
                extra={"district_code": district_code, "location_district_code": found},
            )
        return district_code, outside

    async def _resolve_subdistrict(
        self, uow: UnitOfWork, district: str | None, code: str | None, *, outside: bool
    ) -> tuple[str | None, str | None]:
        """(district, sub-district). A sub-district must exist and lie in the case's district
        (chosen or under the point: never overridden); alone, it gives the district."""
        if code is None:
            return district, None
        owner = await uow.case_directory.subdistrict_district(code)
        if owner is None:
            raise _invalid(
                "subdistrict_code", f"unknown sub-district {code!r}", "subdistrict.not_found"
            )
        if outside:
            raise _invalid(
                "subdistrict_code",
                "the location is outside Bangkok but a sub-district was given",
                "subdistrict.outside_point",
            )
        if district is not None and owner != district:
            raise _invalid(
                "subdistrict_code",
                f"sub-district {code} is not in district {district}",
                "subdistrict.district_mismatch",
            )
        return owner, code

    def _subdistrict_named(
        self, title: str, description: str, location: Location, district: str | None
    ) -> str | None:
        """The sub-district the complaint's own words name inside its (known) district: the
        district is never changed, and a sub-district only a postal code hints at is not
        taken."""
        if self._places is None or district is None:
            return None
        text = f"{title}\n{description}\n{location.address or ''}"
        found = self._places.match(text, within=district, limit=1)
        if not found or found[0].subdistrict_code is None:
            return None
        named = any(e.kind is PlaceEvidence.subdistrict_name for e in found[0].evidence)
        return found[0].subdistrict_code if named else None

    # --- intake ----------------------------------------------------------------------------

    async def _intake(
        self,
        uow: UnitOfWork,
        data: NewComplaint,
        author: Author,
        *,
        lead: uuid.UUID | None,
        now: datetime,
    ) -> Complaint:
        """Validate, place and number a new case and write it with its first event."""
        mou_area = data.mou_area_id
        category = None
        if data.category_id is not None:
            category = await self._category(uow, data.category_id)
            mou_area = mou_area or category.mou_area_id
        sla_class = sla_class_of(category)
        district, outside = await self._resolve_place(uow, data.district_code, data.location)
        district, subdistrict = await self._resolve_subdistrict(
            uow, district, data.subdistrict_code, outside=outside
        )
        if subdistrict is None:
            subdistrict = self._subdistrict_named(
                data.title, data.description, data.location, district
            )
        if data.activity_id is not None:
            # Taken at an outreach activity (a mobile unit): it must be a real one.
            activity = await uow.activities.get(data.activity_id)
            if activity is None or not activity.accepts_complaints:
                raise _invalid("activity_id", "unknown or cancelled activity", "activity.not_found")
        serial = await uow.complaints.next_serial(buddhist_year(now))
        c = Complaint(
            id=uuid.uuid4(),
            case_number=format_case_number(buddhist_year(now), serial),
            tracking_code=new_tracking_code(),
            channel=data.channel,
            channel_ref=data.channel_ref,
            title=data.title,
            description=data.description,
            category_id=data.category_id,
            district_code=district,
            location=data.location,
            complainant=data.complainant,
            fast_track=data.fast_track,
            urgency=data.urgency,
            mou_area_id=mou_area or 1,
            consent=data.consent,
            lifecycle=LifecycleState(case_id=""),
            lead_agency_id=lead,
            coordinator_id=None,
            assignee_id=None,
            proposed_agency_id=None,
            proposed_coordinator_id=None,
            co_handler_ids=frozenset(),
            # A case that cannot be placed is kept and flagged for OMB triage, never lost.
            needs_triage=outside or district is None,
            flagged_for_omb=outside,
            first_response_at=None,
            submitted_by_kind=author.kind,
            submitted_by_id=author.id,
            activity_id=data.activity_id,
            created_at=now,
            updated_at=now,
            subdistrict_code=subdistrict,
            intake_suggestion=data.suggestion.outcome(district, subdistrict, data.category_id)
            if data.suggestion
            else None,
        )
        c = await self._scheduled(
            uow, c.with_changes(lifecycle=LifecycleState(case_id=str(c.id)), sla_class=sla_class)
        )
        c, routed = await self._assign_at_intake(uow, c, author)
        # Read before this transaction writes anything: the scan holds no lock, and no other
        # writer waits for it (the serial above is not a lock either, see next_serial).
        likely = await self._possible_duplicates(uow, c)
        await uow.complaints.add(c)
        await self._record(
            uow,
            c,
            self._event(
                author,
                c,
                EventKind.created,
                Visibility.public,
                {
                    "channel": c.channel.value,
                    "case_number": c.case_number,
                    "outside_bangkok": outside,
                    **({"location_approximate": True} if data.location.approximate else {}),
                },
            ),
        )
        await self._record(uow, c, *routed)  # assigned at intake: complaint.assigned too
        await self._flag_possible_duplicates(uow, author, c, likely)
        return c

    @staticmethod
    async def _issue_secret(uow: UnitOfWork, c: Complaint, now: datetime) -> str:
        """The secret whoever filed the case needs (with the tracking code) to rate it and ask
        to reopen it; only its hash is kept."""
        secret = new_complainant_secret()
        await uow.feedback.add_secret(c.id, hash_secret(secret), now)
        return secret

    async def _assign_at_intake(
        self, uow: UnitOfWork, c: Complaint, author: Author
    ) -> tuple[Complaint, list[TimelineEntry]]:
        """A new case routed by a rule marked `assign_at_intake` goes straight to the agency and
        its available coordinator (triaged and assigned by the system, the rule named on the
        timeline); any other case, and one that is not placed or already led by the agency
        that filed it, waits for OMB triage."""
        if c.category_id is None or c.needs_triage or c.lead_agency_id is not None:
            return c, []
        router = RoutingService(self._uow, lambda: self._locator)
        try:
            decision = await router.route(uow, c.category_id, c.district_code)
        except DomainError:
            return c, []  # routing trouble: OMB triage sorts it out, as for any case
        if not decision.rule.assign_at_intake:
            return c, []
        system = replace(SYSTEM, request_id=author.request_id)
        now = c.created_at
        triaged, entries = await self._apply(
            uow, system, c, Transition(ComplaintAction.TRIAGE), now
        )
        assign = Transition(
            ComplaintAction.ASSIGN,
            agency_id=decision.agency_id,
            coordinator_id=decision.coordinator.id if decision.coordinator else None,
        )
        assigned, more = await self._apply(uow, system, triaged, assign, now)
        rule = {"assigned_at_intake": True, "rule_id": str(decision.rule.id)}
        named = [
            replace(e, data={**e.data, **rule}) if e.kind is EventKind.assigned else e for e in more
        ]
        return assigned, [*entries, *named]

    @staticmethod
    async def _possible_duplicates(uow: UnitOfWork, c: Complaint) -> list[Similar]:
        """Duplicate check at intake: the likely duplicates of a new case across every agency
        among the 200 latest similar ones. Only reads; intake runs it before its first write."""
        candidates = await uow.complaint_queries.candidates(
            StatsScope(all_cases=True), c, c.created_at - SIMILAR_WINDOW, 200
        )
        return [
            s
            for s in rank_similar(c, candidates, 3)
            if s.score >= DUPLICATE_SCORE and "similar_text" in s.reasons
        ]

    async def _flag_possible_duplicates(
        self, uow: UnitOfWork, author: Author, c: Complaint, likely: list[Similar]
    ) -> None:
        """Likely duplicates go on the new case's internal timeline (ids and scores only). Each
        reader of the timeline is shown only the matches they may read
        (`duplicate_hints_for`): another agency's cases reach OMB officers alone."""
        if likely:
            await uow.complaints.append_event(
                self._event(
                    author,
                    c,
                    EventKind.flagged,
                    Visibility.internal,
                    {
                        "reason": POSSIBLE_DUPLICATES,
                        "candidates": [
                            {
                                "id": str(s.complaint.id),
                                "case_number": s.complaint.case_number,
                                "score": s.score,
                                "reasons": list(s.reasons),
                            }
                            for s in likely
                        ],
                    },
                )
            )

    async def create(
        self, actor: Principal, data: NewComplaint, idem: Idempotency | None = None
    ) -> ComplaintView:
        if not may(actor, Action.create, Resource(ResourceKind.complaint)):
            raise Forbidden("You may not file complaints.", code="complaint.create_forbidden")
        require_text(data.title, "title", max_length=300)
        require_text(data.description, "description", max_length=20_000)
        now = self._clock.now()
        async with self._uow() as uow:
            replay_id = await self._replay(uow, actor, idem)
            if replay_id is not None:
                # The key proves this caller filed the case: answer as the first time (201),
                # even for a client that may file cases but not read them.
                existing = await uow.complaints.get(replay_id)
                if existing is None:
                    raise ComplaintNotFound(f"No complaint {replay_id}.")
                view = await self._present(uow, actor, existing, replayed=True)
                await uow.commit()
                return view
            lead = actor.agency_id if actor.role in (Role.coordinator, Role.agency_staff) else None
            c = await self._intake(uow, data, Author.of(actor), lead=lead, now=now)
            secret = await self._issue_secret(uow, c, now)
            await self._remember(uow, actor, idem, c.id)
            view = replace(await self._present(uow, actor, c), complainant_secret=secret)
            await uow.commit()
        return view

    async def create_public(
        self, data: NewComplaint, request_id: str | None
    ) -> tuple[Complaint, str]:
        """A citizen's complaint without an account (the portal: channel web), and the
        complainant's secret."""
        async with self._uow() as uow:
            c, secret = await self.file_public_in(uow, data, request_id)
            await uow.commit()
        return c, secret

    async def file_public_in(
        self, uow: UnitOfWork, data: NewComplaint, request_id: str | None
    ) -> tuple[Complaint, str]:
        """A citizen's complaint written in the caller's unit of work (not committed): a
        channel adapter such as the LINE conversation files the case in the same transaction
        that remembers the message which asked for it, so a redelivered message files nothing
        twice."""
        require_text(data.title, "title", max_length=300)
        require_text(data.description, "description", max_length=20_000)
        now = self._clock.now()
        c = await self._intake(uow, data, Author.public(request_id), lead=None, now=now)
        secret = await self._issue_secret(uow, c, now)
        return c, secret

    async def add_complainant_message_in(
        self,
        uow: UnitOfWork,
        c: Complaint,
        text: str,
        channel: CoordinationChannel,
        request_id: str | None,
    ) -> TimelineEntry:
        """A message from the complainant through a channel (a reply by e-mail), written in
        the caller's unit of work: an internal coordination message whose counterpart is the
        complainant (their words may name people, so staff decide what becomes public). A case
        waiting for the complainant's information goes back to work (`provide_info`)."""
        body = text.strip()
        if len(body) > 10_000:
            body = body[:9_999] + "…"
        author = Author("complainant", None, request_id)
        message = self._event(
            author,
            c,
            EventKind.coordination_message,
            Visibility.internal,
            {"channel": channel.value, "counterpart": "complainant", "text": body or "-"},
        )
        entries = [message]
        if c.status is ComplaintStatus.AWAITING_COMPLAINANT:
            provided, more = await self._apply(
                uow, author, c, Transition(ComplaintAction.PROVIDE_INFO), self._clock.now()
            )
            c = await uow.complaints.update(provided, c.version)
            entries += more
        await self._record(uow, c, *entries)
        return message

    # --- reads -----------------------------------------------------------------------------

    async def get(self, actor: Principal, complaint_id: uuid.UUID) -> ComplaintView:
        async with self._uow() as uow:
            view = await self._present(uow, actor, await self._load(uow, actor, complaint_id))
            await uow.commit()
        return view

    async def timeline(
        self, actor: Principal, complaint_id: uuid.UUID, page: PageRequest
    ) -> Page[TimelineEntry]:
        async with self._uow() as uow:
            await self._load(uow, actor, complaint_id)
            found = await uow.complaints.timeline(
                complaint_id, page, frozenset({Visibility.internal, Visibility.public})
            )
            entries = [await duplicate_hints_for(uow, actor, e) for e in found.items]
        return Page([e for e in entries if e is not None], found.next_key)

    # --- edits -----------------------------------------------------------------------------

    async def update(
        self,
        actor: Principal,
        complaint_id: uuid.UUID,
        changes: Mapping[str, Any],
        expected_version: int,
    ) -> ComplaintView:
        unknown = set(changes) - EDITABLE
        if unknown:
            raise InvalidValue(
                "These fields cannot be edited.",
                errors=[
                    FieldError((f,), "not editable", "extra_forbidden") for f in sorted(unknown)
                ],
            )
        async with self._uow() as uow:
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, Action.update, complaint_resource(c)):
                raise Forbidden(
                    "Only the lead agency and OMB officers edit this case.",
                    code="complaint.update_forbidden",
                )
            self._check_version(c, expected_version)
            updates: dict[str, Any] = {}
            if "title" in changes:
                updates["title"] = require_text(changes["title"], "title", max_length=300)
            if "description" in changes:
                updates["description"] = require_text(
                    changes["description"], "description", max_length=20_000
                )
            if "urgency" in changes:
                updates["urgency"] = Urgency(changes["urgency"])
            if "fast_track" in changes:
                updates["fast_track"] = bool(changes["fast_track"])
            if "category_id" in changes:
                category = await self._category(uow, changes["category_id"])
                updates["category_id"] = category.id
                updates["mou_area_id"] = category.mou_area_id
                updates["sla_class"] = sla_class_of(category)
            if "location" in changes:
                location: Location = changes["location"]
                # An approximate point does not move the case out of its district.
                kept = c.district_code if location.approximate else None
                district, outside = await self._resolve_place(uow, kept, location)
                # A sub-district belongs to its district: moved elsewhere, the case keeps only
                # one its own words name there.
                subdistrict = c.subdistrict_code if district == c.district_code else None
                updates.update(
                    location=location,
                    district_code=district,
                    subdistrict_code=subdistrict
                    or self._subdistrict_named(
                        updates.get("title", c.title),
                        updates.get("description", c.description),
                        location,
                        district,
                    ),
                    needs_triage=c.needs_triage or outside or district is None,
                )
            changed = sorted(k for k, v in updates.items() if getattr(c, k) != v)
            if not changed:
                view = await self._present(uow, actor, c)
                await uow.commit()
                return view
            edited = await self._scheduled(
                uow, c.with_changes(**updates, updated_at=self._clock.now())
            )
            saved = await uow.complaints.update(edited, expected_version)
            await uow.complaints.append_event(
                self._event(
                    actor, saved, EventKind.updated, Visibility.internal, {"fields": changed}
                )
            )
            view = await self._present(uow, actor, saved)
            await uow.commit()
        return view

    @staticmethod
    def _check_version(c: Complaint, expected_version: int) -> None:
        if c.version != expected_version:
            raise StaleVersion(
                expected_version,
                c.version,
                f"The case is at version {c.version}, not {expected_version}; reload it.",
            )

    async def transition(
        self,
        actor: Principal,
        complaint_id: uuid.UUID,
        t: Transition,
        expected_version: int,
        idem: Idempotency | None = None,
    ) -> ComplaintView:
        now = self._clock.now()
        async with self._uow() as uow:
            replay_id = await self._replay(uow, actor, idem)
            if replay_id is not None:
                replayed = await self._load(uow, actor, replay_id)
                view = await self._present(uow, actor, replayed, replayed=True)
                await uow.commit()
                return view
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, complaint_action_needs(t.action), complaint_resource(c)):
                raise Forbidden(
                    f"You may not {t.action.value} this case.",
                    code="complaint.transition_forbidden",
                )
            self._check_version(c, expected_version)
            saved, entries = await self._apply(uow, actor, c, t, now)
            saved = await uow.complaints.update(saved, expected_version)
            await self._record(uow, saved, *entries)
            await self._remember(uow, actor, idem, saved.id)
            view = await self._present(uow, actor, saved)
            await uow.commit()
        return view

    async def _apply(
        self,
        uow: UnitOfWork,
        actor: Principal | Author,
        c: Complaint,
        t: Transition,
        now: datetime,
    ) -> tuple[Complaint, list[TimelineEntry]]:
        updates: dict[str, Any] = {}
        data: dict[str, Any] = {}
        if t.action is ComplaintAction.REOPEN and t.reason and t.reason.strip():
            data["reason"] = t.reason.strip()
        survivor_entry: TimelineEntry | None = None
        agency_id = t.agency_id
        if t.action is ComplaintAction.TRIAGE:
            proposal, routing_note = await self._propose(uow, c)
            if routing_note:
                data["routing_warning"] = routing_note
            if proposal is not None:
                updates.update(
                    proposed_agency_id=proposal.agency_id,
                    proposed_coordinator_id=proposal.coordinator_id,
                )
                data["proposal"] = {
                    "agency_id": str(proposal.agency_id),
                    "coordinator_id": str(proposal.coordinator_id)
                    if proposal.coordinator_id
                    else None,
                    "rule_id": str(proposal.rule_id) if proposal.rule_id else None,
                    "warning": proposal.warning,
                }
        if t.action is ComplaintAction.ASSIGN:
            agency_id = agency_id or c.proposed_agency_id
            if agency_id is None:
                raise _invalid("agency_id", "no routing proposal: give the agency", "missing")
            if c.proposed_agency_id is not None and agency_id != c.proposed_agency_id:
                if not (t.reason and t.reason.strip()):
                    raise _invalid(
                        "reason", "overriding the proposed agency needs a reason", "missing"
                    )
                data["overrode_proposal"] = str(c.proposed_agency_id)
        if t.action in _ASSIGNING:
            assert agency_id is not None or t.action is ComplaintAction.TRANSFER
            if agency_id is not None:
                if not await uow.case_directory.agency_is_active(agency_id):
                    raise _invalid("agency_id", "unknown or deactivated agency", "agency.inactive")
                coordinator = t.coordinator_id
                if coordinator is None:
                    if t.action is ComplaintAction.ASSIGN and agency_id == c.proposed_agency_id:
                        coordinator = c.proposed_coordinator_id
                    else:
                        coordinator = await self._coordinator_for(uow, agency_id)
                updates.update(
                    lead_agency_id=agency_id, coordinator_id=coordinator, assignee_id=None
                )
                data.update(
                    agency_id=str(agency_id),
                    coordinator_id=str(coordinator) if coordinator else None,
                )
        if t.assignee_id is not None:
            lead = updates.get("lead_agency_id", c.lead_agency_id)
            if lead is None or not await uow.case_directory.user_in_agency(t.assignee_id, lead):
                raise _invalid(
                    "assignee_id",
                    "the assignee must be staff of the lead agency",
                    "assignee.not_in_agency",
                )
            updates["assignee_id"] = t.assignee_id
            data["assignee_id"] = str(t.assignee_id)
        if t.action is ComplaintAction.MERGE and t.target_case_id is not None:
            target = await uow.complaints.get(t.target_case_id)
            visible = isinstance(actor, Principal) and (
                target is not None and may(actor, Action.read, complaint_resource(target))
            )
            if target is None or not visible:
                raise _invalid("target_case_id", "no such case", "complaint.not_found")
            if not target.status.is_open and target.status is not ComplaintStatus.RESOLVED:
                raise _invalid(
                    "target_case_id",
                    "cannot merge into a closed case",
                    "complaint.merge_target_closed",
                )
            data["target_case_number"] = target.case_number
            survivor_entry = self._merged_in_entry(actor, target, c)

        command = LifecycleCommand(
            action=t.action,
            reason=t.reason,
            referred_to=t.referred_to,
            target_case_id=str(t.target_case_id) if t.target_case_id else None,
            agency_id=str(agency_id) if agency_id else None,
            resolution=t.resolution,
        )
        state, events = apply_action(c.lifecycle, command, now, self._config.reopen_window)
        updates["lifecycle"] = state
        pauses = list(c.sla_pauses)
        for ev in events:
            if ev.kind.value == "sla_paused":
                pauses.append((now, None))
            elif ev.kind.value == "sla_resumed" and pauses and pauses[-1][1] is None:
                pauses[-1] = (pauses[-1][0], now)
        updates["sla_pauses"] = tuple(pauses)
        updates["updated_at"] = now
        if t.action in _RESPONDING and c.first_response_at is None:
            updates["first_response_at"] = now
        if t.action is ComplaintAction.ASSIGN or t.action is ComplaintAction.TRANSFER:
            updates["needs_triage"] = False
        entries: list[TimelineEntry] = []
        for ev in events:
            entry_data = {
                "action": ev.action.value,
                "from": ev.from_status.value,
                "to": ev.to_status.value,
                **ev.data,
                **data,
            }
            kind = {
                ComplaintAction.ASSIGN: EventKind.assigned,
                ComplaintAction.TRANSFER: EventKind.transferred,
            }.get(ev.action, EventKind.state_changed)
            if ev.kind.value != "transitioned":
                entry_data["sla"] = ev.kind.value
            entries.append(self._event(actor, c, kind, Visibility.public, entry_data))
        if (
            t.action is ComplaintAction.TRANSFER
            and not c.flagged_for_omb
            and needs_omb_attention(state.transfer_count, self._config.transfer_flag_threshold)
        ):
            updates["flagged_for_omb"] = True
            entries.append(
                self._event(
                    actor,
                    c,
                    EventKind.flagged,
                    Visibility.internal,
                    {"reason": "transferred too often", "transfer_count": state.transfer_count},
                )
            )
        if survivor_entry is not None:
            entries.append(survivor_entry)
        return await self._scheduled(uow, c.with_changes(**updates)), entries

    # --- the complainant's say (authorised by the caller: tracking code + secret) -----------

    async def reopen_for_complainant(
        self, uow: UnitOfWork, c: Complaint, reason: str, request_id: str | None
    ) -> Complaint:
        """Reopen a resolved case at the complainant's request, within the reopen window; the
        state change (with the reason) goes on the timeline. The caller commits."""
        text = require_text(reason, "reason", max_length=2000)
        author = Author("complainant", None, request_id)
        saved, entries = await self._apply(
            uow, author, c, Transition(ComplaintAction.REOPEN, reason=text), self._clock.now()
        )
        saved = await uow.complaints.update(saved, c.version)
        for entry in entries:
            await uow.complaints.append_event(entry)
        return saved

    async def rate_for_complainant(
        self, uow: UnitOfWork, c: Complaint, score: int, comment: str | None, request_id: str | None
    ) -> Rating:
        """Record the complainant's rating of a resolved case (once) and note it on the
        timeline: the public sees that it was rated, staff see the score and comment. The
        caller commits."""
        if not can_rate(c.status, c.lifecycle.resolved_at):
            raise NotYetResolved(
                f"A complaint whose status is {c.status.value} cannot be rated yet.",
                detail_th="ประเมินความพึงพอใจได้เมื่อหน่วยงานดำเนินการแก้ไขแล้วเสร็จ",
                extra={"status": c.status.value},
            )
        if await uow.feedback.rating(c.id) is not None:
            raise AlreadyRated("Each complaint can be rated once.")
        cleaned = comment.strip() if comment and comment.strip() else None
        rating = Rating(c.id, score, cleaned, self._clock.now())
        await uow.feedback.add_rating(rating)
        await uow.complaints.append_event(
            self._event(
                Author("complainant", None, request_id),
                c,
                EventKind.rated,
                Visibility.public,
                {"score": score, "comment": cleaned},
            )
        )
        return rating

    def _merged_in_entry(
        self, actor: Principal | Author, survivor: Complaint, merged: Complaint
    ) -> TimelineEntry:
        """The trace a merge leaves on the surviving case (internal: it names the other case)."""
        return self._event(
            actor,
            survivor,
            EventKind.note,
            Visibility.internal,
            {
                "text": f"รวมเรื่อง {merged.case_number} เข้ากับเรื่องนี้ "
                f"(case {merged.case_number} merged into this one)",
                "merged_from": {"id": str(merged.id), "case_number": merged.case_number},
            },
        )

    # --- timeline and co-handling ----------------------------------------------------------

    async def add_entry(
        self,
        actor: Principal,
        complaint_id: uuid.UUID,
        entry: NewEntry,
        idem: Idempotency | None = None,
    ) -> AddedEntry:
        if entry.kind not in ENTRY_KINDS:
            raise _invalid("type", "not a kind of entry staff can write", "enum")
        async with self._uow() as uow:
            replay_id = await self._replay(uow, actor, idem)
            if replay_id is not None:
                # The key names the entry written the first time (the request hash covers the
                # path, so it is this case's); answered as it was then.
                existing = await uow.complaints.get_event(replay_id)
                if existing is not None and existing.complaint_id == complaint_id:
                    return AddedEntry(existing, replayed=True)
            _, event = await self.add_entry_in(uow, actor, complaint_id, entry)
            await self._remember(uow, actor, idem, event.id)
            await uow.commit()
        return AddedEntry(event)

    async def add_entry_in(
        self, uow: UnitOfWork, actor: Principal, complaint_id: uuid.UUID, entry: NewEntry
    ) -> tuple[Complaint, TimelineEntry]:
        """Write a timeline entry in the caller's unit of work (not committed): the LINE
        chat's acknowledgement is written in the transaction that remembers its event."""
        if entry.kind not in ENTRY_KINDS:
            raise _invalid("type", "not a kind of entry staff can write", "enum")
        now = self._clock.now()
        c = await self._load(uow, actor, complaint_id)
        if not may(actor, Action.comment, complaint_resource(c)):
            raise Forbidden(
                "You may not write to this case's timeline.", code="complaint.comment_forbidden"
            )
        data = self._entry_data(entry)
        event = self._event(actor, c, entry.kind, entry.visibility, data)
        await self._record(uow, c, event)
        if entry.kind is EventKind.response and c.first_response_at is None:
            answered = await self._scheduled(
                uow, c.with_changes(first_response_at=now, updated_at=now)
            )
            await uow.complaints.update(answered, c.version)
        return c, event

    async def redact_entry(
        self, actor: Principal, complaint_id: uuid.UUID, entry_id: uuid.UUID, reason: str
    ) -> TimelineEntry:
        """Hide a timeline entry's content (e.g. personal data typed into a note by mistake):
        a `redacted` entry naming it is appended, with who, when and why; every view then
        reads the entry without its content. The stored entry itself is never changed."""
        why = require_text(reason, "reason", max_length=2000).strip()
        async with self._uow() as uow:
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, Action.redact, complaint_resource(c)):
                raise Forbidden(
                    "Only OMB officers and administrators redact timeline entries.",
                    code="complaint.redact_forbidden",
                )
            entry = await uow.complaints.get_event(entry_id)
            if entry is None or entry.complaint_id != c.id:
                raise TimelineEntryNotFound(f"Complaint {c.id} has no timeline entry {entry_id}.")
            if not entry.redactable:
                why_not = (
                    "A redaction cannot itself be redacted."
                    if entry.kind is EventKind.redacted
                    else "The entry has already been redacted."
                )
                raise EntryNotRedactable(why_not, extra={"entry_id": str(entry_id)})
            event = self._event(
                actor,
                c,
                EventKind.redacted,
                Visibility.internal,
                {"entry_id": str(entry_id), "reason": why},
            )
            await self._record(uow, c, event)
            await uow.commit()
        return event

    @staticmethod
    def _entry_data(entry: NewEntry) -> dict[str, Any]:
        if entry.kind is EventKind.field_visit:
            if entry.planned_date is None and entry.done_date is None:
                raise _invalid(
                    "planned_date", "a field visit needs a planned or done date", "missing"
                )
            return {
                "planned_date": entry.planned_date.isoformat() if entry.planned_date else None,
                "done_date": entry.done_date.isoformat() if entry.done_date else None,
                "outcome": entry.outcome,
                "text": entry.text,
            }
        text = require_text(entry.text, "text", max_length=10_000)
        if entry.kind is EventKind.coordination_message:
            if entry.channel is None:
                raise _invalid("channel", "say which channel the message went by", "missing")
            return {"channel": entry.channel.value, "counterpart": entry.counterpart, "text": text}
        if entry.kind is EventKind.response:
            return {"channel": entry.channel.value if entry.channel else None, "text": text}
        return {"text": text}

    async def invite_co_handler(
        self,
        actor: Principal,
        complaint_id: uuid.UUID,
        agency_id: uuid.UUID,
        reason: str,
        idem: Idempotency | None = None,
    ) -> ComplaintView:
        now = self._clock.now()
        async with self._uow() as uow:
            replay_id = await self._replay(uow, actor, idem)
            if replay_id is not None:
                replayed = await self._load(uow, actor, replay_id)
                view = await self._present(uow, actor, replayed, replayed=True)
                await uow.commit()
                return view
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, Action.add_co_handler, complaint_resource(c)):
                raise Forbidden(
                    "Only the lead agency's coordinator or OMB invite co-handlers.",
                    code="complaint.invite_forbidden",
                )
            if c.lead_agency_id is None:
                raise Conflict("Assign a lead agency first.", code="complaint.no_lead_agency")
            if agency_id in c.agency_ids:
                raise Conflict(
                    "That agency already handles this case.", code="complaint.already_co_handler"
                )
            if not await uow.case_directory.agency_is_active(agency_id):
                raise _invalid("agency_id", "unknown or deactivated agency", "agency.inactive")
            await uow.complaints.add_co_handler(c.id, agency_id, now)
            saved = await uow.complaints.update(
                c.with_changes(co_handler_ids=c.co_handler_ids | {agency_id}, updated_at=now),
                c.version,
            )
            await self._record(
                uow,
                saved,
                self._event(
                    actor,
                    saved,
                    EventKind.co_handler_added,
                    Visibility.internal,
                    {
                        "agency_id": str(agency_id),
                        "reason": require_text(reason, "reason", max_length=2000),
                    },
                ),
            )
            await self._remember(uow, actor, idem, saved.id)
            view = await self._present(uow, actor, saved)
            await uow.commit()
        return view

    async def reschedule_open(self, uow: UnitOfWork) -> int:
        """Recompute the stored due times of every open case (after SLA settings change)."""
        count = 0
        for complaint_id in await uow.complaints.open_ids():
            c = await uow.complaints.get(complaint_id)
            if c is None:
                continue
            fresh = await self._scheduled(uow, c)
            if fresh != c:
                await uow.complaints.update(fresh, c.version)
                count += 1
        return count

    # --- maintenance -----------------------------------------------------------------------

    async def close_expired(self, actor: Principal, limit: int = 500) -> int:
        """Close resolved cases whose reopen window has passed (idempotent; for cron)."""
        now = self._clock.now()
        async with self._uow() as uow:
            ids = await uow.complaints.resolved_before(now - self._config.reopen_window, limit)
        closed = 0
        for complaint_id in ids:
            async with self._uow() as uow:
                c = await uow.complaints.get(complaint_id)
                if c is None or c.status is not ComplaintStatus.RESOLVED:
                    continue
                saved, entries = await self._apply(
                    uow, actor, c, Transition(ComplaintAction.CLOSE), now
                )
                saved = await uow.complaints.update(saved, c.version)
                await self._record(uow, saved, *entries)
                await uow.commit()
                closed += 1
        return closed
