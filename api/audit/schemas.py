"""HTTP schemas for the audit log."""

from __future__ import annotations

import uuid
from typing import Any

from api.schemas import OutputModel, UtcDateTime
from domain.shared.principal import PrincipalKind


class AuditEntryRead(OutputModel):
    """One administrative change: who, when, which request, before and after."""

    id: uuid.UUID
    at: UtcDateTime
    actor_kind: PrincipalKind
    actor_id: uuid.UUID | None
    action: str
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None


class AuditEntryPage(OutputModel):
    items: list[AuditEntryRead]
    next_cursor: str | None
