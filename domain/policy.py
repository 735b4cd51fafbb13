"""The one authorization policy: may(principal, action, resource) -> bool, and how much of a
case's personal data a principal is shown (`personal_data`).

Routes never decide access themselves; services ask here. A resource the principal may not
`read` is reported as not found (no existence leak); any other refusal is a Forbidden.

Complaints (`_may_complaint` is the rule, `tests/unit/test_policy.py` its whole table):

  everyone      files cases and lists the queue (each row then needs `read`); partners need
                the scope
  omb_officer   every case: reads, works, assigns, transfers, adds co-handlers; sees all in full
  admin         reads every case (personal data masked; hidden when confidential), works none
  coordinator   reads its agency's cases (lead or co-handler); works, assigns, transfers and adds
                co-handlers to its agency's led cases; personal data in full on those (unless
                confidential), else masked (hidden when confidential)
  agency_staff  reads its agency's cases; works its agency's led cases; never assigns, transfers
                or adds co-handlers; personal data in full on cases assigned to them (unless
                confidential), else masked (hidden when confidential)
  api_client    reads its agency's cases and those it filed, works its agency's led cases, each
                only with the scope (`CLIENT_SCOPES`); personal data masked (hidden if confidential)

Which permission a lifecycle action needs is `complaint_action_needs` (assigning and transferring
are not ordinary transitions). Exports never show personal data in full; event payloads (webhooks)
never show any (`personal_data` with a `Representation`).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field

from domain.complaint.lifecycle import ComplaintAction
from domain.privacy.disclosure import PiiAccess
from domain.shared.principal import Principal, Role


class Action(enum.StrEnum):
    read = "read"
    list_cases = "list_cases"
    create = "create"
    update = "update"
    transition = "transition"
    assign = "assign"
    transfer = "transfer"
    add_co_handler = "add_co_handler"
    see_personal_data = "see_personal_data"
    administer = "administer"
    read_audit = "read_audit"
    read_personal_data_log = "read_personal_data_log"
    comment = "comment"
    redact = "redact"  # hide a timeline entry's content (personal data written by mistake)
    # Find, export, rectify, erase or restrict a data subject's personal data (PDPA).
    handle_data_subject = "handle_data_subject"


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
    # A person's data across cases, timelines, attachments and activities; legal holds.
    data_subject = "data_subject"


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
    (ResourceKind.complaint, Action.list_cases): "complaints:read",
    (ResourceKind.complaint, Action.create): "complaints:create",
    (ResourceKind.complaint, Action.update): "complaints:update",
    (ResourceKind.complaint, Action.transition): "complaints:update",
    (ResourceKind.complaint, Action.assign): "complaints:update",
    (ResourceKind.complaint, Action.transfer): "complaints:update",
    (ResourceKind.complaint, Action.add_co_handler): "complaints:update",
    (ResourceKind.complaint, Action.comment): "complaints:update",
    (ResourceKind.activity, Action.create): "activities:write",
    (ResourceKind.activity, Action.update): "activities:write",
    (ResourceKind.activity, Action.transition): "activities:write",
    (ResourceKind.stats, Action.read): "stats:read",
}


def _in_agency(principal: Principal, resource: Resource) -> bool:
    return principal.agency_id is not None and principal.agency_id in resource.agency_ids


def _client_has_scope(principal: Principal, kind: ResourceKind, action: Action) -> bool:
    scope = CLIENT_SCOPES.get((kind, action))
    return scope is not None and principal.has_scope(scope)


# Not about one case: filing a new one, asking for the queue (whose rows are then checked
# one by one with `read`).
_ANY_CASE = frozenset({Action.create, Action.list_cases})
# Taking a case's work: who leads it, hands it to another agency or brings in another.
_STEERING = frozenset({Action.assign, Action.transfer, Action.add_co_handler})


def _may_complaint(principal: Principal, action: Action, resource: Resource) -> bool:
    role = principal.role
    is_lead = principal.agency_id is not None and principal.agency_id == resource.lead_agency_id
    if role is Role.omb_officer:
        # OMB oversees every case of the MOU, whichever agency works it.
        return True
    if role is Role.admin:
        # Admins run the platform; they read cases (masked) but do not work them. They may
        # hide a timeline entry's content (an entry is never edited, only redacted).
        return action in (Action.read, Action.list_cases, Action.redact)
    if role is Role.api_client:
        if not _client_has_scope(principal, ResourceKind.complaint, action):
            return False  # no scope gives personal data
        if action in _ANY_CASE:
            return True
        if action in (Action.read, Action.comment):
            # A partner reads, and adds notes and photos to, cases it filed, even before routing.
            owned = resource.submitted_by is not None and resource.submitted_by == principal.id
            return _in_agency(principal, resource) or owned
        return is_lead
    if role not in (Role.coordinator, Role.agency_staff):
        return False
    if action is Action.redact:
        return False  # OMB officers and admins only
    if action in _ANY_CASE:
        return True
    if not _in_agency(principal, resource):
        return False  # another agency's case, even for its coordinator
    if action in (Action.read, Action.comment):
        # Co-handlers see the case and write to its timeline; the lead agency owns it.
        return True
    if action is Action.see_personal_data:
        if resource.confidential:
            return False
        return (role is Role.coordinator and is_lead) or resource.assignee_id == principal.id
    if action in _STEERING:
        return role is Role.coordinator and is_lead
    # update, transition
    return is_lead


# The permission each lifecycle action needs: leading, handing over and sharing a case are
# steering decisions, not ordinary steps of the work.
_NEEDED_FOR = {
    ComplaintAction.ASSIGN: Action.assign,
    ComplaintAction.TRANSFER: Action.transfer,
}


def complaint_action_needs(action: ComplaintAction) -> Action:
    """The policy action that allows taking lifecycle `action` on a case."""
    return _NEEDED_FOR.get(action, Action.transition)


class Representation(enum.StrEnum):
    """Where a case is shown; each may carry at most so much of the complainant's data."""

    # The single read, lists and queues, the change feed, similar cases.
    case = "case"
    # CSV and GeoJSON files leave the system: personal data never in full.
    export = "export"
    # Domain events and the webhook payloads made from them: ids, numbers and states only.
    event = "event"


def personal_data(
    principal: Principal, resource: Resource, shown_in: Representation = Representation.case
) -> PiiAccess:
    """How a case's personal data is shown to `principal`: in full, masked or hidden. On a
    confidential case, anything short of full hides it (see `domain/privacy/disclosure.py`
    for what each level shows)."""
    if shown_in is Representation.event:
        return PiiAccess.hidden
    full = may(principal, Action.see_personal_data, resource)
    if full and shown_in is Representation.case:
        return PiiAccess.full
    if resource.confidential and not full:
        return PiiAccess.hidden
    return PiiAccess.masked


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

    if kind is ResourceKind.data_subject:
        # Data-subject requests (PDPA) and legal holds: OMB, which answers to the subject, and
        # the administrators who run the platform; never an agency or a partner.
        return action is Action.handle_data_subject and role in (Role.admin, Role.omb_officer)

    if kind in (ResourceKind.agency, ResourceKind.directory):
        if action is Action.read:
            return True
        return role is Role.admin

    if kind is ResourceKind.activity and action is Action.read:
        # The MOU programme is public information: every signed-in caller reads it.
        return True

    if kind is ResourceKind.complaint:
        return _may_complaint(principal, action, resource)

    if role is Role.api_client:
        if not _client_has_scope(principal, kind, action):
            return False
        return kind is ResourceKind.stats or _in_agency(principal, resource)

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
