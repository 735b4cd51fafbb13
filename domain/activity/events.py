"""The domain events an activity raises: scheduled, postponed, cancelled (public facts only)."""

from __future__ import annotations

from datetime import datetime

from domain.activity.model import Activity, ActivityAction
from domain.events.model import DomainEvent, EventType

_BY_ACTION = {
    ActivityAction.postpone: EventType.activity_postponed,
    ActivityAction.cancel: EventType.activity_cancelled,
}


def _event(kind: EventType, a: Activity, at: datetime) -> DomainEvent:
    return DomainEvent.new(
        kind,
        at,
        a.id,
        activity_id=str(a.id),
        activity_type=a.type.value,
        title=a.title,
        mou_area_id=a.mou_area_id,
        district_codes=list(a.district_codes),
        starts_at=a.starts_at.isoformat(),
        ends_at=a.ends_at.isoformat(),
        status=a.status.value,
        organiser_agency_ids=sorted(str(x) for x in a.organiser_agency_ids),
    )


def scheduled(a: Activity, at: datetime) -> list[DomainEvent]:
    return [_event(EventType.activity_scheduled, a, at)]


def after(action: ActivityAction, a: Activity, at: datetime) -> list[DomainEvent]:
    """The events of applying `action` (holding one raises none)."""
    kind = _BY_ACTION.get(action)
    return [] if kind is None else [_event(kind, a, at)]
