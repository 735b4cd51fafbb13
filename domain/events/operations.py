"""Operations: the queue's health for admins and for readiness."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from domain.errors import Forbidden, Unavailable
from domain.events.ports import QueueHealth
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class QueueStuck(Unavailable):
    code = "readiness.queue_stuck"
    title = "The event queue is stuck"
    title_th = "คิวเหตุการณ์ค้าง"


class OperationsService:
    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock, stuck_after: timedelta) -> None:
        self._uow = uow
        self._clock = clock
        self._stuck_after = stuck_after

    async def health(self, actor: Principal) -> QueueHealth:
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden("Only administrators see the queue.", code="operations.admin_only")
        async with self._uow() as uow:
            return await uow.queue_monitor.health()

    async def check_not_stuck(self) -> None:
        """Unavailable when the oldest undispatched event waits longer than allowed: no
        runner is working (no worker started, or every one is failing)."""
        async with self._uow() as uow:
            health = await uow.queue_monitor.health()
        oldest = health.oldest_pending_at
        if oldest is not None and self._clock.now() - oldest > self._stuck_after:
            waited = int((self._clock.now() - oldest).total_seconds())
            raise QueueStuck(
                f"The oldest pending event has waited {waited} s; is a job runner running?",
                detail_th=f"เหตุการณ์ที่ค้างนานที่สุดรอมาแล้ว {waited} วินาที โปรดตรวจสอบตัวประมวลผลงาน",
                extra={"oldest_pending_seconds": waited, "pending": health.pending_events},
            )
