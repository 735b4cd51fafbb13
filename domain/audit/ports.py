"""Port of the append-only audit log."""

from __future__ import annotations

from typing import Protocol

from domain.audit.model import AuditEntry, AuditFilter
from domain.shared.paging import Page, PageRequest


class AuditLog(Protocol):
    async def append(self, entry: AuditEntry) -> None: ...

    async def list(self, page: PageRequest, filters: AuditFilter) -> Page[AuditEntry]: ...
