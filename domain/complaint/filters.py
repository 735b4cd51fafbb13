"""Which cases a list, an export or a statistic is about: the queue's filters."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from domain.search.normalize import normalize_for_search


class SlaFilter(enum.StrEnum):
    on_track = "on_track"
    due_soon = "due_soon"
    breached = "breached"


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    agency_id: uuid.UUID | None = None
    district_code: str | None = None
    subdistrict_code: str | None = None
    category_id: uuid.UUID | None = None
    channel: str | None = None
    fast_track: bool | None = None
    urgency: str | None = None
    mou_area_id: int | None = None
    assignee_id: uuid.UUID | None = None
    first_response_sla: SlaFilter | None = None
    resolution_sla: SlaFilter | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    resolved_from: datetime | None = None
    resolved_to: datetime | None = None
    q: str | None = None

    @property
    def search(self) -> str | None:
        """The query in the stored search form, or None when it has no text."""
        folded = normalize_for_search(self.q) if self.q else ""
        return folded or None
