"""Ports of the work queues: filters, sorts and the read model of many cases."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.complaint.model import Complaint
from domain.search.normalize import normalize_for_search
from domain.shared.paging import Page, PageRequest
from domain.stats.model import StatsScope


class QueueSort(enum.StrEnum):
    created = "created"  # newest first
    updated = "updated"  # most recently changed first
    due = "due"  # resolution due soonest first; cases without a due time last


class SlaFilter(enum.StrEnum):
    on_track = "on_track"
    due_soon = "due_soon"
    breached = "breached"


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    agency_id: uuid.UUID | None = None
    district_code: str | None = None
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


@dataclass(frozen=True)
class ChangedCase:
    seq: int
    complaint: Complaint


class ComplaintQueries(Protocol):
    """Read model of many cases; `scope` limits them to what the caller may see."""

    async def queue_page(
        self,
        scope: StatsScope,
        filters: QueueFilter,
        sort: QueueSort,
        page: PageRequest,
        now: datetime,
    ) -> Page[Complaint]: ...

    async def changes(self, scope: StatsScope, after: int, limit: int) -> list[ChangedCase]:
        """Changes with a sequence above `after`, in sequence order; only sequences no
        still-running transaction can fall below are returned."""
        ...

    async def candidates(
        self, scope: StatsScope, c: Complaint, since: datetime, limit: int
    ) -> list[Complaint]:
        """Possible duplicates of `c`: same category, created since `since`."""
        ...
