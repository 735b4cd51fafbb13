"""Routes for the directory: agencies, coordinators, categories, routing rules and the preview.

Every signed-in user reads; administrators change (audit-logged). PATCH needs If-Match with
the ETag of the version being edited (428 without it, 412 when stale).
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import (
    AgencyServiceDep,
    CategoryServiceDep,
    CoordinatorServiceDep,
    PrincipalDep,
    ReadOnly,
    RoutingRuleServiceDep,
    RoutingServiceDep,
)
from api.directory.schemas import (
    AgencyCreate,
    AgencyPage,
    AgencyRead,
    AgencyUpdate,
    CategoryCreate,
    CategoryPage,
    CategoryRead,
    CategoryUpdate,
    CoordinatorCreate,
    CoordinatorPage,
    CoordinatorRead,
    CoordinatorUpdate,
    PrimaryCoordinatorUpdate,
    RoutingPreviewRead,
    RoutingPreviewRequest,
    RoutingRuleCreate,
    RoutingRulePage,
    RoutingRuleRead,
    RoutingRuleUpdate,
)
from api.errors import problem_responses
from api.paging import PageDep
from api.preconditions import IfMatchDep, tag
from domain.directory.admin import NewAgency, NewCategory, NewCoordinator, NewRoutingRule
from domain.directory.model import AgencyKind, ContactChannels, CoordinatorContacts
from domain.directory.routing import RoutingTarget
from domain.geo import GeoPoint
from domain.shared.paging import PageRequest

agencies = APIRouter(prefix="/agencies", tags=["agencies"])
coordinators = APIRouter(prefix="/coordinators", tags=["coordinators"])
categories = APIRouter(prefix="/categories", tags=["categories"])
routing_rules = APIRouter(prefix="/routing-rules", tags=["routing-rules"])
routing = APIRouter(prefix="/routing", tags=["routing"])

Q = Annotated[str | None, Query(max_length=100, description="Thai/English name or code")]
READ = problem_responses(401, 422)
READ_ONE = problem_responses(401, 404, 422)
CREATE = problem_responses(401, 403, 409, 422)
UPDATE = problem_responses(401, 403, 404, 409, 422)

_CONTACTS = ("phone", "fax", "email", "line_id")


# --- agencies ------------------------------------------------------------------------------


@agencies.get("", responses=READ, dependencies=[ReadOnly])
async def list_agencies(
    actor: PrincipalDep,
    service: AgencyServiceDep,
    page: PageDep,
    kind: AgencyKind | None = None,
    is_active: bool | None = None,
    q: Q = None,
) -> AgencyPage:
    """Agencies in code order, filtered by kind, active flag or `q` (Thai/English name, code)."""
    result = await service.list_agencies(
        actor, PageRequest(page.limit, page.after(1)), q=q, kind=kind, is_active=is_active
    )
    return AgencyPage(
        items=[AgencyRead.of(a) for a in result.items], next_cursor=result.next_cursor
    )


@agencies.get("/{agency_id:uuid}", responses=READ_ONE, dependencies=[ReadOnly])
async def get_agency(
    actor: PrincipalDep, agency_id: uuid.UUID, service: AgencyServiceDep, response: Response
) -> AgencyRead:
    """One agency; the ETag is its version, for If-Match on PATCH."""
    agency = await service.get_agency(actor, agency_id)
    tag(response, agency.version)
    return AgencyRead.of(agency)


@agencies.post("", status_code=201, responses=CREATE)
async def create_agency(
    actor: PrincipalDep, body: AgencyCreate, service: AgencyServiceDep, response: Response
) -> AgencyRead:
    """Create an agency (admins; audit-logged)."""
    data = body.model_dump()
    contacts = ContactChannels(**{k: data.pop(k) for k in _CONTACTS})
    agency = await service.create_agency(actor, NewAgency(**data, contacts=contacts))
    response.headers["Location"] = f"/api/v1/agencies/{agency.id}"
    tag(response, agency.version)
    return AgencyRead.of(agency)


@agencies.patch("/{agency_id:uuid}", responses=UPDATE)
async def update_agency(
    actor: PrincipalDep,
    agency_id: uuid.UUID,
    body: AgencyUpdate,
    service: AgencyServiceDep,
    if_match: IfMatchDep,
    response: Response,
) -> AgencyRead:
    """Change names, contact channels or the active flag (admins; If-Match; audit-logged)."""
    changes = body.model_dump(exclude_unset=True)
    agency = await service.update_agency(actor, agency_id, changes, if_match)
    tag(response, agency.version)
    return AgencyRead.of(agency)


@agencies.post("/{agency_id:uuid}/deactivate", responses=problem_responses(401, 403, 404, 422))
async def deactivate_agency(
    actor: PrincipalDep, agency_id: uuid.UUID, service: AgencyServiceDep, response: Response
) -> AgencyRead:
    """Stop routing new cases to the agency and lock its users and API clients out (their
    tokens are refused at once) until it is reactivated; its cases, users and coordinators
    stay."""
    agency = await service.deactivate_agency(actor, agency_id)
    tag(response, agency.version)
    return AgencyRead.of(agency)


@agencies.put("/{agency_id:uuid}/primary-coordinator", responses=CREATE | problem_responses(404))
async def set_primary_coordinator(
    actor: PrincipalDep,
    agency_id: uuid.UUID,
    body: PrimaryCoordinatorUpdate,
    service: CoordinatorServiceDep,
    response: Response,
) -> CoordinatorRead:
    """Make one of the agency's coordinators its primary, demoting the previous one in the
    same transaction (admins; audit-logged)."""
    coordinator = await service.set_primary_coordinator(actor, agency_id, body.coordinator_id)
    tag(response, coordinator.version)
    return CoordinatorRead.of(coordinator)


# --- coordinators --------------------------------------------------------------------------


@coordinators.get("", responses=READ)
async def list_coordinators(
    actor: PrincipalDep,
    service: CoordinatorServiceDep,
    page: PageDep,
    agency_id: uuid.UUID | None = None,
    is_active: bool | None = None,
    q: Annotated[str | None, Query(max_length=100, description="Name or position")] = None,
) -> CoordinatorPage:
    """Coordinators by name, filtered by agency, active flag or `q` on name and position."""
    result = await service.list_coordinators(
        actor,
        PageRequest(page.limit, page.after(2)),
        agency_id=agency_id,
        q=q,
        is_active=is_active,
    )
    return CoordinatorPage(
        items=[CoordinatorRead.of(c) for c in result.items], next_cursor=result.next_cursor
    )


@coordinators.get("/{coordinator_id:uuid}", responses=READ_ONE)
async def get_coordinator(
    actor: PrincipalDep,
    coordinator_id: uuid.UUID,
    service: CoordinatorServiceDep,
    response: Response,
) -> CoordinatorRead:
    """One coordinator; the ETag is its version."""
    coordinator = await service.get_coordinator(actor, coordinator_id)
    tag(response, coordinator.version)
    return CoordinatorRead.of(coordinator)


@coordinators.post("", status_code=201, responses=CREATE)
async def create_coordinator(
    actor: PrincipalDep, body: CoordinatorCreate, service: CoordinatorServiceDep, response: Response
) -> CoordinatorRead:
    """Add a coordinator to an agency (admins; audit-logged). The level must match the
    agency's kind (422 `coordinator.level_mismatch`); a linked user must be a coordinator
    of the same agency (422); a second primary is a 409."""
    data = body.model_dump()
    contacts = CoordinatorContacts(**{k: data.pop(k) for k in (*_CONTACTS, "line_user_id")})
    coordinator = await service.create_coordinator(actor, NewCoordinator(**data, contacts=contacts))
    response.headers["Location"] = f"/api/v1/coordinators/{coordinator.id}"
    tag(response, coordinator.version)
    return CoordinatorRead.of(coordinator)


@coordinators.patch("/{coordinator_id:uuid}", responses=UPDATE)
async def update_coordinator(
    actor: PrincipalDep,
    coordinator_id: uuid.UUID,
    body: CoordinatorUpdate,
    service: CoordinatorServiceDep,
    if_match: IfMatchDep,
    response: Response,
) -> CoordinatorRead:
    """Change a coordinator: contacts, status (on leave), backup rank, linked user…
    (admins; If-Match; audit-logged)."""
    changes = body.model_dump(exclude_unset=True)
    coordinator = await service.update_coordinator(actor, coordinator_id, changes, if_match)
    tag(response, coordinator.version)
    return CoordinatorRead.of(coordinator)


# --- categories ----------------------------------------------------------------------------


@categories.get("", responses=READ, dependencies=[ReadOnly])
async def list_categories(
    actor: PrincipalDep,
    service: CategoryServiceDep,
    page: PageDep,
    parent_id: Annotated[uuid.UUID | None, Query(description="Only children of")] = None,
    root_only: Annotated[bool, Query(description="Only top-level categories")] = False,
    is_active: bool | None = None,
    q: Annotated[
        str | None, Query(max_length=100, description="Thai/English name or service code")
    ] = None,
) -> CategoryPage:
    """Categories in service-code order (each parent before its children)."""
    result = await service.list_categories(
        actor,
        PageRequest(page.limit, page.after(1)),
        q=q,
        parent_id=parent_id,
        root_only=root_only,
        is_active=is_active,
    )
    return CategoryPage(
        items=[CategoryRead.of(c) for c in result.items], next_cursor=result.next_cursor
    )


@categories.get("/{category_id:uuid}", responses=READ_ONE, dependencies=[ReadOnly])
async def get_category(
    actor: PrincipalDep, category_id: uuid.UUID, service: CategoryServiceDep, response: Response
) -> CategoryRead:
    """One category; the ETag is its version."""
    category = await service.get_category(actor, category_id)
    tag(response, category.version)
    return CategoryRead.of(category)


@categories.post("", status_code=201, responses=CREATE)
async def create_category(
    actor: PrincipalDep, body: CategoryCreate, service: CategoryServiceDep, response: Response
) -> CategoryRead:
    """Add a category (admins; audit-logged)."""
    category = await service.create_category(actor, NewCategory(**body.model_dump()))
    response.headers["Location"] = f"/api/v1/categories/{category.id}"
    tag(response, category.version)
    return CategoryRead.of(category)


@categories.patch("/{category_id:uuid}", responses=UPDATE)
async def update_category(
    actor: PrincipalDep,
    category_id: uuid.UUID,
    body: CategoryUpdate,
    service: CategoryServiceDep,
    if_match: IfMatchDep,
    response: Response,
) -> CategoryRead:
    """Rename, re-class, move or (de)activate a category (admins; If-Match; audit-logged)."""
    changes = body.model_dump(exclude_unset=True)
    category = await service.update_category(actor, category_id, changes, if_match)
    tag(response, category.version)
    return CategoryRead.of(category)


# --- routing rules -------------------------------------------------------------------------


@routing_rules.get("", responses=READ)
async def list_routing_rules(
    actor: PrincipalDep,
    service: RoutingRuleServiceDep,
    page: PageDep,
    category_id: uuid.UUID | None = None,
    district_code: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    agency_id: Annotated[uuid.UUID | None, Query(description="Rules targeting it")] = None,
    is_active: bool | None = None,
) -> RoutingRulePage:
    """The routing rules (deleted ones are gone), filtered by category, district or target."""
    result = await service.list_rules(
        actor,
        PageRequest(page.limit, page.after(1)),
        category_id=category_id,
        district_code=district_code,
        agency_id=agency_id,
        is_active=is_active,
    )
    return RoutingRulePage(
        items=[RoutingRuleRead.of(r) for r in result.items], next_cursor=result.next_cursor
    )


@routing_rules.get("/{rule_id:uuid}", responses=READ_ONE)
async def get_routing_rule(
    actor: PrincipalDep, rule_id: uuid.UUID, service: RoutingRuleServiceDep, response: Response
) -> RoutingRuleRead:
    """One routing rule; the ETag is its version."""
    rule = await service.get_rule(actor, rule_id)
    tag(response, rule.version)
    return RoutingRuleRead.of(rule)


@routing_rules.post("", status_code=201, responses=CREATE)
async def create_routing_rule(
    actor: PrincipalDep, body: RoutingRuleCreate, service: RoutingRuleServiceDep, response: Response
) -> RoutingRuleRead:
    """Add a rule for a category and/or district (admins; audit-logged)."""
    rule = await service.create_rule(
        actor,
        NewRoutingRule(
            target=RoutingTarget(body.target_kind, body.target_agency_id),
            category_id=body.category_id,
            district_code=body.district_code,
            is_active=body.is_active,
            assign_at_intake=body.assign_at_intake,
        ),
    )
    response.headers["Location"] = f"/api/v1/routing-rules/{rule.id}"
    tag(response, rule.version)
    return RoutingRuleRead.of(rule)


@routing_rules.patch("/{rule_id:uuid}", responses=UPDATE)
async def update_routing_rule(
    actor: PrincipalDep,
    rule_id: uuid.UUID,
    body: RoutingRuleUpdate,
    service: RoutingRuleServiceDep,
    if_match: IfMatchDep,
    response: Response,
) -> RoutingRuleRead:
    """Retarget or (de)activate a rule (admins; If-Match; audit-logged)."""
    changes = body.model_dump(exclude_unset=True)
    rule = await service.update_rule(actor, rule_id, changes, if_match)
    tag(response, rule.version)
    return RoutingRuleRead.of(rule)


@routing_rules.delete(
    "/{rule_id:uuid}", status_code=204, responses=problem_responses(401, 403, 404, 409, 422)
)
async def delete_routing_rule(
    actor: PrincipalDep, rule_id: uuid.UUID, service: RoutingRuleServiceDep
) -> Response:
    """Take a rule out of routing (admins; audit-logged). The default rule cannot go (409).
    The rule is kept, marked deleted, so cases it routed keep their reference."""
    await service.delete_rule(actor, rule_id)
    return Response(status_code=204)


# --- routing preview -----------------------------------------------------------------------


@routing.post("/preview", responses=problem_responses(401, 404, 409, 422))
async def preview_routing(
    actor: PrincipalDep, body: RoutingPreviewRequest, service: RoutingServiceDep
) -> RoutingPreviewRead:
    """Where a case of the category would go now: the agency, its available coordinator (or
    null and a warning) and the rule that decided. A location outside Bangkok is a 422
    (`routing.outside_bangkok`). Rules naming a deactivated agency are passed over."""
    location = GeoPoint(body.location.lat, body.location.lon) if body.location else None
    decision = await service.preview(
        actor, body.category_id, district_code=body.district_code, location=location
    )
    return RoutingPreviewRead.of(decision)
