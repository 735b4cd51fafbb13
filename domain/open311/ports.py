"""Port of the GeoReport read side."""

from __future__ import annotations

from typing import Protocol

from domain.open311.model import RequestFilter, RequestRow


class Open311Queries(Protocol):
    async def requests(self, where: RequestFilter, limit: int) -> list[RequestRow]:
        """Cases (never merged ones) matching the filter, newest first."""
        ...
