"""The unit-of-work port: one transaction, the repositories inside it, one commit."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, Self

from domain.activity.ports import ActivityRepository
from domain.audit.ports import AuditLog
from domain.complaint.ports import ComplaintRepository, Directory, IdempotencyStore
from domain.identity.ports import AccessTokenRepository, AgencyLookup, UserRepository
from domain.reference.ports import DistrictRepository, MouAreaRepository


class UnitOfWork(Protocol):
    """Use as ``async with uow:``; anything not committed is rolled back on exit."""

    districts: DistrictRepository
    mou_areas: MouAreaRepository
    users: UserRepository
    access_tokens: AccessTokenRepository
    agency_lookup: AgencyLookup
    audit: AuditLog
    complaints: ComplaintRepository
    idempotency: IdempotencyStore
    case_directory: Directory
    activities: ActivityRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...
