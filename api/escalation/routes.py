"""Escalation rules: who is told when a case is due soon or breached (admins)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from pydantic import Field, StrictBool

from api.deps import EscalationRuleServiceDep, PrincipalDep
from api.errors import problem_responses
from api.preconditions import IfMatchDep, etag
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.errors import PreconditionRequired
from domain.escalation.model import EscalationRule, EscalationTarget, Milestone
from domain.escalation.service import RuleChanges

router = APIRouter(prefix="/escalation-rules", tags=["escalation-rules"])
SLA_CLASS = r"^[a-z0-9_]{1,32}$"


class EscalationRuleCreate(InputModel):
    milestone: Milestone
    notify: list[EscalationTarget] = Field(min_length=1, max_length=3)
    sla_class: str | None = Field(
        default=None, pattern=SLA_CLASS, description="Only cases of this SLA class; null: all"
    )
    is_active: StrictBool = True


class EscalationRuleUpdate(InputModel):
    milestone: Milestone | None = None
    notify: list[EscalationTarget] | None = Field(default=None, min_length=1, max_length=3)
    sla_class: str | None = Field(default=None, pattern=SLA_CLASS)
    is_active: StrictBool | None = None


class EscalationRuleRead(OutputModel):
    id: uuid.UUID
    milestone: Milestone
    sla_class: str | None
    notify: list[EscalationTarget]
    is_active: bool
    created_at: UtcDateTime
    updated_at: UtcDateTime
    version: int

    @classmethod
    def of(cls, r: EscalationRule) -> EscalationRuleRead:
        return cls(
            id=r.id,
            milestone=r.milestone,
            sla_class=r.sla_class,
            notify=list(r.notify),
            is_active=r.is_active,
            created_at=r.created_at,
            updated_at=r.updated_at,
            version=r.version,
        )


class EscalationRulePage(OutputModel):
    items: list[EscalationRuleRead]
    next_cursor: str | None


@router.get("", responses=problem_responses(401, 403))
async def list_escalation_rules(
    actor: PrincipalDep, service: EscalationRuleServiceDep
) -> EscalationRulePage:
    """Every escalation rule, by milestone (admins). Rules of a case's SLA class take
    precedence over rules for all classes of the same milestone."""
    return EscalationRulePage(
        items=[EscalationRuleRead.of(r) for r in await service.list(actor)], next_cursor=None
    )


@router.post("", status_code=201, responses=problem_responses(401, 403, 422))
async def create_escalation_rule(
    actor: PrincipalDep,
    body: EscalationRuleCreate,
    service: EscalationRuleServiceDep,
    response: Response,
) -> EscalationRuleRead:
    """Add a rule, e.g. "resolution breached on urgent cases: the assignee and OMB on duty"."""
    rule = await service.create(actor, body.milestone, body.notify, body.sla_class, body.is_active)
    response.headers["ETag"] = etag(rule.version)
    response.headers["Location"] = f"/api/v1/escalation-rules/{rule.id}"
    return EscalationRuleRead.of(rule)


@router.get("/{rule_id}", responses=problem_responses(401, 403, 404, 422))
async def get_escalation_rule(
    actor: PrincipalDep, rule_id: uuid.UUID, service: EscalationRuleServiceDep, response: Response
) -> EscalationRuleRead:
    """One rule; the ETag is its version."""
    rule = await service.get(actor, rule_id)
    response.headers["ETag"] = etag(rule.version)
    return EscalationRuleRead.of(rule)


@router.patch("/{rule_id}", responses=problem_responses(401, 403, 404, 412, 422, 428))
async def update_escalation_rule(
    actor: PrincipalDep,
    rule_id: uuid.UUID,
    body: EscalationRuleUpdate,
    service: EscalationRuleServiceDep,
    if_match: IfMatchDep,
    response: Response,
) -> EscalationRuleRead:
    """Change a rule (admins; If-Match). `sla_class: null` makes it apply to every class."""
    if if_match is None:
        raise PreconditionRequired("Send the rule's ETag in If-Match.")
    fields = body.model_fields_set
    rule = await service.update(
        actor,
        rule_id,
        RuleChanges(
            milestone=body.milestone,
            sla_class=body.sla_class,
            clear_sla_class="sla_class" in fields and body.sla_class is None,
            notify=body.notify,
            is_active=body.is_active,
        ),
        if_match,
    )
    response.headers["ETag"] = etag(rule.version)
    return EscalationRuleRead.of(rule)


@router.delete("/{rule_id}", status_code=204, responses=problem_responses(401, 403, 404, 422))
async def delete_escalation_rule(
    actor: PrincipalDep, rule_id: uuid.UUID, service: EscalationRuleServiceDep
) -> Response:
    """Remove a rule (admins)."""
    await service.delete(actor, rule_id)
    return Response(status_code=204)
