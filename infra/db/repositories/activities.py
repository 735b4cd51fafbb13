"""SQL adapter for activities: the activity row, its districts, organisers and named
participants, and the complaints filed at each."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import and_, delete, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.activity.model import (
    Activity,
    NamedParticipant,
    Outcome,
    ParticipantRole,
    TargetGroup,
)
from domain.activity.ports import ActivityFilter
from domain.complaint.model import Consent
from domain.errors import ConcurrentUpdate
from domain.shared.paging import Page, PageRequest, key_time, key_uuid
from infra.db.tables import (
    ActivityDistrictRow,
    ActivityOrganiserRow,
    ActivityParticipantRow,
    ActivityRow,
    AgencyKind,
    AgencyRow,
    ComplaintRow,
    DistrictRow,
    table_of,
)

ACT = table_of(ActivityRow)
AD = table_of(ActivityDistrictRow)
AO = table_of(ActivityOrganiserRow)
AP = table_of(ActivityParticipantRow)
X: Any = ACT.c
XD: Any = AD.c
XO: Any = AO.c
XP: Any = AP.c
A: Any = table_of(AgencyRow).c
D: Any = table_of(DistrictRow).c
C: Any = table_of(ComplaintRow).c


def _values(a: Activity) -> dict[str, Any]:
    o = a.outcome
    return {
        "type": a.type,
        "mou_area_id": a.mou_area_id,
        "title": a.title,
        "description": a.description,
        "venue": a.venue,
        "starts_at": a.starts_at,
        "ends_at": a.ends_at,
        "status": a.status,
        "status_reason": a.status_reason,
        "postponed_from": a.postponed_from,
        "target_groups": sorted(t.value for t in a.target_groups),
        "legal_consultations": o.legal_consultations if o else None,
        "participants_by_role": {k.value: v for k, v in o.participants_by_role.items()}
        if o
        else None,
        "participants_by_district": dict(o.participants_by_district) if o else None,
        "outcome_notes": o.notes if o else None,
        "outcome_recorded_at": o.recorded_at if o else None,
        "created_by": a.created_by,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def _activity(
    row: Any,
    districts: Sequence[str],
    organisers: Iterable[uuid.UUID],
    participants: Sequence[Any],
) -> Activity:
    outcome = None
    if row.outcome_recorded_at is not None:
        outcome = Outcome(
            legal_consultations=row.legal_consultations,
            participants_by_role={
                ParticipantRole(k): int(v) for k, v in (row.participants_by_role or {}).items()
            },
            participants_by_district={
                str(k): int(v) for k, v in (row.participants_by_district or {}).items()
            },
            notes=row.outcome_notes,
            named_participants=tuple(
                NamedParticipant(
                    name=p.name,
                    role=p.role,
                    consent=Consent(p.consent_version, p.consent_at),
                    district_code=p.district_code,
                )
                for p in participants
            ),
            recorded_at=row.outcome_recorded_at,
        )
    return Activity(
        id=row.id,
        type=row.type,
        mou_area_id=row.mou_area_id,
        title=row.title,
        description=row.description,
        district_codes=tuple(sorted(districts)),
        venue=row.venue,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=row.status,
        status_reason=row.status_reason,
        postponed_from=row.postponed_from,
        organiser_agency_ids=frozenset(organisers),
        target_groups=frozenset(TargetGroup(t) for t in (row.target_groups or [])),
        outcome=outcome,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


class SqlActivityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def _write_children(self, a: Activity) -> None:
        for table in (AD, AO, AP):
            await self._s.execute(delete(table).where(table.c.activity_id == a.id))
        await self._s.execute(
            insert(AD), [{"activity_id": a.id, "district_code": c} for c in a.district_codes]
        )
        if a.organiser_agency_ids:
            await self._s.execute(
                insert(AO),
                [{"activity_id": a.id, "agency_id": g} for g in sorted(a.organiser_agency_ids)],
            )
        if a.outcome and a.outcome.named_participants:
            await self._s.execute(
                insert(AP),
                [
                    {
                        "id": uuid.uuid4(),
                        "activity_id": a.id,
                        "position": i,
                        "name": p.name,
                        "role": p.role,
                        "district_code": p.district_code,
                        "consent_version": p.consent.version,
                        "consent_at": p.consent.given_at,
                    }
                    for i, p in enumerate(a.outcome.named_participants)
                ],
            )

    async def add(self, activity: Activity) -> None:
        await self._s.execute(
            insert(ACT).values(id=activity.id, version=activity.version, **_values(activity))
        )
        await self._write_children(activity)

    async def update(self, activity: Activity, expected_version: int) -> Activity:
        result = await self._s.execute(
            update(ACT)
            .where(and_(X.id == activity.id, X.version == expected_version))
            .values(version=expected_version + 1, **_values(activity))
        )
        if int(getattr(result, "rowcount", 0)) != 1:
            raise ConcurrentUpdate("The activity was changed by someone else; reload it.")
        await self._write_children(activity)
        return replace(activity, version=expected_version + 1)

    async def _hydrate(self, rows: Sequence[Any]) -> list[Activity]:
        ids = [r.id for r in rows]
        if not ids:
            return []
        districts: dict[uuid.UUID, list[str]] = defaultdict(list)
        organisers: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        people: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for d in await self._s.execute(
            select(XD.activity_id, XD.district_code).where(XD.activity_id.in_(ids))
        ):
            districts[d.activity_id].append(d.district_code)
        for o in await self._s.execute(
            select(XO.activity_id, XO.agency_id).where(XO.activity_id.in_(ids))
        ):
            organisers[o.activity_id].append(o.agency_id)
        for p in await self._s.execute(
            select(AP).where(XP.activity_id.in_(ids)).order_by(XP.activity_id, XP.position)
        ):
            people[p.activity_id].append(p)
        return [_activity(r, districts[r.id], organisers[r.id], people[r.id]) for r in rows]

    async def get(self, activity_id: uuid.UUID) -> Activity | None:
        row = (await self._s.execute(select(ACT).where(X.id == activity_id))).first()
        return (await self._hydrate([row]))[0] if row else None

    @staticmethod
    def _filtered(filters: ActivityFilter) -> Any:
        stmt = select(ACT).order_by(X.starts_at, X.id)
        if filters.mou_area_id is not None:
            stmt = stmt.where(X.mou_area_id == filters.mou_area_id)
        if filters.type is not None:
            stmt = stmt.where(X.type == filters.type)
        if filters.statuses is not None:
            stmt = stmt.where(X.status.in_(sorted(filters.statuses)))
        if filters.starts_from is not None:
            stmt = stmt.where(X.starts_at >= filters.starts_from)
        if filters.starts_before is not None:
            stmt = stmt.where(X.starts_at < filters.starts_before)
        if filters.district_code is not None:
            stmt = stmt.where(
                exists().where(XD.activity_id == X.id, XD.district_code == filters.district_code)
            )
        return stmt

    async def all(self, filters: ActivityFilter) -> list[Activity]:
        return await self._hydrate((await self._s.execute(self._filtered(filters))).all())

    async def complaints_received(
        self, activity_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
        if not activity_ids:
            return {}
        found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        rows = await self._s.execute(
            select(C.activity_id, C.id)
            .where(C.activity_id.in_(list(activity_ids)))
            .order_by(C.created_at, C.id)
        )
        for r in rows:
            found[r.activity_id].append(r.id)
        return {k: tuple(v) for k, v in found.items()}

    async def district_offices(self, codes: Iterable[str]) -> dict[str, uuid.UUID | None]:
        wanted = sorted(set(codes))
        if not wanted:
            return {}
        rows = await self._s.execute(
            select(D.code, A.id)
            .select_from(
                table_of(DistrictRow).outerjoin(
                    table_of(AgencyRow),
                    and_(
                        A.district_code == D.code,
                        A.kind == AgencyKind.district_office,
                        A.is_active.is_(True),
                    ),
                )
            )
            .where(D.code.in_(wanted))
        )
        return {r.code: r.id for r in rows}

    async def unknown_agencies(self, agency_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        wanted = set(agency_ids)
        if not wanted:
            return set()
        rows = await self._s.execute(
            select(A.id).where(A.id.in_(list(wanted)), A.is_active.is_(True))
        )
        return wanted - set(rows.scalars())

    async def list(self, page: PageRequest, filters: ActivityFilter) -> Page[Activity]:
        stmt = self._filtered(filters)
        if page.after is not None:
            at, last = key_time(page.after[0]), key_uuid(page.after[1])
            stmt = stmt.where(or_(X.starts_at > at, and_(X.starts_at == at, X.id > last)))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = await self._hydrate(rows[: page.limit])
        more = len(rows) > page.limit
        return Page(items, (items[-1].starts_at.isoformat(), str(items[-1].id)) if more else None)
