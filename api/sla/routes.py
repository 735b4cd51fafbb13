"""SLA policies per SLA class and closure days (admins edit, everyone signed in reads)."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Response
from pydantic import Field, StrictBool, StrictFloat, StrictInt

from api.deps import PrincipalDep, SlaAdminServiceDep
from api.errors import problem_responses
from api.schemas import InputModel, LocalTime, OutputModel, UtcDateTime
from domain.sla.model import SlaPolicy, SlaTarget, Urgency, WorkingHours

policies = APIRouter(prefix="/sla-policies", tags=["sla"])
closures = APIRouter(prefix="/closure-days", tags=["sla"])


class SlaTargetBody(InputModel):
    first_response_minutes: StrictInt = Field(gt=0, le=525_600)
    resolution_minutes: StrictInt = Field(gt=0, le=5_256_000)


class SlaPolicyBody(InputModel):
    """Working hours (or 24x7) and targets in minutes of business time per urgency."""

    always_open: StrictBool = False
    weekdays: list[int] = Field(default=[0, 1, 2, 3, 4], description="0 = Monday")
    start: LocalTime = time(8, 30)
    end: LocalTime = time(16, 30)
    targets: dict[Urgency, SlaTargetBody]
    fast_track_targets: dict[Urgency, SlaTargetBody]
    due_soon_share: StrictFloat = Field(default=0.25, ge=0, le=1)


class SlaPolicyRead(OutputModel):
    sla_class: str
    always_open: bool
    weekdays: list[int]
    start: LocalTime
    end: LocalTime
    targets: dict[Urgency, dict[str, int]]
    fast_track_targets: dict[Urgency, dict[str, int]]
    due_soon_share: float


class SlaPolicyList(OutputModel):
    items: list[SlaPolicyRead]
    next_cursor: str | None


class ClosureDayCreate(InputModel):
    day: date
    reason: str = Field(min_length=1, max_length=300)


class ClosureDayRead(OutputModel):
    day: date
    reason: str
    created_at: UtcDateTime


class ClosureDayList(OutputModel):
    items: list[ClosureDayRead]
    next_cursor: str | None


def _minutes(t: SlaTarget) -> dict[str, int]:
    return {
        "first_response_minutes": int(t.first_response.total_seconds() // 60),
        "resolution_minutes": int(t.resolution.total_seconds() // 60),
    }


def policy_read(p: SlaPolicy) -> SlaPolicyRead:
    h = p.working_hours
    return SlaPolicyRead(
        sla_class=p.sla_class,
        always_open=h.always_open,
        weekdays=sorted(h.weekdays),
        start=h.start if not h.always_open else time(0),
        end=h.end if not h.always_open else time(23, 59),
        targets={u: _minutes(t) for u, t in p.targets.items()},
        fast_track_targets={u: _minutes(t) for u, t in p.fast_track_targets.items()},
        due_soon_share=p.due_soon_share,
    )


def _targets(body: dict[Urgency, SlaTargetBody]) -> dict[Urgency, SlaTarget]:
    return {
        u: SlaTarget(
            timedelta(minutes=t.first_response_minutes), timedelta(minutes=t.resolution_minutes)
        )
        for u, t in body.items()
    }


@policies.get("", responses=problem_responses(401))
async def list_sla_policies(actor: PrincipalDep, service: SlaAdminServiceDep) -> SlaPolicyList:
    """The SLA policy of every SLA class."""
    return SlaPolicyList(items=[policy_read(p) for p in await service.policies()], next_cursor=None)


@policies.put("/{sla_class}", responses=problem_responses(401, 403, 422))
async def replace_sla_policy(
    actor: PrincipalDep,
    sla_class: Annotated[str, Path(pattern=r"^[a-z0-9_]{1,32}$")],
    body: SlaPolicyBody,
    service: SlaAdminServiceDep,
) -> SlaPolicyRead:
    """Set the policy of an SLA class (admins; audit-logged); open cases are rescheduled."""
    hours = (
        WorkingHours.around_the_clock()
        if body.always_open
        else WorkingHours(frozenset(body.weekdays), body.start, body.end)
    )
    policy = SlaPolicy(
        sla_class,
        hours,
        _targets(body.targets),
        _targets(body.fast_track_targets),
        body.due_soon_share,
    )
    await service.replace_policy(actor, policy)
    return policy_read(policy)


@closures.get("", responses=problem_responses(401))
async def list_closure_days(actor: PrincipalDep, service: SlaAdminServiceDep) -> ClosureDayList:
    """Special days off added by admins (on top of the Thai public holidays)."""
    items = [
        ClosureDayRead(day=c.day, reason=c.reason, created_at=c.created_at)
        for c in await service.closure_days()
    ]
    return ClosureDayList(items=items, next_cursor=None)


@closures.post("", status_code=201, responses=problem_responses(401, 403, 409, 422))
async def add_closure_day(
    actor: PrincipalDep, body: ClosureDayCreate, service: SlaAdminServiceDep, response: Response
) -> ClosureDayRead:
    """Add a closure day (e.g. a special holiday announced by the cabinet); due times move."""
    c = await service.add_closure_day(actor, body.day, body.reason)
    response.headers["Location"] = f"/api/v1/closure-days/{c.day.isoformat()}"
    return ClosureDayRead(day=c.day, reason=c.reason, created_at=c.created_at)


@closures.delete("/{day}", status_code=204, responses=problem_responses(401, 403, 404, 422))
async def delete_closure_day(
    actor: PrincipalDep, day: date, service: SlaAdminServiceDep
) -> Response:
    """Remove a closure day (admins; audit-logged)."""
    await service.delete_closure_day(actor, day)
    return Response(status_code=204)
