"""The dispatcher: hands each outbox event to every consumer, once, in commit order.

One event per transaction: the consumers' writes (queued e-mails, webhook deliveries,
timeline entries) and the event's `dispatched_at` commit together, so a worker killed
mid-batch leaves the event pending and nothing half-done; consumers key their effects by the
event id (unique constraints), so a retried event never doubles an effect."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from domain.events.model import DomainEvent
from domain.shared.clock import Clock
from domain.uow import UnitOfWork

log = logging.getLogger("fasttrack.events")


class Consumer(Protocol):
    name: str

    async def handle(self, uow: UnitOfWork, event: DomainEvent) -> None:
        """Write the event's effects in `uow` (the dispatcher commits)."""
        ...


class EventDispatcher:
    def __init__(
        self, uow: Callable[[], UnitOfWork], clock: Clock, consumers: Sequence[Consumer]
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._consumers = tuple(consumers)

    async def dispatch_one(self) -> bool:
        """Dispatch the oldest pending event; False when there is none."""
        async with self._uow() as uow:
            claimed = await uow.outbox.claim_pending(1)
            if not claimed:
                return False
            event = claimed[0].event
            try:
                for consumer in self._consumers:
                    await consumer.handle(uow, event)
                await uow.outbox.mark_dispatched(event.id, self._clock.now())
                await uow.commit()
                return True
            except Exception as exc:  # any consumer failure: roll back, count the attempt
                failure = f"{type(exc).__name__}: {exc}"
                log.warning("event %s (%s) failed: %s", event.id, event.type, failure)
        async with self._uow() as uow:
            await uow.outbox.mark_failed(event.id, failure)
            await uow.commit()
        return True

    async def dispatch(self, limit: int = 100) -> int:
        """Dispatch up to `limit` events; returns how many were taken."""
        done = 0
        while done < limit and await self.dispatch_one():
            done += 1
        return done
