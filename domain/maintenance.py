"""Periodic housekeeping (meant for cron): idempotent, safe to run at any time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from domain.complaint.service import ComplaintService
from domain.intake.service import IntakeService, RetrainReport
from domain.line.model import EVENT_MEMORY
from domain.privacy.retention import RetentionReport, RetentionService
from domain.shared.clock import Clock
from domain.shared.principal import SYSTEM
from domain.uow import UnitOfWork


@dataclass(frozen=True)
class MaintenanceReport:
    closed_cases: int
    purged_idempotency_keys: int
    purged_tokens: int
    rollup_cases: int = 0
    intake: RetrainReport | None = None
    retention: RetentionReport | None = None


class MaintenanceService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        complaints: ComplaintService,
        token_lifetime: timedelta,
        intake: IntakeService | None = None,
        retention: RetentionService | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._complaints = complaints
        self._token_lifetime = token_lifetime
        self._intake = intake
        self._retention = retention

    async def run(self) -> MaintenanceReport:
        closed = await self._complaints.close_expired(SYSTEM)
        now = self._clock.now()
        async with self._uow() as uow:
            keys = await uow.idempotency.purge(now)
            tokens = await uow.access_tokens.purge_issued_before(now - self._token_lifetime)
            # Half-written LINE reports that expired, and event ids LINE no longer redelivers.
            await uow.line.purge(now, EVENT_MEMORY)
            await uow.commit()
        async with self._uow() as uow:
            rolled = await uow.stats_rollups.refresh(now)
            await uow.commit()
        # The road index is rebuilt every run; the category model when enough new cases came.
        retrained = await self._intake.retrain() if self._intake is not None else None
        # Personal data past its retention period; what is on legal hold stays.
        purged = await self._retention.purge() if self._retention is not None else None
        return MaintenanceReport(closed, keys, tokens, rolled, retrained, purged)
