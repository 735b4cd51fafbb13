"""Operations: the job queue's health for admins; notification preferences for staff."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import Field

from api.deps import OperationsServiceDep, PreferenceServiceDep, PrincipalDep
from api.errors import problem_responses
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.notification.model import NotificationKind

router = APIRouter(prefix="/operations", tags=["operations"])
preferences = APIRouter(prefix="/users/me/notification-preferences", tags=["users"])


class QueueHealthRead(OutputModel):
    pending_events: int = Field(description="Domain events not dispatched yet")
    failing_events: int = Field(description="Pending events whose consumers failed at least once")
    oldest_pending_at: UtcDateTime | None
    pending_emails: int
    failed_emails: int = Field(description="E-mails given up after every retry")
    pending_webhook_deliveries: int
    failed_webhook_deliveries: int


@router.get("/queue", responses=problem_responses(401, 403))
async def get_queue_health(actor: PrincipalDep, service: OperationsServiceDep) -> QueueHealthRead:
    """The job queue's backlog and failures (admins)."""
    h = await service.health(actor)
    return QueueHealthRead(**h.__dict__)


class NotificationPreferencesRead(OutputModel):
    """Which e-mails the user receives, per kind (all on unless turned off)."""

    case_arrived: bool
    case_assigned_to_you: bool
    omb_attention: bool
    sla_due_soon: bool


class NotificationPreferencesUpdate(InputModel):
    case_arrived: bool | None = None
    case_assigned_to_you: bool | None = None
    omb_attention: bool | None = None
    sla_due_soon: bool | None = None


def _read(values: dict[NotificationKind, bool]) -> NotificationPreferencesRead:
    return NotificationPreferencesRead(**{k.value: v for k, v in values.items()})


@preferences.get("", responses=problem_responses(401, 403))
async def get_notification_preferences(
    actor: PrincipalDep, service: PreferenceServiceDep
) -> NotificationPreferencesRead:
    """Your notification preferences (staff users)."""
    return _read(await service.get(actor))


@preferences.patch("", responses=problem_responses(401, 403, 422))
async def update_notification_preferences(
    actor: PrincipalDep, body: NotificationPreferencesUpdate, service: PreferenceServiceDep
) -> NotificationPreferencesRead:
    """Turn kinds of notification on or off; unnamed kinds stay as they are."""
    changes = {
        NotificationKind(k): bool(v)
        for k, v in body.model_dump(exclude_unset=True).items()
        if v is not None
    }
    return _read(await service.update(actor, changes))
