"""Complaint use cases: intake, reads, edits, lifecycle transitions, timeline, co-handling."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from domain.complaint.events import record as record_events
from domain.complaint.feedback import (
    AlreadyRated,
    Rating,
    hash_secret,
    new_complainant_secret,
)
from domain.complaint.lifecycle import ComplaintAction, ComplaintStatus
from domain.complaint.model import (
    EDITABLE as EDITABLE,
)
from domain.complaint.model import (
    ENTRY_KINDS as ENTRY_KINDS,
)
from domain.complaint.model import (
    POSSIBLE_DUPLICATES as POSSIBLE_DUPLICATES,
)
from domain.complaint.model import (
    Assignment,
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
    check_editable,
    edit_values,
    entry_data,
    require_text,
)
from domain.complaint.model import (
    Author as Author,
)
from domain.complaint.model import (
    EntryNotRedactable as EntryNotRedactable,
)
from domain.complaint.model import (
    NewEntry as NewEntry,
)
from domain.complaint.model import (
    TimelineEntryNotFound as TimelineEntryNotFound,
)
from domain.complaint.model import invalid as _invalid
from domain.complaint.ports import (
    CaseDirectory,
    CaseViews,
    CaseWrites,
    CategoryInfo,
    ComplaintPorts,
    EditPorts,
    IdempotencyRecord,
    IntakePorts,
    RatingPorts,
    ReadPorts,
    Retries,
    RouteProposal,
    RoutingReads,
    SlaSettings,
    TimelinePorts,
    TransitionPorts,
)
from domain.complaint.similarity import SIMILAR_WINDOW, Similar, rank_similar
from domain.complaint.sla import DEFAULT_SLA_CLASS, SlaEngine
from domain.complaint.view import (
    ComplaintView,
    access_entry,
    complaint_resource,
    view_of,
)
from domain.directory.routing import choose_coordinator
from domain.directory.service import route_case
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
from domain.shared.principal import SYSTEM, Principal, Role
from domain.sla.model import Urgency
from domain.stats.model import StatsScope

IDEMPOTENCY_TTL = timedelta(hours=24)
# Scores at or above this flag a new case as a possible duplicate at intake.
DUPLICATE_SCORE = 0.45


class ComplaintNotFound(NotFound):
    code = "complaint.not_found"
    title = "Complaint not found"
    title_th = "ไม่พบเรื่องร้องเรียน"


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
class AddedEntry:
    """A timeline entry just written, or the one an idempotent replay answers with."""

    entry: TimelineEntry
    replayed: bool = False


@dataclass(frozen=True)
class Idempotency:
    """A retry key and what identifies the request it first came with (opaque here: the
    caller fingerprints its own requests). A retry with both the same replays the result."""

    key: str
    request_hash: str


async def log_personal_data_access(
    uow: ReadPorts | CaseViews, actor: Principal, c: Complaint, at: datetime, purpose: str
) -> None:
    """Record that `actor` was shown the complainant's unmasked data (if there is any)."""
    entry = access_entry(actor, c, at, purpose)
    if entry is not None:
        await uow.pd_access.append_many([entry])


async def duplicate_hints_for(
    uow: CaseWrites, reader: Principal, entry: TimelineEntry
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


class ComplaintService:
    """The complaint use cases, each load → authorize (domain/policy.py) → the aggregate
    (domain/complaint/model.py: `Complaint`) → save, in one unit of work that commits once.
    Each names the ports it needs (domain/complaint/ports.py); what a rule needs from I/O
    (the directory, routing, the SLA settings, other cases) is looked up here and passed in."""

    def __init__(
        self,
        uow: Callable[[], ComplaintPorts],
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

    # --- lookups the rules need ------------------------------------------------------------

    @staticmethod
    async def _category(uow: EditPorts | IntakePorts, category_id: uuid.UUID) -> CategoryInfo:
        """The category a case is filed in or moved to: it must exist and be active."""
        category = await uow.categories.get(category_id)
        if category is None or not category.is_active:
            raise _invalid("category_id", "unknown or inactive category", "category.not_found")
        return CategoryInfo(
            category.id, category.mou_area_id, category.sla_class, category.is_active
        )

    @staticmethod
    async def _coordinator_for(uow: RoutingReads, agency_id: uuid.UUID) -> uuid.UUID | None:
        coordinator, _ = choose_coordinator(await uow.coordinators.list_for_agency(agency_id))
        return coordinator.id if coordinator else None

    async def _propose(
        self, uow: TransitionPorts, c: Complaint
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
        try:
            decision = await route_case(uow, c.category_id, c.district_code)
        except DomainError as exc:
            return None, exc.detail
        return RouteProposal(
            decision.agency_id,
            decision.coordinator.id if decision.coordinator else None,
            decision.rule.id,
            decision.warning,
        ), None

    async def _scheduled(self, uow: SlaSettings, c: Complaint) -> Complaint:
        """The case with its SLA due times recomputed (stored, so queues can use them)."""
        if self._sla is None:
            return c
        return c.reschedule(await self._sla.schedule(uow, c, self._clock.now()))

    # --- helpers -------------------------------------------------------------------------------

    async def _present(
        self, uow: ReadPorts, actor: Principal, c: Complaint, *, replayed: bool = False
    ) -> ComplaintView:
        """The case as `actor` may see it; an unmasked view of personal data is logged in
        the same unit of work (the caller commits)."""
        now = self._clock.now()
        view = view_of(
            c.saved(),
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

    async def _load(self, uow: CaseWrites, actor: Principal, complaint_id: uuid.UUID) -> Complaint:
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
        """A timeline entry written now by `actor` (for entries no aggregate method writes)."""
        author = Author.of(actor)
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
    async def _record(uow: CaseWrites, c: Complaint, *entries: TimelineEntry) -> None:
        """Timeline entries and the domain events they raise, in this transaction."""
        await record_events(uow, c, *entries)

    @staticmethod
    async def _save(
        uow: CaseWrites, changed: Complaint, expected_version: int, *, publish: bool = True
    ) -> Complaint:
        """Write the changed case (if still at `expected_version`), then its pending timeline
        entries and, with `publish`, the domain events they raise."""
        saved = await uow.complaints.update(changed, expected_version)
        if publish:
            await record_events(uow, saved, *changed.pending)
        else:
            for entry in changed.pending:
                await uow.complaints.append_event(entry)
        return saved.saved()

    async def _replayed_view(
        self, uow: ComplaintPorts, actor: Principal, idem: Idempotency | None
    ) -> ComplaintView | None:
        """The case as answered to an earlier identical request (committed), or None."""
        replay_id = await self._replay(uow, actor, idem)
        if replay_id is None:
            return None
        replayed = await self._load(uow, actor, replay_id)
        view = await self._present(uow, actor, replayed, replayed=True)
        await uow.commit()
        return view

    async def _commit_view(
        self,
        uow: ComplaintPorts,
        actor: Principal,
        idem: Idempotency | None,
        changed: Complaint,
        expected_version: int,
    ) -> ComplaintView:
        """Save the changed case, remember the key, commit, and answer the case's view."""
        saved = await self._save(uow, changed, expected_version)
        await self._remember(uow, actor, idem, saved.id)
        view = await self._present(uow, actor, saved)
        await uow.commit()
        return view

    async def _replay(
        self, uow: Retries, actor: Principal, idem: Idempotency | None
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
        self, uow: Retries, actor: Principal, idem: Idempotency | None, resource_id: uuid.UUID
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
        self, uow: CaseDirectory, district_code: str | None, location: Location
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
        self, uow: CaseDirectory, district: str | None, code: str | None, *, outside: bool
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
        uow: IntakePorts,
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
        c = Complaint.file(
            serial=serial,
            now=now,
            by=author,
            channel=data.channel,
            channel_ref=data.channel_ref,
            title=data.title,
            description=data.description,
            category_id=data.category_id,
            district_code=district,
            subdistrict_code=subdistrict,
            outside_bangkok=outside,
            location=data.location,
            complainant=data.complainant,
            fast_track=data.fast_track,
            urgency=data.urgency,
            mou_area_id=mou_area,
            sla_class=sla_class_of(category),
            consent=data.consent,
            activity_id=data.activity_id,
            lead_agency_id=lead,
            intake_suggestion=data.suggestion.outcome(district, subdistrict, data.category_id)
            if data.suggestion
            else None,
        )
        c = await self._scheduled(uow, c)
        c = await self._assign_at_intake(uow, c, author)
        # Read before this transaction writes anything: the scan holds no lock, and no other
        # writer waits for it (the serial above is not a lock either, see next_serial).
        likely = await self._possible_duplicates(uow, c)
        c = c.flag_possible_duplicates(
            [(s.candidate.id, s.candidate.case_number, s.score, s.reasons) for s in likely],
            now,
            author,
        )
        await uow.complaints.add(c)
        await self._record(uow, c, *c.pending)  # assigned at intake: complaint.assigned too
        return c.saved()

    @staticmethod
    async def _issue_secret(uow: RatingPorts, c: Complaint, now: datetime) -> str:
        """The secret whoever filed the case needs (with the tracking code) to rate it and ask
        to reopen it; only its hash is kept."""
        secret = new_complainant_secret()
        await uow.feedback.add_secret(c.id, hash_secret(secret), now)
        return secret

    async def _assign_at_intake(self, uow: IntakePorts, c: Complaint, author: Author) -> Complaint:
        """A new case routed by a rule marked `assign_at_intake` goes straight to the agency and
        its available coordinator (triaged and assigned by the system, the rule named on the
        timeline); any other case, and one that is not placed or already led by the agency
        that filed it, waits for OMB triage."""
        if not c.routable_at_intake:
            return c
        assert c.category_id is not None
        try:
            decision = await route_case(uow, c.category_id, c.district_code)
        except DomainError:
            return c  # routing trouble: OMB triage sorts it out, as for any case
        if not decision.rule.assign_at_intake:
            return c
        system = replace(SYSTEM, request_id=author.request_id)
        now = c.created_at
        triaged = await self._act(uow, system, c, Transition(ComplaintAction.TRIAGE), now)
        assign = Transition(
            ComplaintAction.ASSIGN,
            agency_id=decision.agency_id,
            coordinator_id=decision.coordinator.id if decision.coordinator else None,
        )
        return await self._act(uow, system, triaged, assign, now, rule_id=decision.rule.id)

    @staticmethod
    async def _possible_duplicates(uow: IntakePorts, c: Complaint) -> list[Similar]:
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
        self, uow: IntakePorts, data: NewComplaint, request_id: str | None
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
        uow: TransitionPorts,
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
        check_editable(changes)
        async with self._uow() as uow:
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, Action.update, complaint_resource(c)):
                raise Forbidden(
                    "Only the lead agency and OMB officers edit this case.",
                    code="complaint.update_forbidden",
                )
            self._check_version(c, expected_version)
            updates = edit_values(changes)
            if "category_id" in changes:
                category = await self._category(uow, changes["category_id"])
                updates["category_id"] = category.id
                updates["mou_area_id"] = category.mou_area_id
                updates["sla_class"] = sla_class_of(category)
            if "location" in changes:
                location: Location = changes["location"]
                district, outside = await self._resolve_place(
                    uow, c.district_kept_at(location), location
                )
                updates.update(location=location, district_code=district)
                updates.update(
                    c.placed(
                        district,
                        outside_bangkok=outside,
                        named_subdistrict=self._subdistrict_named(
                            updates.get("title", c.title),
                            updates.get("description", c.description),
                            location,
                            district,
                        ),
                    )
                )
            edited = c.edit(updates, self._clock.now(), Author.of(actor))
            if edited is c:
                view = await self._present(uow, actor, c)
                await uow.commit()
                return view
            edited = await self._scheduled(uow, edited)
            saved = await self._save(uow, edited, expected_version)
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

    # --- the lifecycle ---------------------------------------------------------------------

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
            replayed = await self._replayed_view(uow, actor, idem)
            if replayed is not None:
                return replayed
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, complaint_action_needs(t.action), complaint_resource(c)):
                raise Forbidden(
                    f"You may not {t.action.value} this case.",
                    code="complaint.transition_forbidden",
                )
            self._check_version(c, expected_version)
            changed = await self._act(uow, actor, c, t, now)
            return await self._commit_view(uow, actor, idem, changed, expected_version)

    async def _apply(
        self,
        uow: TransitionPorts,
        actor: Principal | Author,
        c: Complaint,
        t: Transition,
        now: datetime,
    ) -> tuple[Complaint, list[TimelineEntry]]:
        """`_act`, answered as before the aggregate: the changed case (nothing pending) and the
        timeline entries for the caller to write with `_record`."""
        changed = await self._act(uow, actor, c, t, now)
        return changed.saved(), list(changed.pending)

    async def _act(
        self,
        uow: TransitionPorts,
        actor: Principal | Author,
        c: Complaint,
        t: Transition,
        now: datetime,
        *,
        rule_id: uuid.UUID | None = None,
    ) -> Complaint:
        """One lifecycle action: look up what it needs (the routing proposal, the agency and
        its coordinator, the assignee's agency, the merge target), then the aggregate applies
        it; returns the changed case (its entries pending) with its due times recomputed."""
        by = Author.of(actor)
        proposal, routing_note = (None, None)
        if t.action is ComplaintAction.TRIAGE:
            proposal, routing_note = await self._propose(uow, c)
        to = await self._assignment(uow, c, t)
        if t.assignee_id is not None:
            lead = to.agency_id if to is not None else c.lead_agency_id
            if lead is None or not await uow.case_directory.user_in_agency(t.assignee_id, lead):
                raise _invalid(
                    "assignee_id",
                    "the assignee must be staff of the lead agency",
                    "assignee.not_in_agency",
                )
        survivor = None
        if t.action is ComplaintAction.MERGE and t.target_case_id is not None:
            survivor = await uow.complaints.get(t.target_case_id)
            visible = isinstance(actor, Principal) and (
                survivor is not None and may(actor, Action.read, complaint_resource(survivor))
            )
            if survivor is None or not visible:
                raise _invalid("target_case_id", "no such case", "complaint.not_found")
        changed = c.apply(
            t.action,
            now,
            by,
            reopen_window=self._config.reopen_window,
            flag_after=self._config.transfer_flag_threshold,
            reason=t.reason,
            referred_to=t.referred_to,
            resolution=t.resolution,
            to=to,
            proposal=proposal,
            routing_note=routing_note,
            survivor=survivor,
            assignee_id=t.assignee_id,
            rule_id=rule_id,
        )
        return await self._scheduled(uow, changed)

    async def _assignment(
        self, uow: TransitionPorts, c: Complaint, t: Transition
    ) -> Assignment | None:
        """The agency (active) and coordinator an assign or transfer gives the case."""
        if t.action is ComplaintAction.ASSIGN:
            agency_id: uuid.UUID | None = c.agency_to_assign(t.agency_id, t.reason)
        elif t.action is ComplaintAction.TRANSFER:
            agency_id = t.agency_id
        else:
            return None
        if agency_id is None:
            return None  # a transfer without an agency: the lifecycle names the missing field
        if not await uow.case_directory.agency_is_active(agency_id):
            raise _invalid("agency_id", "unknown or deactivated agency", "agency.inactive")
        coordinator = t.coordinator_id
        if coordinator is None:
            if c.takes_proposed_coordinator(t.action, agency_id):
                coordinator = c.proposed_coordinator_id
            else:
                coordinator = await self._coordinator_for(uow, agency_id)
        return Assignment(agency_id, coordinator)

    # --- the complainant's say (authorised by the caller: tracking code + secret) -----------

    async def reopen_for_complainant(
        self, uow: TransitionPorts, c: Complaint, reason: str, request_id: str | None
    ) -> Complaint:
        """Reopen a resolved case at the complainant's request, within the reopen window; the
        state change (with the reason) goes on the timeline. The caller commits."""
        text = require_text(reason, "reason", max_length=2000)
        author = Author("complainant", None, request_id)
        changed = await self._act(
            uow, author, c, Transition(ComplaintAction.REOPEN, reason=text), self._clock.now()
        )
        # As before the aggregate: the complainant's reopen is on the timeline, with no
        # complaint.reopened event (staff reopening raises one).
        return await self._save(uow, changed, c.version, publish=False)

    async def rate_for_complainant(
        self,
        uow: RatingPorts,
        c: Complaint,
        score: int,
        comment: str | None,
        request_id: str | None,
    ) -> Rating:
        """Record the complainant's rating of a resolved case (once) and note it on the
        timeline: the public sees that it was rated, staff see the score and comment. The
        caller commits."""
        c.check_ratable()
        if await uow.feedback.rating(c.id) is not None:
            raise AlreadyRated("Each complaint can be rated once.")
        rated, rating = c.rate(
            score, comment, self._clock.now(), Author("complainant", None, request_id)
        )
        await uow.feedback.add_rating(rating)
        for entry in rated.pending:
            await uow.complaints.append_event(entry)
        return rating

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
        self, uow: TimelinePorts, actor: Principal, complaint_id: uuid.UUID, entry: NewEntry
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
        written = c.write(entry, now, Author.of(actor))
        event = written.pending[-1]
        await self._record(uow, c, *written.pending)
        if written.first_response_at != c.first_response_at:
            answered = await self._scheduled(uow, written.saved())
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
            redacted = c.redact(entry, entry_id, why, self._clock.now(), Author.of(actor))
            await self._record(uow, c, *redacted.pending)
            await uow.commit()
        return redacted.pending[-1]

    @staticmethod
    def _entry_data(entry: NewEntry) -> dict[str, Any]:
        return entry_data(entry)

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
            replayed = await self._replayed_view(uow, actor, idem)
            if replayed is not None:
                return replayed
            c = await self._load(uow, actor, complaint_id)
            if not may(actor, Action.add_co_handler, complaint_resource(c)):
                raise Forbidden(
                    "Only the lead agency's coordinator or OMB invite co-handlers.",
                    code="complaint.invite_forbidden",
                )
            c.check_co_handler(agency_id)
            if not await uow.case_directory.agency_is_active(agency_id):
                raise _invalid("agency_id", "unknown or deactivated agency", "agency.inactive")
            invited = c.invite_co_handler(agency_id, reason, now, Author.of(actor))
            await uow.complaints.add_co_handler(c.id, agency_id, now)
            return await self._commit_view(uow, actor, idem, invited, c.version)

    async def reschedule_open(self, uow: TransitionPorts) -> int:
        """Recompute the stored due times of every open case (after SLA settings change),
        with the settings as this unit of work sees them (the change included), not the
        cache's."""
        if self._sla is None:
            return 0
        context = await self._sla.load(uow)
        now = self._clock.now()
        count = 0
        for complaint_id in await uow.complaints.open_ids():
            c = await uow.complaints.get(complaint_id)
            if c is None:
                continue
            fresh = c.reschedule(await self._sla.schedule(uow, c, now, context))
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
                changed = await self._act(uow, actor, c, Transition(ComplaintAction.CLOSE), now)
                await self._save(uow, changed, c.version)
                await uow.commit()
                closed += 1
        return closed
