"""Reading the audit log (admins and OMB officers)."""

from __future__ import annotations

from collections.abc import Callable

from domain.audit.model import AuditEntry, AuditFilter
from domain.errors import Forbidden
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class AuditService:
    def __init__(self, uow: Callable[[], UnitOfWork]) -> None:
        self._uow = uow

    async def list(
        self, actor: Principal, page: PageRequest, filters: AuditFilter
    ) -> Page[AuditEntry]:
        if not may(actor, Action.read_audit, Resource(ResourceKind.audit_log)):
            raise Forbidden(
                "Only administrators and OMB officers read the audit log.", code="audit.forbidden"
            )
        async with self._uow() as uow:
            return await uow.audit.list(page, filters)
