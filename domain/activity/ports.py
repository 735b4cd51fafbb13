"""Ports the activity use cases need."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.activity.model import Activity, ActivityStatus, ActivityType
from domain.shared.paging import Page, PageRequest


@dataclass(frozen=True)
class ActivityFilter:
    mou_area_id: int | None = None
    district_code: str | None = None
    type: ActivityType | None = None
    statuses: frozenset[ActivityStatus] | None = None
    starts_from: datetime | None = None
    starts_before: datetime | None = None


class ActivityRepository(Protocol):
    async def add(self, activity: Activity) -> None: ...

    async def get(self, activity_id: uuid.UUID) -> Activity | None: ...

    async def update(self, activity: Activity, expected_version: int) -> Activity:
        """Write it if its stored version is `expected_version` (else ConcurrentUpdate);
        returns it with the next version."""
        ...

    async def all(self, filters: ActivityFilter) -> list[Activity]:
        """Every matching activity in start order (an area's programme is small)."""
        ...

    async def complaints_received(
        self, activity_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
        """The complaints filed with each activity's id, oldest first."""
        ...

    async def district_offices(self, codes: Iterable[str]) -> dict[str, uuid.UUID | None]:
        """Each known district among `codes` and its active district office (None if none)."""
        ...

    async def unknown_agencies(self, agency_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """The ids among `agency_ids` that are not active agencies."""
        ...

    async def list(self, page: PageRequest, filters: ActivityFilter) -> Page[Activity]:
        """Keyset-paged by (starts_at, id)."""
        ...
