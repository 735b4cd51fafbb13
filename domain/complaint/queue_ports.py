"""Ports of the work queues: filters, sorts and the read model of many cases."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.complaint.filters import QueueFilter
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Complaint
from domain.complaint.similarity import Candidate
from domain.shared.paging import Page, PageRequest
from domain.stats.model import StatsScope


class QueueSort(enum.StrEnum):
    created = "created"  # newest first
    updated = "updated"  # most recently changed first
    due = "due"  # resolution due soonest first; cases without a due time last


@dataclass(frozen=True)
class ChangedCase:
    seq: int
    complaint: Complaint


@dataclass(frozen=True)
class RecentCase:
    """What the public duplicate hint reads of a recent case (nothing personal leaves it)."""

    category_id: uuid.UUID
    district_code: str | None
    status: ComplaintStatus
    created_at: datetime
    lat: float | None
    lon: float | None


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
        """Changes with a feed position above `after`, in position order. A position is
        final once returned: no change that commits later gets a lower one, so a reader
        polling from its last position sees each committed change once; two changes of one
        case come in the order they committed."""
        ...

    async def candidates(
        self, scope: StatsScope, c: Complaint, since: datetime, limit: int
    ) -> list[Candidate]:
        """Possible duplicates of `c`: same category, created since `since`."""
        ...

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> list[Complaint]:
        """The cases of `ids` that exist, in no particular order."""
        ...

    async def recent_public(
        self, category_id: uuid.UUID, since: datetime, limit: int
    ) -> list[RecentCase]:
        """Cases of the category created since `since`, newest first, for the public hint:
        not confidential, not merged, rejected or withdrawn."""
        ...
