"""SQL adapters for SLA policies and closure days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.sla.model import SlaPolicy, SlaTarget, Urgency, WorkingHours
from domain.sla.ports import ClosureDay
from infra.db.tables import ClosureDayRow, SlaPolicyRow, table_of

P: Any = table_of(SlaPolicyRow).c
D: Any = table_of(ClosureDayRow).c


def targets_to_json(targets: Any) -> dict[str, dict[str, int]]:
    return {
        u.value: {
            "first_response_minutes": int(t.first_response.total_seconds() // 60),
            "resolution_minutes": int(t.resolution.total_seconds() // 60),
        }
        for u, t in targets.items()
    }


def targets_from_json(value: dict[str, Any]) -> dict[Urgency, SlaTarget]:
    return {
        Urgency(u): SlaTarget(
            timedelta(minutes=t["first_response_minutes"]),
            timedelta(minutes=t["resolution_minutes"]),
        )
        for u, t in value.items()
    }


def policy_from_row(row: Any) -> SlaPolicy:
    hours = (
        WorkingHours.around_the_clock()
        if row.always_open
        else WorkingHours(
            weekdays=frozenset(row.weekdays),
            start=time.fromisoformat(row.start_time),
            end=time.fromisoformat(row.end_time),
        )
    )
    return SlaPolicy(
        row.sla_class,
        hours,
        targets_from_json(row.targets),
        targets_from_json(row.fast_track_targets),
        row.due_soon_share,
        version=row.version,
    )


def policy_values(policy: SlaPolicy) -> dict[str, Any]:
    h = policy.working_hours
    return {
        "always_open": h.always_open,
        "weekdays": sorted(h.weekdays),
        "start_time": h.start.strftime("%H:%M") if not h.always_open else "00:00",
        "end_time": h.end.strftime("%H:%M") if not h.always_open else "23:59",
        "targets": targets_to_json(policy.targets),
        "fast_track_targets": targets_to_json(policy.fast_track_targets),
        "due_soon_share": policy.due_soon_share,
        "updated_at": datetime.now(UTC),
        "version": policy.version,
    }


class SqlSlaPolicyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, sla_class: str) -> SlaPolicy | None:
        row = (
            await self._s.execute(select(table_of(SlaPolicyRow)).where(P.sla_class == sla_class))
        ).first()
        return policy_from_row(row) if row else None

    async def all(self) -> list[SlaPolicy]:
        rows = await self._s.execute(select(table_of(SlaPolicyRow)).order_by(P.sla_class))
        return [policy_from_row(r) for r in rows]

    async def put(self, policy: SlaPolicy) -> None:
        await self._s.execute(delete(table_of(SlaPolicyRow)).where(P.sla_class == policy.sla_class))
        await self._s.execute(
            insert(table_of(SlaPolicyRow)).values(
                sla_class=policy.sla_class, **policy_values(policy)
            )
        )


class SqlClosureDayRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def all(self) -> list[ClosureDay]:
        rows = await self._s.execute(select(table_of(ClosureDayRow)).order_by(D.day))
        return [ClosureDay(r.day, r.reason, r.created_at) for r in rows]

    async def add(self, closure: ClosureDay) -> None:
        await self._s.execute(
            insert(table_of(ClosureDayRow)).values(
                day=closure.day, reason=closure.reason, created_at=closure.created_at
            )
        )

    async def delete(self, day: date) -> bool:
        result = await self._s.execute(delete(table_of(ClosureDayRow)).where(D.day == day))
        return int(getattr(result, "rowcount", 0)) > 0
