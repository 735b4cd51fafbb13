"""Work queues over cases: filters, sorts, the partners' change feed, export pages, duplicates."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from domain.complaint.filters import QueueFilter
from domain.complaint.model import Complaint
from domain.complaint.queue_ports import QueueSort
from domain.complaint.service import ComplaintConfig, ComplaintNotFound
from domain.complaint.similarity import SIMILAR_WINDOW, Similar, rank_similar
from domain.complaint.sla import CaseSla
from domain.complaint.view import ComplaintView, access_entry, complaint_resource, view_of
from domain.errors import Forbidden
from domain.policy import Action, Representation, Resource, ResourceKind, may
from domain.privacy.disclosure import PiiAccess
from domain.privacy.model import PersonalDataAccess
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Principal
from domain.sla.status import SlaStatus, milestone_state
from domain.stats.model import StatsScope
from domain.stats.service import scope_of
from domain.uow import UnitOfWork


def stored_sla(c: Complaint, now: datetime) -> CaseSla:
    """SLA states from the due times stored on the case (lists, the change feed, exports),
    decided by the same rule as the single read (`milestone_state`)."""

    def one(due: datetime | None, soon: datetime | None, met: datetime | None) -> SlaStatus:
        state = milestone_state(
            due_at=due, now=now, met_at=met, due_soon=soon is not None and now >= soon
        )
        left = None if due is None else due - (met if met is not None else now)
        return SlaStatus(state, due, left, timedelta(0))

    return CaseSla(
        c.sla_class,
        one(c.first_response_due_at, c.first_response_due_soon_at, c.first_response_at),
        one(c.resolution_due_at, c.resolution_due_soon_at, c.lifecycle.resolved_at),
    )


class QueueService:
    """Lists of cases, each shown exactly as the single read shows it to the caller."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        config: ComplaintConfig | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._config = config or ComplaintConfig()

    def check_list(self, actor: Principal) -> None:
        """Raise Forbidden unless `actor` may list cases at all."""
        self._check(actor)

    @staticmethod
    def _check(actor: Principal) -> StatsScope:
        if not may(actor, Action.list_cases, Resource(ResourceKind.complaint)):
            raise Forbidden("You may not list cases.", code="complaint.list_forbidden")
        return scope_of(actor)

    def _view(
        self,
        actor: Principal,
        c: Complaint,
        now: datetime,
        shown_in: Representation = Representation.case,
    ) -> ComplaintView:
        return view_of(
            c,
            actor,
            now=now,
            reopen_window=self._config.reopen_window,
            shown_in=shown_in,
            sla=stored_sla(c, now),
        )

    async def _views(
        self, uow: UnitOfWork, actor: Principal, cases: list[Complaint], purpose: str
    ) -> list[ComplaintView]:
        now = self._clock.now()
        views = []
        seen: list[PersonalDataAccess] = []
        for c in cases:
            if not may(actor, Action.read, complaint_resource(c)):
                continue  # the SQL scope already excludes it; the policy has the last word
            view = self._view(actor, c, now)
            if view.pii is PiiAccess.full:
                entry = access_entry(actor, c, now, purpose)
                if entry is not None:
                    seen.append(entry)
            views.append(view)
        # One multi-row insert per page, not one round trip per case.
        await uow.pd_access.append_many(seen)
        return views

    async def list_cases(
        self, actor: Principal, filters: QueueFilter, sort: QueueSort, page: PageRequest
    ) -> Page[ComplaintView]:
        scope = self._check(actor)
        async with self._uow() as uow:
            found = await uow.complaint_queries.queue_page(
                scope, filters, sort, page, self._clock.now()
            )
            views = await self._views(uow, actor, list(found.items), "case_list")
            await uow.commit()
        return Page(views, found.next_key)

    async def changes(
        self, actor: Principal, after: int, limit: int
    ) -> tuple[list[tuple[int, ComplaintView]], int]:
        """Changed cases after sequence `after`, and the sequence to resume from."""
        scope = self._check(actor)
        async with self._uow() as uow:
            changed = await uow.complaint_queries.changes(scope, after, limit)
            views = await self._views(uow, actor, [ch.complaint for ch in changed], "change_feed")
            await uow.commit()
        by_id = {v.complaint.id: v for v in views}
        items = [(ch.seq, by_id[ch.complaint.id]) for ch in changed if ch.complaint.id in by_id]
        return items, (changed[-1].seq if changed else after)

    async def export_page(
        self, actor: Principal, filters: QueueFilter, page: PageRequest
    ) -> Page[ComplaintView]:
        """One page of an export, newest first; exports never show personal data in full
        (`Representation.export` in `domain/policy.py`)."""
        scope = self._check(actor)
        async with self._uow() as uow:
            found = await uow.complaint_queries.queue_page(
                scope, filters, QueueSort.created, page, self._clock.now()
            )
        now = self._clock.now()
        views = [
            self._view(actor, c, now, Representation.export)
            for c in found.items
            if may(actor, Action.read, complaint_resource(c))
        ]
        return Page(views, found.next_key)

    async def similar(
        self, actor: Principal, complaint_id: uuid.UUID, limit: int = 10
    ) -> list[tuple[Similar, ComplaintView]]:
        scope = self._check(actor)
        async with self._uow() as uow:
            c = await uow.complaints.get(complaint_id)
            if c is None or not may(actor, Action.read, complaint_resource(c)):
                raise ComplaintNotFound(f"No complaint {complaint_id} is visible to you.")
            since = c.created_at - SIMILAR_WINDOW
            found = await uow.complaint_queries.candidates(scope, c, since, 500)
            ranked = rank_similar(c, found, limit)
            cases = await uow.complaint_queries.by_ids([s.candidate.id for s in ranked])
            views = await self._views(uow, actor, cases, "similar")
            await uow.commit()
        by_id = {v.complaint.id: v for v in views}
        return [(s, by_id[s.candidate.id]) for s in ranked if s.candidate.id in by_id]
