"""Activity use cases: plan, edit, hold / cancel / postpone, record outcomes; MOU area targets,
coverage and summaries; the public calendar."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from domain.activity import events as activity_events
from domain.activity.model import (
    Activity,
    ActivityAction,
    ActivityStatus,
    ActivityType,
    Outcome,
    TargetGroup,
)
from domain.activity.ports import ActivityFilter
from domain.activity.progress import AreaCoverage, PeriodTotals, SummaryPeriod, coverage, summarise
from domain.audit.model import AuditEntry
from domain.errors import (
    FieldError,
    Forbidden,
    InvalidValue,
    NotFound,
    StaleVersion,
    check_version,
)
from domain.policy import Action, Resource, ResourceKind, may
from domain.privacy.model import PersonalDataAccess
from domain.reference.model import District, MouArea, MouTarget, check_targets
from domain.reference.service import MouAreaNotFound
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class ActivityNotFound(NotFound):
    code = "activity.not_found"
    title = "Activity not found"
    title_th = "ไม่พบกิจกรรม"


class ActivityForbidden(Forbidden):
    code = "activity.forbidden"
    title = "You may not record activities here"
    title_th = "ไม่มีสิทธิ์บันทึกกิจกรรมในพื้นที่นี้"


@dataclass(frozen=True)
class NewActivity:
    type: ActivityType
    title: str
    district_codes: Sequence[str]
    starts_at: datetime
    ends_at: datetime
    mou_area_id: int | None = None
    description: str | None = None
    venue: str | None = None
    organiser_agency_ids: Sequence[uuid.UUID] | None = None
    target_groups: Sequence[TargetGroup] = ()


@dataclass(frozen=True)
class ActivityTransition:
    action: ActivityAction
    reason: str | None = None
    new_starts_at: datetime | None = None
    new_ends_at: datetime | None = None


@dataclass(frozen=True)
class ActivityView:
    """An activity as one principal may see it: names masked or not, and what they may do."""

    activity: Activity
    complaint_ids: tuple[uuid.UUID, ...]
    names_visible: bool
    allowed_actions: frozenset[ActivityAction]
    can_edit: bool


# What a view of named participants shows unmasked: their names (nothing else is masked).
PARTICIPANT_FIELDS = ("named_participants.name",)


def participants_access(
    actor: Principal, view: ActivityView, at: datetime, purpose: str
) -> PersonalDataAccess | None:
    """The access-log entry for showing `actor` the activity's participants' names, if any."""
    outcome = view.activity.outcome
    if not view.names_visible or outcome is None or not outcome.named_participants:
        return None
    return PersonalDataAccess.record(
        actor, at, PARTICIPANT_FIELDS, purpose, activity_id=view.activity.id
    )


@dataclass(frozen=True)
class AreaSummary:
    area: MouArea
    period: SummaryPeriod
    items: list[PeriodTotals]
    total: PeriodTotals


@dataclass(frozen=True)
class CalendarEntry:
    """The public face of an activity: no participants, no outcome, no internal ids."""

    id: uuid.UUID
    type: ActivityType
    mou_area_id: int
    title: str
    description: str | None
    venue: str | None
    districts: tuple[District, ...]
    starts_at: datetime
    ends_at: datetime
    status: ActivityStatus
    created_at: datetime
    updated_at: datetime
    version: int


CALENDAR_STATUSES = frozenset(
    {ActivityStatus.planned, ActivityStatus.postponed, ActivityStatus.held}
)
UPCOMING_STATUSES = frozenset({ActivityStatus.planned, ActivityStatus.postponed})
_ALL_DISTRICTS = PageRequest(200)


def _resource(offices: Mapping[str, uuid.UUID | None]) -> Resource:
    # The district offices of the activity's districts: "own district" for a coordinator.
    return Resource(
        ResourceKind.activity, agency_ids=frozenset(a for a in offices.values() if a is not None)
    )


def _bad(loc: str, msg: str, code: str) -> InvalidValue:
    return InvalidValue(msg, code=code, errors=[FieldError((loc,), msg, code)])


class ActivityService:
    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    # --- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _require_read(actor: Principal) -> None:
        if not may(actor, Action.read, Resource(ResourceKind.activity)):
            raise Forbidden("You may not read activities.", code="activity.read_forbidden")

    @staticmethod
    async def _offices(
        uow: UnitOfWork, codes: Iterable[str], loc: str = "district_codes"
    ) -> dict[str, uuid.UUID | None]:
        wanted = set(codes)
        offices = await uow.activities.district_offices(wanted)
        unknown = sorted(wanted - set(offices))
        if unknown:
            raise _bad(loc, f"unknown district(s): {', '.join(unknown)}", "district.not_found")
        return offices

    async def _authorize(
        self, uow: UnitOfWork, actor: Principal, action: Action, codes: Iterable[str]
    ) -> dict[str, uuid.UUID | None]:
        offices = await self._offices(uow, codes)
        if not may(actor, action, _resource(offices)):
            raise ActivityForbidden(
                "OMB officers and admins record activities anywhere; a district office's "
                "coordinator only in their own district.",
                detail_th="เจ้าหน้าที่ สผผ. และผู้ดูแลระบบบันทึกกิจกรรมได้ทุกเขต "
                "ผู้ประสานงานสำนักงานเขตบันทึกได้เฉพาะในเขตของตน",
            )
        return offices

    @staticmethod
    async def _check_refs(uow: UnitOfWork, a: Activity) -> None:
        if await uow.mou_areas.get(a.mou_area_id) is None:
            raise _bad("mou_area_id", f"no MOU area {a.mou_area_id}", "mou_area.not_found")
        unknown = await uow.activities.unknown_agencies(a.organiser_agency_ids)
        if unknown:
            raise _bad("organiser_agency_ids", "unknown or deactivated agency", "agency.not_found")

    async def _load(self, uow: UnitOfWork, actor: Principal, activity_id: uuid.UUID) -> Activity:
        a = await uow.activities.get(activity_id)
        if a is None or not may(actor, Action.read, Resource(ResourceKind.activity)):
            raise ActivityNotFound(f"No activity {activity_id}.")
        return a

    async def _for_change(
        self,
        uow: UnitOfWork,
        actor: Principal,
        activity_id: uuid.UUID,
        action: Action,
        expected_version: int | None,
    ) -> tuple[Activity, int]:
        """The activity `actor` may `action` in its districts, at `expected_version`."""
        a = await self._load(uow, actor, activity_id)
        await self._authorize(uow, actor, action, a.district_codes)
        check_version("activity", a.version, expected_version)
        return a, a.version

    async def _save(
        self,
        uow: UnitOfWork,
        actor: Principal,
        before: Activity,
        changed: Activity,
        version: int,
        audit_action: str,
    ) -> Activity:
        saved = await uow.activities.update(changed, version)
        await uow.audit.append(self._audit(actor, audit_action, saved, before=before.audit_view()))
        return saved

    async def _view_committed(
        self, uow: UnitOfWork, actor: Principal, a: Activity, purpose: str
    ) -> ActivityView:
        """The activity's view, committed with its access log entry."""
        view = (await self._views(uow, actor, [a], purpose))[0]
        await uow.commit()
        return view

    def _view(
        self,
        actor: Principal,
        a: Activity,
        offices: Mapping[str, uuid.UUID | None],
        complaint_ids: Sequence[uuid.UUID],
    ) -> ActivityView:
        resource = _resource({c: offices.get(c) for c in a.district_codes})
        names = may(actor, Action.see_personal_data, resource)
        can_edit = may(actor, Action.update, resource)
        if not names and a.outcome is not None:
            a = replace(a, outcome=a.outcome.masked())
        actions = a.available_actions(self._clock.now()) if can_edit else frozenset()
        return ActivityView(a, tuple(complaint_ids), names, actions, can_edit)

    async def _views(
        self, uow: UnitOfWork, actor: Principal, activities: Sequence[Activity], purpose: str
    ) -> list[ActivityView]:
        """The activities as `actor` may see them; showing named participants' names unmasked
        is written to the personal-data access log in the same unit of work (the caller
        commits), as showing a complainant's data is."""
        offices = await uow.activities.district_offices(
            {c for a in activities for c in a.district_codes}
        )
        complaints = await uow.activities.complaints_received([a.id for a in activities])
        views = [self._view(actor, a, offices, complaints.get(a.id, ())) for a in activities]
        now = self._clock.now()
        seen = [e for v in views if (e := participants_access(actor, v, now, purpose))]
        if seen:
            await uow.pd_access.append_many(seen)
        return views

    def _audit(
        self,
        actor: Principal,
        action: str,
        a: Activity,
        before: dict[str, Any] | None = None,
    ) -> AuditEntry:
        return AuditEntry.record(
            actor, self._clock.now(), action, "activity", a.id, before=before, after=a.audit_view()
        )

    # --- activities --------------------------------------------------------------------------

    async def create(self, actor: Principal, data: NewActivity) -> ActivityView:
        now = self._clock.now()
        organisers = data.organiser_agency_ids
        if organisers is None:
            organisers = [actor.agency_id] if actor.agency_id else []
        activity = Activity.plan(
            type=data.type,
            title=data.title,
            district_codes=data.district_codes,
            starts_at=data.starts_at,
            ends_at=data.ends_at,
            now=now,
            mou_area_id=data.mou_area_id,
            description=data.description,
            venue=data.venue,
            organiser_agency_ids=organisers,
            target_groups=data.target_groups,
            created_by=actor.recorded_id,
        )
        async with self._uow() as uow:
            offices = await self._authorize(uow, actor, Action.create, activity.district_codes)
            await self._check_refs(uow, activity)
            await uow.activities.add(activity)
            await uow.audit.append(self._audit(actor, "activity.create", activity))
            await uow.outbox.add(activity_events.scheduled(activity, now))
            await uow.commit()
        return self._view(actor, activity, offices, ())

    async def get(self, actor: Principal, activity_id: uuid.UUID) -> ActivityView:
        async with self._uow() as uow:
            a = await self._load(uow, actor, activity_id)
            # Commits the access log entry, if names were shown.
            return await self._view_committed(uow, actor, a, "activity_view")

    async def list_activities(
        self, actor: Principal, page: PageRequest, filters: ActivityFilter
    ) -> Page[ActivityView]:
        self._require_read(actor)
        async with self._uow() as uow:
            result = await uow.activities.list(page, filters)
            views = await self._views(uow, actor, result.items, "activity_list")
            await uow.commit()  # the access log entries, if names were shown
        return Page(views, result.next_key)

    async def update(
        self,
        actor: Principal,
        activity_id: uuid.UUID,
        changes: Mapping[str, Any],
        expected_version: int | None = None,
    ) -> ActivityView:
        async with self._uow() as uow:
            a, version = await self._for_change(
                uow, actor, activity_id, Action.update, expected_version
            )
            revised = a.revise(self._clock.now(), **dict(changes))
            # Moving an activity needs the right to record in the new districts too.
            await self._authorize(uow, actor, Action.update, revised.district_codes)
            await self._check_refs(uow, revised)
            saved = a
            if revised.audit_view() != a.audit_view():
                saved = await self._save(uow, actor, a, revised, version, "activity.update")
            return await self._view_committed(uow, actor, saved, "activity_update")

    async def transition(
        self,
        actor: Principal,
        activity_id: uuid.UUID,
        t: ActivityTransition,
        expected_version: int | None = None,
    ) -> ActivityView:
        async with self._uow() as uow:
            a, version = await self._for_change(
                uow, actor, activity_id, Action.transition, expected_version
            )
            changed = a.apply(
                t.action,
                self._clock.now(),
                reason=t.reason,
                new_starts_at=t.new_starts_at,
                new_ends_at=t.new_ends_at,
            )
            saved = await self._save(uow, actor, a, changed, version, f"activity.{t.action.value}")
            await uow.outbox.add(activity_events.after(t.action, saved, saved.updated_at))
            return await self._view_committed(uow, actor, saved, "activity_transition")

    async def record_outcome(
        self,
        actor: Principal,
        activity_id: uuid.UUID,
        outcome: Outcome,
        expected_version: int | None = None,
    ) -> ActivityView:
        async with self._uow() as uow:
            a, version = await self._for_change(
                uow, actor, activity_id, Action.update, expected_version
            )
            changed = a.record_outcome(outcome, self._clock.now())
            assert changed.outcome is not None
            homes = set(changed.outcome.participants_by_district) | {
                p.district_code for p in changed.outcome.named_participants if p.district_code
            }
            await self._offices(uow, homes, loc="participants_by_district")
            saved = await self._save(uow, actor, a, changed, version, "activity.record_outcome")
            return await self._view_committed(uow, actor, saved, "activity_outcome")

    # --- MOU areas: targets, coverage, summary -----------------------------------------------

    async def _area(self, uow: UnitOfWork, area_id: int) -> MouArea:
        area = await uow.mou_areas.get(area_id)
        if area is None:
            raise MouAreaNotFound(f"No MOU area has the id {area_id}.")
        return area

    async def update_mou_area(
        self, actor: Principal, area_id: int, targets: Sequence[MouTarget], expected_version: int
    ) -> MouArea:
        """Set an area's targets (admins; against the version the editor read; audit-logged)."""
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden("Only administrators set MOU targets.", code="mou_area.admin_only")
        checked = check_targets(targets)
        async with self._uow() as uow:
            area = await self._area(uow, area_id)
            if expected_version != area.version:
                raise StaleVersion(
                    expected_version,
                    area.version,
                    f"The MOU area is at version {area.version}, not {expected_version}; "
                    "reload it.",
                )
            if area.targets == checked:
                return area
            version = area.version + 1
            await uow.mou_areas.set_targets(area_id, checked, version)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    self._clock.now(),
                    "mou_area.update",
                    "mou_area",
                    area_id,
                    before={"targets": [[t.kind.value, t.value] for t in area.targets]},
                    after={"targets": [[t.kind.value, t.value] for t in checked]},
                )
            )
            await uow.commit()
        return replace(area, targets=checked, version=version)

    async def _programme(
        self, uow: UnitOfWork, area_id: int
    ) -> tuple[MouArea, list[Activity], dict[uuid.UUID, int]]:
        area = await self._area(uow, area_id)
        activities = await uow.activities.all(ActivityFilter(mou_area_id=area_id))
        held = [a.id for a in activities if a.status is ActivityStatus.held]
        received = await uow.activities.complaints_received(held)
        return area, activities, {k: len(v) for k, v in received.items()}

    async def coverage(self, actor: Principal, area_id: int) -> AreaCoverage:
        self._require_read(actor)
        async with self._uow() as uow:
            area, activities, complaints = await self._programme(uow, area_id)
            districts = (await uow.districts.list(_ALL_DISTRICTS)).items
        return coverage(area, districts, activities, complaints)

    async def summary(self, actor: Principal, area_id: int, period: SummaryPeriod) -> AreaSummary:
        self._require_read(actor)
        async with self._uow() as uow:
            area, activities, complaints = await self._programme(uow, area_id)
        items, total = summarise(activities, complaints, period)
        return AreaSummary(area, period, items, total)

    # --- public calendar ---------------------------------------------------------------------

    async def upcoming(
        self,
        mou_area_id: int | None = None,
        district_code: str | None = None,
        limit: int = 50,
    ) -> list[CalendarEntry]:
        """The next planned or postponed activities (not yet over), soonest first: what the
        public portal lists next to the feed's subscribe link."""
        now = self._clock.now()
        entries = await self.calendar(mou_area_id, district_code, UPCOMING_STATUSES)
        ahead = [e for e in entries if e.ends_at >= now]
        ahead.sort(key=lambda e: (e.starts_at, str(e.id)))
        return ahead[:limit]

    async def calendar(
        self,
        mou_area_id: int | None = None,
        district_code: str | None = None,
        statuses: frozenset[ActivityStatus] = CALENDAR_STATUSES,
    ) -> list[CalendarEntry]:
        """Planned, postponed and held activities for the public feed (no sign-in)."""
        filters = ActivityFilter(
            mou_area_id=mou_area_id, district_code=district_code, statuses=statuses
        )
        async with self._uow() as uow:
            activities = await uow.activities.all(filters)
            names = {d.code: d for d in (await uow.districts.list(_ALL_DISTRICTS)).items}
        return [
            CalendarEntry(
                id=a.id,
                type=a.type,
                mou_area_id=a.mou_area_id,
                title=a.title,
                description=a.description,
                venue=a.venue,
                districts=tuple(names[c] for c in a.district_codes if c in names),
                starts_at=a.starts_at,
                ends_at=a.ends_at,
                status=a.status,
                created_at=a.created_at,
                updated_at=a.updated_at,
                version=a.version,
            )
            for a in activities
        ]
