"""Port of the GeoReport read side."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from domain.open311.model import RequestFilter, RequestRow


class Open311Queries(Protocol):
    async def requests(self, where: RequestFilter, limit: int) -> list[RequestRow]:
        """Cases (never merged ones) matching the filter, newest first."""
        ...

    async def services_changed_at(self) -> datetime | None:
        """When a category (a service or its definition) last changed."""
        ...
