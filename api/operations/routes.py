"""Operations: the job queue's health for admins; notification preferences for staff."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import Field, StrictBool

from api.deps import OperationsServiceDep, PreferenceServiceDep, PrincipalDep
from api.errors import problem_responses
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.line.model import NotifyVia
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
    """Which notifications the user receives, per kind (all on unless turned off), and where."""

    case_arrived: bool
    case_assigned_to_you: bool
    omb_attention: bool
    sla_due_soon: bool
    notify_via: NotifyVia = Field(
        description="`email` (the default), `line` or `both`; LINE needs a linked account "
        "(POST /api/v1/users/me/line-link), and unlinking goes back to e-mail."
    )


class NotificationPreferencesUpdate(InputModel):
    case_arrived: StrictBool | None = None
    case_assigned_to_you: StrictBool | None = None
    omb_attention: StrictBool | None = None
    sla_due_soon: StrictBool | None = None
    notify_via: NotifyVia | None = None


def _read(values: dict[NotificationKind, bool], via: NotifyVia) -> NotificationPreferencesRead:
    return NotificationPreferencesRead(**{k.value: v for k, v in values.items()}, notify_via=via)


@preferences.get("", responses=problem_responses(401, 403))
async def get_notification_preferences(
    actor: PrincipalDep, service: PreferenceServiceDep
) -> NotificationPreferencesRead:
    """Your notification preferences (staff users)."""
    return _read(await service.get(actor), await service.via(actor))


@preferences.patch("", responses=problem_responses(401, 403, 409, 422))
async def update_notification_preferences(
    actor: PrincipalDep, body: NotificationPreferencesUpdate, service: PreferenceServiceDep
) -> NotificationPreferencesRead:
    """Turn kinds of notification on or off; unnamed kinds stay as they are. `notify_via`
    `line` or `both` without a linked LINE account is a 409 (`line.not_linked`)."""
    via = await service.set_via(actor, body.notify_via) if body.notify_via else None
    changes = {
        NotificationKind(k): bool(v)
        for k, v in body.model_dump(exclude_unset=True, exclude={"notify_via"}).items()
        if v is not None
    }
    return _read(await service.update(actor, changes), via or await service.via(actor))
