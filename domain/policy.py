"""The one authorization policy: may(principal, action, resource) -> bool.

Routes never decide access themselves; services ask here. A resource the principal may not
`read` is reported as not found (no existence leak); any other refusal is a Forbidden.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field

from domain.shared.principal import Principal, Role


class Action(enum.StrEnum):
    read = "read"
    create = "create"
    update = "update"
    transition = "transition"
    assign = "assign"
    see_personal_data = "see_personal_data"
    administer = "administer"
    read_audit = "read_audit"
    read_personal_data_log = "read_personal_data_log"
    comment = "comment"


class ResourceKind(enum.StrEnum):
    user = "user"
    audit_log = "audit_log"
    api_client = "api_client"
    agency = "agency"
    directory = "directory"
    complaint = "complaint"
    activity = "activity"
    stats = "stats"
    configuration = "configuration"


@dataclass(frozen=True)
class Resource:
    """What is acted on: its kind, the agencies it belongs to and who is attached to it."""

    kind: ResourceKind
    agency_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    lead_agency_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    submitted_by: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    confidential: bool = False


# Scopes an API client needs, by resource kind and action (scopes narrow, never widen).
CLIENT_SCOPES: dict[tuple[ResourceKind, Action], str] = {
    (ResourceKind.complaint, Action.read): "complaints:read",
    (ResourceKind.complaint, Action.create): "complaints:create",
    (ResourceKind.complaint, Action.update): "complaints:update",
    (ResourceKind.complaint, Action.transition): "complaints:update",
    (ResourceKind.complaint, Action.assign): "complaints:update",
    (ResourceKind.complaint, Action.comment): "complaints:update",
    (ResourceKind.activity, Action.create): "activities:write",
    (ResourceKind.activity, Action.update): "activities:write",
    (ResourceKind.activity, Action.transition): "activities:write",
    (ResourceKind.stats, Action.read): "stats:read",
}


def _in_agency(principal: Principal, resource: Resource) -> bool:
    return principal.agency_id is not None and principal.agency_id in resource.agency_ids


def may(principal: Principal, action: Action, resource: Resource) -> bool:
    role = principal.role
    kind = resource.kind

    if kind in (ResourceKind.user, ResourceKind.api_client, ResourceKind.configuration):
        if action is Action.read and kind is ResourceKind.user and resource.owner_id is not None:
            return principal.id == resource.owner_id or role is Role.admin
        if action is Action.read and kind is ResourceKind.user and resource.agency_ids:
            # An agency's staff list: its coordinator picks who works a case from it.
            coordinator = role is Role.coordinator and _in_agency(principal, resource)
            return role is Role.admin or coordinator
        owner = resource.owner_id
        if action is Action.read and kind is ResourceKind.api_client and owner is not None:
            # A client reads its own record, nobody else's.
            return (role is Role.api_client and principal.id == owner) or role is Role.admin
        return role is Role.admin and action in (Action.administer, Action.read)

    if kind is ResourceKind.audit_log:
        if action is Action.read_personal_data_log:
            return role is Role.omb_officer
        return action is Action.read_audit and role in (Role.admin, Role.omb_officer)

    if kind in (ResourceKind.agency, ResourceKind.directory):
        if action is Action.read:
            return True
        return role is Role.admin

    if kind is ResourceKind.activity and action is Action.read:
        # The MOU programme is public information: every signed-in caller reads it.
        return True

    if role is Role.api_client:
        scope = CLIENT_SCOPES.get((kind, action))
        if scope is None or not principal.has_scope(scope):
            return False
        if kind is ResourceKind.complaint:
            if action is Action.create:
                return True
            owned = resource.submitted_by is not None and resource.submitted_by == principal.id
            if action is Action.read:
                return _in_agency(principal, resource) or owned
            if action is Action.comment:
                # A partner adds notes and photos to cases it filed, even before routing.
                return _in_agency(principal, resource) or owned
            return principal.agency_id is not None and principal.agency_id == (
                resource.lead_agency_id
            )
        return kind is ResourceKind.stats or _in_agency(principal, resource)

    if kind is ResourceKind.complaint:
        if role is Role.omb_officer:
            return True
        if role is Role.admin:
            # Admins run the platform; they read cases (masked) but do not work them.
            return action is Action.read
        if role in (Role.coordinator, Role.agency_staff):
            if action is Action.create:
                return True
            if not _in_agency(principal, resource):
                return False
            is_lead = principal.agency_id == resource.lead_agency_id
            if action is Action.see_personal_data:
                if resource.confidential:
                    return False
                return (
                    role is Role.coordinator and is_lead
                ) or resource.assignee_id == principal.id
            if action is Action.assign:
                return role is Role.coordinator and is_lead
            if action in (Action.read, Action.comment):
                return True
            # Co-handlers see the case and write to its timeline; the lead agency owns it.
            return is_lead
        return False

    if kind is ResourceKind.stats:
        return action is Action.read

    if kind is ResourceKind.activity:
        if action is Action.read:
            return True
        # An activity's agencies are the district offices of its districts: a coordinator's
        # own district is an activity held there and nowhere else.
        own_district = (
            role is Role.coordinator
            and principal.agency_id is not None
            and resource.agency_ids == frozenset({principal.agency_id})
        )
        if action is Action.see_personal_data:
            # Named participants: OMB officers, and the coordinator of the district they met in.
            return role is Role.omb_officer or own_district
        if role in (Role.admin, Role.omb_officer):
            return True
        return own_district

    return False
