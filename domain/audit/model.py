"""An audit entry: who changed what, when, in which request, before and after."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.shared.principal import Principal, PrincipalKind


@dataclass(frozen=True)
class AuditEntry:
    id: uuid.UUID
    at: datetime
    actor_kind: PrincipalKind
    actor_id: uuid.UUID | None
    action: str
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None

    @classmethod
    def record(
        cls,
        actor: Principal,
        at: datetime,
        action: str,
        entity_type: str,
        entity_id: object,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> AuditEntry:
        return cls(
            id=uuid.uuid4(),
            at=at,
            actor_kind=actor.kind,
            actor_id=actor.recorded_id,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            before=before,
            after=after,
            request_id=actor.request_id,
        )


@dataclass(frozen=True)
class AuditFilter:
    entity_type: str | None = None
    entity_id: str | None = None
    actor_id: uuid.UUID | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)
