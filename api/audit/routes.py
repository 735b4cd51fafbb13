"""The admin audit log (admins and OMB officers)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from api.audit.schemas import AuditEntryPage, AuditEntryRead
from api.deps import AuditServiceDep, PrincipalDep
from api.errors import problem_responses
from api.paging import PageDep
from api.schemas import UtcDateTime
from domain.audit.model import AuditFilter
from domain.shared.paging import PageRequest

router = APIRouter(prefix="/audit-log", tags=["audit-log"])


@router.get("", responses=problem_responses(401, 403, 422))
async def list_audit_entries(
    actor: PrincipalDep,
    service: AuditServiceDep,
    page: PageDep,
    entity_type: Annotated[str | None, Query(max_length=32)] = None,
    entity_id: Annotated[str | None, Query(max_length=64)] = None,
    actor_id: uuid.UUID | None = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    since: UtcDateTime | None = None,
    until: UtcDateTime | None = None,
) -> AuditEntryPage:
    """Administrative changes, newest first, filterable by entity, actor, action and time."""
    result = await service.list(
        actor,
        PageRequest(page.limit, page.after(2)),
        AuditFilter(
            entity_type=entity_type,
            entity_id=entity_id,
            actor_id=actor_id,
            action=action,
            since=since,
            until=until,
        ),
    )
    return AuditEntryPage(
        items=[AuditEntryRead.model_validate(e) for e in result.items],
        next_cursor=result.next_cursor,
    )
