"""Activity fixtures: activities created through the real service."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from domain.activity.model import ActivityAction, ActivityType
from domain.activity.service import ActivityService, ActivityTransition, ActivityView, NewActivity
from domain.shared.clock import SystemClock
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from tests.support.complaints import principal
from tests.support.identity import Staff

BANGKOK = timezone(timedelta(hours=7))


def service(database: Database) -> ActivityService:
    return ActivityService(lambda: SqlUnitOfWork(database.sessions), SystemClock())


async def din_daeng_activity(
    database: Database,
    omb: Staff,
    *,
    type: ActivityType = ActivityType.community_training,
    held: bool = False,
) -> ActivityView:
    """A past training in Din Daeng (1026): own district for Din Daeng's coordinator."""
    svc = service(database)
    actor = principal(omb)
    start = datetime(2022, 9, 10, 9, 0, tzinfo=BANGKOK)
    view = await svc.create(
        actor,
        NewActivity(
            type=type,
            title="อบรมเครือข่ายชุมชน เขตดินแดง",
            district_codes=["1026"],
            starts_at=start,
            ends_at=start + timedelta(hours=6),
            venue="สำนักงานเขตดินแดง",
        ),
    )
    if held:
        view = await svc.transition(
            actor, view.activity.id, ActivityTransition(ActivityAction.hold)
        )
    return view
