"""Partner webhooks: the consumer that queues deliveries, the sender that signs and posts
them with retries, and the partners' management of their subscriptions."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import timedelta

from domain.complaint.view import complaint_resource
from domain.errors import Forbidden, NotFound
from domain.events.model import DomainEvent, EventType
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import Clock
from domain.shared.principal import Principal, PrincipalKind, Role
from domain.uow import UnitOfWork
from domain.webhook.model import (
    SECRET_OVERLAP,
    Attempt,
    DeliveryStatus,
    WebhookDelivery,
    WebhookSubscription,
    next_attempt,
)
from domain.webhook.ports import WebhookSigner, WebhookTransport

log = logging.getLogger("fasttrack.webhooks")
READ_SCOPE = "complaints:read"


class WebhookNotFound(NotFound):
    code = "webhook.not_found"
    title = "Webhook subscription not found"
    title_th = "ไม่พบการสมัครรับ webhook"


class WebhookDeliveryNotFound(NotFound):
    code = "webhook_delivery.not_found"
    title = "Webhook delivery not found"
    title_th = "ไม่พบรายการส่ง webhook"


def client_principal(
    client_id: uuid.UUID, agency_id: uuid.UUID, scopes: Iterable[str]
) -> Principal:
    return Principal(
        id=client_id,
        kind=PrincipalKind.api_client,
        role=Role.api_client,
        agency_id=agency_id,
        scopes=frozenset(scopes),
    )


class WebhookConsumer:
    """Queues one delivery per subscription that wants the event and whose client may read
    its subject. Payloads are the event's facts: ids, numbers and states, never personal
    data, so no client sees more than its own reads would show."""

    name = "webhooks"

    async def handle(self, uow: UnitOfWork, event: DomainEvent) -> None:
        subscriptions = [
            s for s in await uow.webhook_subscriptions.list_active() if s.wants(event.type)
        ]
        if not subscriptions:
            return
        complaint = None
        if event.type.subject == "complaint":
            complaint = await uow.complaints.get(event.subject_id)
            if complaint is None:
                return
        for s in subscriptions:
            client = await uow.api_clients.get(s.client_id)
            if client is None or not client.may_authenticate:
                continue
            actor = client_principal(client.id, client.agency_id, client.scopes)
            if complaint is not None:
                resource = complaint_resource(complaint)
            else:
                organisers = frozenset(
                    uuid.UUID(a) for a in event.data.get("organiser_agency_ids", [])
                )
                resource = Resource(ResourceKind.activity, agency_ids=organisers)
                if client.agency_id not in organisers:
                    continue
            if complaint is not None and not may(actor, Action.read, resource):
                continue
            await uow.webhook_deliveries.add(
                WebhookDelivery(
                    id=uuid.uuid4(),
                    subscription_id=s.id,
                    event_id=event.id,
                    event_type=event.type,
                    payload={
                        "type": event.type.value,
                        "timestamp": event.occurred_at.isoformat(),
                        "data": event.data,
                    },
                    status=DeliveryStatus.pending,
                    attempts=0,
                    next_attempt_at=event.occurred_at,
                    created_at=event.occurred_at,
                )
            )


class WebhookSender:
    """Posts due deliveries, signed per Standard Webhooks; failures retry on the schedule
    (about a day), a 410 or too many failures in a row disable the subscription."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        transport: WebhookTransport,
        signer: WebhookSigner,
        *,
        disable_after: int = 20,
        lease: timedelta = timedelta(minutes=5),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._transport = transport
        self._signer = signer
        self._disable_after = disable_after
        self._lease = lease

    async def deliver_due(self, limit: int = 20) -> int:
        async with self._uow() as uow:
            batch = await uow.webhook_deliveries.claim_due(self._clock.now(), limit, self._lease)
            await uow.commit()
        for d in batch:
            await self._deliver(d)
        return len(batch)

    async def _deliver(self, d: WebhookDelivery) -> None:
        now = self._clock.now()
        async with self._uow() as uow:
            # Re-take the lease just before posting (see EmailSender.send_due).
            assert d.claimed_until is not None
            mine = await uow.webhook_deliveries.renew(d.id, d.claimed_until, now + self._lease)
            await uow.commit()
        if not mine:
            return
        async with self._uow() as uow:
            s = await uow.webhook_subscriptions.get(d.subscription_id)
        if s is None or not s.is_active:
            async with self._uow() as uow:
                attempt = Attempt(now, None, "subscription disabled or deleted")
                await uow.webhook_deliveries.record(d.id, attempt, DeliveryStatus.failed, None)
                await uow.commit()
            return
        body = json.dumps(d.payload, ensure_ascii=False, separators=(",", ":")).encode()
        headers = self._signer.sign(s.signing_secrets(now), str(d.event_id), now, body)
        result = await self._transport.post(
            s.url, body, headers | {"content-type": "application/json"}
        )
        done = self._clock.now()
        attempt = Attempt(done, result.status_code, result.error)
        async with self._uow() as uow:
            if result.ok:
                await uow.webhook_deliveries.record(d.id, attempt, DeliveryStatus.succeeded, None)
                await uow.webhook_subscriptions.count_failure(s.id, reset=True)
            else:
                retry = None if result.gone else next_attempt(d.attempts + 1, done)
                status = DeliveryStatus.pending if retry else DeliveryStatus.failed
                await uow.webhook_deliveries.record(d.id, attempt, status, retry)
                failures = await uow.webhook_subscriptions.count_failure(s.id, reset=False)
                reason = None
                if result.gone:
                    reason = "the receiver answered 410 Gone"
                elif failures >= self._disable_after:
                    reason = f"{failures} failed attempts in a row"
                if reason:
                    log.warning("webhook subscription %s disabled: %s", s.id, reason)
                    await uow.webhook_subscriptions.disable(s.id, reason, done)
                    await uow.webhook_deliveries.fail_pending(s.id)
            await uow.commit()


class WebhookService:
    """API clients manage their own subscriptions; admins see failed deliveries."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        transport: WebhookTransport,
        signer: WebhookSigner,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._transport = transport
        self._signer = signer

    @staticmethod
    def _client(actor: Principal) -> uuid.UUID:
        if actor.kind is not PrincipalKind.api_client:
            raise Forbidden(
                "Webhook subscriptions belong to API clients.", code="webhook.clients_only"
            )
        if READ_SCOPE not in (actor.scopes or frozenset()):
            raise Forbidden(
                f"Receiving case events needs the {READ_SCOPE} scope.",
                code="webhook.scope_missing",
            )
        return actor.id

    async def _own(self, uow: UnitOfWork, actor: Principal, sid: uuid.UUID) -> WebhookSubscription:
        client_id = self._client(actor)
        s = await uow.webhook_subscriptions.get(sid)
        if s is None or s.client_id != client_id:
            raise WebhookNotFound(f"No webhook subscription {sid} is yours.")
        return s

    async def create(
        self, actor: Principal, url: str, event_types: Iterable[EventType]
    ) -> WebhookSubscription:
        client_id = self._client(actor)
        self._transport.check_target(url)
        now = self._clock.now()
        s = WebhookSubscription(
            id=uuid.uuid4(),
            client_id=client_id,
            url=url,
            event_types=frozenset(event_types),
            secret=self._signer.new_secret(),
            previous_secret=None,
            previous_secret_expires_at=None,
            is_active=True,
            disabled_reason=None,
            consecutive_failures=0,
            created_at=now,
            updated_at=now,
        )
        async with self._uow() as uow:
            await uow.webhook_subscriptions.add(s)
            await uow.commit()
        return s

    async def list_subscriptions(self, actor: Principal) -> list[WebhookSubscription]:
        client_id = self._client(actor)
        async with self._uow() as uow:
            return await uow.webhook_subscriptions.list_for_client(client_id)

    async def get(self, actor: Principal, sid: uuid.UUID) -> WebhookSubscription:
        async with self._uow() as uow:
            return await self._own(uow, actor, sid)

    async def update(
        self,
        actor: Principal,
        sid: uuid.UUID,
        *,
        url: str | None = None,
        event_types: Iterable[EventType] | None = None,
        is_active: bool | None = None,
    ) -> WebhookSubscription:
        async with self._uow() as uow:
            s = await self._own(uow, actor, sid)
            changes: dict[str, object] = {"updated_at": self._clock.now()}
            if url is not None:
                self._transport.check_target(url)
                changes["url"] = url
            if event_types is not None:
                changes["event_types"] = frozenset(event_types)
            if is_active is not None:
                changes["is_active"] = is_active
                if is_active:  # re-enabled: the failure count starts again
                    changes.update(disabled_reason=None, consecutive_failures=0)
                else:
                    changes["disabled_reason"] = "disabled by the client"
            saved = await uow.webhook_subscriptions.update(replace(s, **changes), s.version)  # type: ignore[arg-type]
            await uow.commit()
        return saved

    async def delete(self, actor: Principal, sid: uuid.UUID) -> None:
        async with self._uow() as uow:
            await self._own(uow, actor, sid)
            await uow.webhook_subscriptions.delete(sid)
            await uow.commit()

    async def rotate_secret(self, actor: Principal, sid: uuid.UUID) -> WebhookSubscription:
        """A new secret; the old one still signs (a second signature) for SECRET_OVERLAP."""
        now = self._clock.now()
        async with self._uow() as uow:
            s = await self._own(uow, actor, sid)
            rotated = replace(
                s,
                secret=self._signer.new_secret(),
                previous_secret=s.secret,
                previous_secret_expires_at=now + SECRET_OVERLAP,
                updated_at=now,
            )
            saved = await uow.webhook_subscriptions.update(rotated, s.version)
            await uow.commit()
        return saved

    async def deliveries(
        self, actor: Principal, sid: uuid.UUID, limit: int = 50
    ) -> list[WebhookDelivery]:
        async with self._uow() as uow:
            await self._own(uow, actor, sid)
            return await uow.webhook_deliveries.list_for_subscription(sid, limit)

    async def replay(
        self, actor: Principal, sid: uuid.UUID, delivery_id: uuid.UUID
    ) -> WebhookDelivery:
        """Send a delivery again (same webhook-id, so receivers can tell it is a repeat)."""
        async with self._uow() as uow:
            s = await self._own(uow, actor, sid)
            d = await uow.webhook_deliveries.get(delivery_id)
            if d is None or d.subscription_id != s.id:
                raise WebhookDeliveryNotFound(f"No delivery {delivery_id} of this subscription.")
            await uow.webhook_deliveries.replay(delivery_id, self._clock.now())
            await uow.commit()
            replayed = await uow.webhook_deliveries.get(delivery_id)
        assert replayed is not None
        return replayed

    async def failed_deliveries(self, actor: Principal, limit: int = 100) -> list[WebhookDelivery]:
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden("Only administrators see every delivery.", code="operations.admin_only")
        async with self._uow() as uow:
            return await uow.webhook_deliveries.list_failed(limit)
