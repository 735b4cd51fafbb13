"""Ports for SLA configuration: policies per SLA class and admin closure days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from domain.sla.model import SlaPolicy


@dataclass(frozen=True)
class ClosureDay:
    """A special day off announced by the cabinet (or a local closure)."""

    day: date
    reason: str
    created_at: datetime


class SlaPolicyRepository(Protocol):
    async def get(self, sla_class: str) -> SlaPolicy | None: ...

    async def all(self) -> list[SlaPolicy]: ...

    async def put(self, policy: SlaPolicy) -> None:
        """Store the policy as given, its version included (the service bumps it)."""
        ...


class ClosureDayRepository(Protocol):
    async def all(self) -> list[ClosureDay]: ...

    async def add(self, closure: ClosureDay) -> None: ...

    async def delete(self, day: date) -> bool: ...
