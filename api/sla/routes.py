"""SLA policies per SLA class and closure days (admins edit, everyone signed in reads)."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from pydantic import Field, StrictBool, StrictFloat, StrictInt

from api.deps import PrincipalDep, SlaAdminServiceDep
from api.errors import problem_responses
from api.preconditions import (
    CREATE_ONLY,
    NO_VERSION,
    parse_if_match,
    required_if_match_or_create,
    tag,
)
from api.schemas import InputModel, IsoDate, LocalTime, OutputModel, UtcDateTime
from domain.sla.model import SlaPolicy, SlaTarget, Urgency, WorkingHours

policies = APIRouter(prefix="/sla-policies", tags=["sla"])
closures = APIRouter(prefix="/closure-days", tags=["sla"])


class SlaTargetBody(InputModel):
    first_response_minutes: StrictInt = Field(gt=0, le=525_600)
    resolution_minutes: StrictInt = Field(gt=0, le=5_256_000)


class SlaPolicyBody(InputModel):
    """Working hours (or 24x7) and targets in minutes of business time per urgency."""

    always_open: StrictBool = False
    weekdays: list[StrictInt] = Field(default=[0, 1, 2, 3, 4], description="0 = Monday")
    start: LocalTime = time(8, 30)
    end: LocalTime = time(16, 30)
    targets: dict[Urgency, SlaTargetBody]
    fast_track_targets: dict[Urgency, SlaTargetBody]
    due_soon_share: StrictFloat = Field(default=0.25, ge=0, le=1)


class SlaPolicyRead(OutputModel):
    sla_class: str
    version: int = Field(description="Send it back as If-Match (ETag) to replace the policy")
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
    day: IsoDate
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
        version=p.version,
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


SlaClassPath = Annotated[str, Path(pattern=r"^[a-z0-9_]{1,32}$")]


async def _expected_version(
    if_match: Annotated[str, Depends(required_if_match_or_create)],
) -> int:
    """0 (no policy yet) for `If-None-Match: *`; else the version If-Match names, or -1
    (matches none) when it is malformed, so a malformed one never creates a policy."""
    if if_match == CREATE_ONLY:
        return 0
    version = parse_if_match(if_match)
    return version if version != NO_VERSION else -1


@policies.get("/{sla_class}", responses=problem_responses(401, 404, 422))
async def get_sla_policy(
    actor: PrincipalDep, sla_class: SlaClassPath, service: SlaAdminServiceDep, response: Response
) -> SlaPolicyRead:
    """The SLA policy of one SLA class; the ETag is its version, for If-Match on PUT."""
    policy = await service.policy(sla_class)
    tag(response, policy.version)
    return policy_read(policy)


@policies.put("/{sla_class}", responses=problem_responses(401, 403, 409, 422))
async def replace_sla_policy(
    actor: PrincipalDep,
    sla_class: SlaClassPath,
    body: SlaPolicyBody,
    service: SlaAdminServiceDep,
    expected: Annotated[int, Depends(_expected_version)],
    response: Response,
) -> SlaPolicyRead:
    """Set the policy of an SLA class (admins; If-Match; audit-logged); open cases move.
    If-Match names the version replaced; a class with no policy yet takes `If-None-Match: *`
    instead (412 if it has one by then)."""
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
    stored, _ = await service.replace_policy(actor, policy, expected)
    tag(response, stored.version)
    return policy_read(stored)


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
    actor: PrincipalDep, day: IsoDate, service: SlaAdminServiceDep
) -> Response:
    """Remove a closure day (admins; audit-logged)."""
    await service.delete_closure_day(actor, day)
    return Response(status_code=204)
