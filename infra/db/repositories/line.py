"""SqlLineStore: LINE webhook event ids, conversations and the outbound delivery queue;
SqlLineLinkStore: staff users linked to LINE users and their one-time codes."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Channel
from domain.line.model import (
    Conversation,
    DeliveryKind,
    DeliveryStatus,
    LineCase,
    LineDelivery,
    LineLink,
    NotifyVia,
    OutboundMessage,
    Step,
)
from infra.db.repositories.complaints import _dialect_insert
from infra.db.repositories.events import for_update_skip_locked
from infra.db.tables import (
    ComplaintRow,
    LineConversationRow,
    LineDeliveryRow,
    LineLinkCodeRow,
    LineLinkRow,
    LineWebhookEventRow,
    table_of,
)

EVENTS = table_of(LineWebhookEventRow)
EV: Any = EVENTS.c
CONVERSATIONS = table_of(LineConversationRow)
CV: Any = CONVERSATIONS.c
DELIVERIES = table_of(LineDeliveryRow)
DL: Any = DELIVERIES.c
LINKS = table_of(LineLinkRow)
LK: Any = LINKS.c
CODES = table_of(LineLinkCodeRow)
LC: Any = CODES.c
COMPLAINTS = table_of(ComplaintRow)
CO: Any = COMPLAINTS.c


def _conversation(row: Any) -> Conversation:
    data = row.data or {}
    return Conversation(
        user_id=row.user_id,
        step=Step(row.step),
        language=row.language,
        expires_at=row.expires_at,
        description=data.get("description"),
        lat=data.get("lat"),
        lon=data.get("lon"),
        address=data.get("address"),
        district_code=data.get("district_code"),
        photo_ids=tuple(data.get("photo_ids", ())),
        notice_version=data.get("notice_version"),
    )


def _delivery(row: Any, claimed_until: datetime | None) -> LineDelivery:
    return LineDelivery(
        id=row.id,
        key=row.key,
        kind=DeliveryKind(row.kind),
        user_id=row.user_id,
        created_at=row.created_at,
        reply_token=row.reply_token,
        messages=tuple(OutboundMessage.from_dict(m) for m in row.messages or []),
        complaint_id=row.complaint_id,
        message_id=row.message_id,
        attempts=row.attempts,
        claimed_until=claimed_until,
        status=DeliveryStatus(row.status),
    )


class SqlLineStore:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def remember_event(self, event_id: str, at: datetime) -> bool:
        stmt = (
            _dialect_insert(self._s)(EVENTS)
            .values(event_id=event_id, received_at=at)
            .on_conflict_do_nothing(index_elements=["event_id"])
            .returning(EV.event_id)
        )
        return (await self._s.execute(stmt)).first() is not None

    async def conversation(self, user_id: str, now: datetime) -> Conversation | None:
        row = (
            await self._s.execute(
                select(CONVERSATIONS).where(CV.user_id == user_id, CV.expires_at > now)
            )
        ).first()
        return _conversation(row) if row is not None else None

    async def save_conversation(self, conversation: Conversation) -> None:
        c = conversation
        data = {
            "description": c.description,
            "lat": c.lat,
            "lon": c.lon,
            "address": c.address,
            "district_code": c.district_code,
            "photo_ids": list(c.photo_ids),
            "notice_version": c.notice_version,
        }
        values = {
            "step": c.step.value,
            "language": c.language,
            "data": data,
            "expires_at": c.expires_at,
        }
        stmt = (
            _dialect_insert(self._s)(CONVERSATIONS)
            .values(user_id=c.user_id, **values)
            .on_conflict_do_update(index_elements=["user_id"], set_=values)
        )
        await self._s.execute(stmt)

    async def end_conversation(self, user_id: str) -> None:
        await self._s.execute(delete(CONVERSATIONS).where(CV.user_id == user_id))

    async def cases_of(self, user_id: str, limit: int) -> list[LineCase]:
        rows = await self._s.execute(
            select(CO.case_number, CO.tracking_code, CO.status, CO.updated_at)
            .where(CO.complainant_line_user_id == user_id, CO.channel == Channel.line)
            .order_by(CO.created_at.desc(), CO.id)
            .limit(limit)
        )
        return [
            LineCase(r.case_number, r.tracking_code, ComplaintStatus(r.status), r.updated_at)
            for r in rows
        ]

    async def queue(self, delivery: LineDelivery) -> bool:
        d = delivery
        stmt = (
            _dialect_insert(self._s)(DELIVERIES)
            .values(
                id=d.id,
                key=d.key,
                kind=d.kind.value,
                user_id=d.user_id,
                reply_token=d.reply_token,
                messages=[m.as_dict() for m in d.messages],
                complaint_id=d.complaint_id,
                message_id=d.message_id,
                status=DeliveryStatus.pending.value,
                attempts=0,
                next_attempt_at=d.created_at,
                created_at=d.created_at,
            )
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(DL.id)
        )
        return (await self._s.execute(stmt)).first() is not None

    async def claim_due(self, now: datetime, limit: int, lease: timedelta) -> list[LineDelivery]:
        stmt = (
            select(DELIVERIES)
            .where(
                DL.status == DeliveryStatus.pending.value,
                DL.next_attempt_at <= now,
                or_(DL.claimed_until.is_(None), DL.claimed_until <= now),
            )
            .order_by(DL.next_attempt_at, DL.id)
            .limit(limit)
        )
        rows = (await self._s.execute(for_update_skip_locked(self._s, stmt))).all()
        until = now + lease
        if rows:
            await self._s.execute(
                update(DELIVERIES)
                .where(DL.id.in_([r.id for r in rows]))
                .values(claimed_until=until)
            )
        return [_delivery(r, until) for r in rows]

    async def mark_sent(self, delivery_id: uuid.UUID, at: datetime) -> None:
        await self._s.execute(
            update(DELIVERIES)
            .where(DL.id == delivery_id)
            .values(
                status=DeliveryStatus.sent.value,
                sent_at=at,
                attempts=DL.attempts + 1,
                claimed_until=None,
                messages=[],
                reply_token=None,
            )
        )

    async def mark_failed(
        self, delivery_id: uuid.UUID, error: str, retry_at: datetime | None
    ) -> None:
        values: dict[str, Any] = {
            "attempts": DL.attempts + 1,
            "last_error": error[:2000],
            "claimed_until": None,
        }
        if retry_at is None:
            values["status"] = DeliveryStatus.failed.value
            values["messages"] = []
        else:
            values["next_attempt_at"] = retry_at
        await self._s.execute(update(DELIVERIES).where(DL.id == delivery_id).values(**values))

    async def purge(self, now: datetime, keep_events: timedelta) -> int:
        events = await self._s.execute(delete(EVENTS).where(EV.received_at < now - keep_events))
        convos = await self._s.execute(delete(CONVERSATIONS).where(CV.expires_at <= now))
        await self._s.execute(delete(CODES).where(LC.expires_at <= now))
        return int(getattr(events, "rowcount", 0)) + int(getattr(convos, "rowcount", 0))


def _link(row: Any) -> LineLink:
    return LineLink(row.user_id, row.line_user_id, row.linked_at, NotifyVia(row.notify_via))


class SqlLineLinkStore:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def link_of(self, user_id: uuid.UUID) -> LineLink | None:
        row = (await self._s.execute(select(LINKS).where(LK.user_id == user_id))).first()
        return _link(row) if row is not None else None

    async def link_by_line_user(self, line_user_id: str) -> LineLink | None:
        row = (await self._s.execute(select(LINKS).where(LK.line_user_id == line_user_id))).first()
        return _link(row) if row is not None else None

    async def save_link(self, link: LineLink) -> None:
        await self._s.execute(delete(LINKS).where(LK.user_id == link.user_id))
        await self._s.execute(
            LINKS.insert().values(
                user_id=link.user_id,
                line_user_id=link.line_user_id,
                linked_at=link.linked_at,
                notify_via=link.notify_via,
            )
        )

    async def remove_link(self, user_id: uuid.UUID) -> bool:
        result = await self._s.execute(delete(LINKS).where(LK.user_id == user_id))
        return int(getattr(result, "rowcount", 0)) > 0

    async def set_notify_via(self, user_id: uuid.UUID, via: NotifyVia) -> bool:
        result = await self._s.execute(
            update(LINKS).where(LK.user_id == user_id).values(notify_via=via)
        )
        return int(getattr(result, "rowcount", 0)) > 0

    async def put_code(self, user_id: uuid.UUID, code_hash: str, expires_at: datetime) -> bool:
        clash = (
            await self._s.execute(
                select(LC.user_id).where(LC.code_hash == code_hash, LC.user_id != user_id)
            )
        ).first()
        if clash is not None:
            return False
        await self._s.execute(delete(CODES).where(LC.user_id == user_id))
        await self._s.execute(
            CODES.insert().values(user_id=user_id, code_hash=code_hash, expires_at=expires_at)
        )
        return True

    async def take_code(self, code_hash: str, now: datetime) -> uuid.UUID | None:
        # One statement: of two requests racing with the same code, one gets the row.
        row = (
            await self._s.execute(
                delete(CODES).where(LC.code_hash == code_hash).returning(LC.user_id, LC.expires_at)
            )
        ).first()
        if row is None:
            return None
        user_id: uuid.UUID = row.user_id
        return user_id if row.expires_at > now else None

    async def drop_codes(self, user_id: uuid.UUID) -> None:
        await self._s.execute(delete(CODES).where(LC.user_id == user_id))
