"""Partner webhooks: API clients subscribe to case and activity events (Standard Webhooks);
the payloads are described in the OpenAPI document's `webhooks`."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Response
from pydantic import ConfigDict, Field, StrictBool

from api.deps import PrincipalDep, WebhookServiceDep
from api.errors import problem_responses
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.events.model import EventType
from domain.webhook.model import DeliveryStatus, WebhookDelivery, WebhookSubscription

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
operations = APIRouter(prefix="/operations", tags=["operations"])


class WebhookSubscriptionCreate(InputModel):
    url: str = Field(max_length=2000, description="HTTPS endpoint that receives the events")
    event_types: list[EventType] = Field(
        default_factory=list, max_length=40, description="Empty: every event type"
    )


class WebhookSubscriptionUpdate(InputModel):
    url: str | None = Field(default=None, max_length=2000)
    event_types: list[EventType] | None = Field(default=None, max_length=40)
    is_active: StrictBool | None = Field(
        default=None, description="true re-enables a disabled subscription"
    )


class WebhookSubscriptionRead(OutputModel):
    id: uuid.UUID
    url: str
    event_types: list[EventType]
    is_active: bool
    disabled_reason: str | None
    consecutive_failures: int
    previous_secret_valid_until: UtcDateTime | None = Field(
        description="After a rotation the previous secret also signs until then"
    )
    created_at: UtcDateTime
    updated_at: UtcDateTime

    @classmethod
    def of(cls, s: WebhookSubscription) -> WebhookSubscriptionRead:
        return cls(
            id=s.id,
            url=s.url,
            event_types=sorted(s.event_types),
            is_active=s.is_active,
            disabled_reason=s.disabled_reason,
            consecutive_failures=s.consecutive_failures,
            previous_secret_valid_until=s.previous_secret_expires_at,
            created_at=s.created_at,
            updated_at=s.updated_at,
        )


class WebhookSubscriptionCreated(WebhookSubscriptionRead):
    secret: str = Field(description="whsec_… signing secret: shown only now, store it")


class WebhookSecretRead(OutputModel):
    secret: str = Field(description="The new whsec_… secret: shown only now")
    previous_secret_valid_until: UtcDateTime | None


class WebhookSubscriptionPage(OutputModel):
    items: list[WebhookSubscriptionRead]
    next_cursor: str | None


class WebhookAttemptRead(OutputModel):
    at: UtcDateTime
    status_code: int | None
    error: str | None


class WebhookDeliveryRead(OutputModel):
    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: uuid.UUID = Field(description="Also the webhook-id header of every attempt")
    event_type: EventType
    status: DeliveryStatus
    attempts: int
    next_attempt_at: UtcDateTime | None
    created_at: UtcDateTime
    delivered_at: UtcDateTime | None
    log: list[WebhookAttemptRead]

    @classmethod
    def of(cls, d: WebhookDelivery) -> WebhookDeliveryRead:
        return cls(
            id=d.id,
            subscription_id=d.subscription_id,
            event_id=d.event_id,
            event_type=d.event_type,
            status=d.status,
            attempts=d.attempts,
            next_attempt_at=d.next_attempt_at,
            created_at=d.created_at,
            delivered_at=d.delivered_at,
            log=[
                WebhookAttemptRead(at=a.at, status_code=a.status_code, error=a.error) for a in d.log
            ],
        )


class WebhookDeliveryPage(OutputModel):
    items: list[WebhookDeliveryRead]
    next_cursor: str | None


Limit = Annotated[int, Query(ge=1, le=200)]


@router.post("", status_code=201, responses=problem_responses(401, 403, 422))
async def create_webhook(
    actor: PrincipalDep,
    body: WebhookSubscriptionCreate,
    service: WebhookServiceDep,
    response: Response,
) -> WebhookSubscriptionCreated:
    """Subscribe this API client to events (needs `complaints:read`; HTTPS; no private
    addresses). The signing secret is in this answer only."""
    s = await service.create(actor, body.url, body.event_types)
    response.headers["Location"] = f"/api/v1/webhooks/{s.id}"
    return WebhookSubscriptionCreated(**WebhookSubscriptionRead.of(s).model_dump(), secret=s.secret)


@router.get("", responses=problem_responses(401, 403))
async def list_webhooks(actor: PrincipalDep, service: WebhookServiceDep) -> WebhookSubscriptionPage:
    """This API client's subscriptions."""
    items = [WebhookSubscriptionRead.of(s) for s in await service.list_subscriptions(actor)]
    return WebhookSubscriptionPage(items=items, next_cursor=None)


@router.get("/{webhook_id}", responses=problem_responses(401, 403, 404, 422))
async def get_webhook(
    actor: PrincipalDep, webhook_id: uuid.UUID, service: WebhookServiceDep
) -> WebhookSubscriptionRead:
    """One of this client's subscriptions."""
    return WebhookSubscriptionRead.of(await service.get(actor, webhook_id))


@router.patch("/{webhook_id}", responses=problem_responses(401, 403, 404, 409, 422))
async def update_webhook(
    actor: PrincipalDep,
    webhook_id: uuid.UUID,
    body: WebhookSubscriptionUpdate,
    service: WebhookServiceDep,
) -> WebhookSubscriptionRead:
    """Change the URL or the event types, or disable / re-enable the subscription."""
    s = await service.update(
        actor, webhook_id, url=body.url, event_types=body.event_types, is_active=body.is_active
    )
    return WebhookSubscriptionRead.of(s)


@router.delete("/{webhook_id}", status_code=204, responses=problem_responses(401, 403, 404, 422))
async def delete_webhook(
    actor: PrincipalDep, webhook_id: uuid.UUID, service: WebhookServiceDep
) -> Response:
    """Delete a subscription and its delivery log."""
    await service.delete(actor, webhook_id)
    return Response(status_code=204)


@router.post("/{webhook_id}/rotate-secret", responses=problem_responses(401, 403, 404, 409, 422))
async def rotate_webhook_secret(
    actor: PrincipalDep, webhook_id: uuid.UUID, service: WebhookServiceDep
) -> WebhookSecretRead:
    """A new signing secret (shown once); for 24 hours deliveries carry a signature with the
    previous secret as well, so receivers can switch without losing events."""
    s = await service.rotate_secret(actor, webhook_id)
    return WebhookSecretRead(
        secret=s.secret, previous_secret_valid_until=s.previous_secret_expires_at
    )


@router.get("/{webhook_id}/deliveries", responses=problem_responses(401, 403, 404, 422))
async def list_webhook_deliveries(
    actor: PrincipalDep, webhook_id: uuid.UUID, service: WebhookServiceDep, limit: Limit = 50
) -> WebhookDeliveryPage:
    """The delivery log, newest first: status, attempts and each attempt's response code."""
    items = [WebhookDeliveryRead.of(d) for d in await service.deliveries(actor, webhook_id, limit)]
    return WebhookDeliveryPage(items=items, next_cursor=None)


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/replay", responses=problem_responses(401, 403, 404, 422)
)
async def replay_webhook_delivery(
    actor: PrincipalDep, webhook_id: uuid.UUID, delivery_id: uuid.UUID, service: WebhookServiceDep
) -> WebhookDeliveryRead:
    """Send a delivery again now (same webhook-id: receivers can tell a repeat)."""
    return WebhookDeliveryRead.of(await service.replay(actor, webhook_id, delivery_id))


@operations.get("/webhook-deliveries", responses=problem_responses(401, 403, 422))
async def list_failed_webhook_deliveries(
    actor: PrincipalDep, service: WebhookServiceDep, limit: Limit = 100
) -> WebhookDeliveryPage:
    """Webhook deliveries that failed for good, newest first (admins)."""
    items = [WebhookDeliveryRead.of(d) for d in await service.failed_deliveries(actor, limit)]
    return WebhookDeliveryPage(items=items, next_cursor=None)


# --- the payloads, for the OpenAPI document's `webhooks` ----------------------------------


class WebhookEventData(OutputModel):
    """The facts of the event: ids, numbers and states, never personal data. Complaint
    events carry the case fields below; activity events the activity's public fields."""

    model_config = ConfigDict(extra="allow")

    complaint_id: uuid.UUID | None = None
    case_number: str | None = None
    status: str | None = None
    sla_class: str | None = None
    lead_agency_id: uuid.UUID | None = None
    agency_ids: list[uuid.UUID] | None = None
    entry_id: uuid.UUID | None = Field(default=None, description="The timeline entry")
    change: dict[str, Any] | None = Field(
        default=None, description="What changed: action, from/to status, agency, milestone…"
    )
    activity_id: uuid.UUID | None = None
    starts_at: UtcDateTime | None = None


class WebhookEvent(OutputModel):
    """The JSON body of a delivery. Headers (Standard Webhooks): `webhook-id` (the event id,
    the same on every retry), `webhook-timestamp`, `webhook-signature` (`v1,<base64>`; two
    during a secret rotation)."""

    type: EventType
    timestamp: UtcDateTime
    data: WebhookEventData


def install_webhook_docs(app: FastAPI) -> None:
    """One OpenAPI 3.1 `webhooks` entry per event type, all with the WebhookEvent body."""
    for event_type in EventType:

        async def receive(body: WebhookEvent) -> None:
            """Answer 2xx within 10 s; anything else is retried for about a day, and 410
            ends the subscription."""

        receive.__name__ = f"on_{event_type.value.replace('.', '_')}"
        app.webhooks.add_api_route(
            event_type.value,
            receive,
            methods=["POST"],
            summary=f"{event_type.value}",
            operation_id=receive.__name__,
            status_code=200,
            response_model=None,
            responses={200: {"description": "Received; any other answer is retried"}},
        )
