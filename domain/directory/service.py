"""The routing use case: which agency and coordinator a case goes to, and the preview of it."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from domain.directory.model import ancestor_chain
from domain.directory.ports import RoutingReads
from domain.directory.routing import (
    RoutingDecision,
    choose_coordinator,
    matching_rules,
    pick_agency,
    skipped_warning,
)
from domain.errors import FieldError, Forbidden, InvalidValue
from domain.geo import DistrictLocator, GeoPoint
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class OutsideBangkok(InvalidValue):
    code = "routing.outside_bangkok"
    title = "The location is outside Bangkok"
    title_th = "ตำแหน่งที่ระบุอยู่นอกกรุงเทพมหานคร"


class UnknownDistrict(InvalidValue):
    code = "routing.unknown_district"
    title = "No district has this code"
    title_th = "ไม่พบเขตตามรหัสที่ระบุ"


class UnknownCategory(InvalidValue):
    code = "routing.unknown_category"
    title = "No category has this id"
    title_th = "ไม่พบประเภทเรื่องร้องเรียนที่ระบุ"


async def route_case(
    uow: RoutingReads, category_id: UUID, district_code: str | None
) -> RoutingDecision:
    """The agency, coordinator and deciding rule for a case of `category_id` in
    `district_code` (None when the district is unknown).

    Raises `category.not_found` (404) for an unknown category, `routing.no_rule` (409)
    without any applicable rule, and when every applicable rule is unusable the error of
    the most specific one: `routing.agency_inactive` (409), `routing.no_district` (422)
    or `routing.no_district_office` (404). Reads only; the caller commits.
    """
    categories = {c.id: c for c in await uow.categories.all()}
    chain = [c.id for c in ancestor_chain(category_id, categories)]
    candidates = matching_rules(await uow.routing_rules.all_active(), chain, district_code)
    named = {r.target.agency_id for r in candidates if r.target.agency_id is not None}
    agencies = {}
    for agency_id in named:
        agency = await uow.agencies.get(agency_id)
        if agency is not None:
            agencies[agency_id] = agency
    offices = await uow.agencies.district_offices() if district_code is not None else {}
    routed = pick_agency(candidates, district_code, agencies, offices)
    coordinator, no_coordinator = choose_coordinator(
        await uow.coordinators.list_for_agency(routed.agency.id)
    )
    warnings = [w for w in (skipped_warning(routed.skipped, agencies), no_coordinator) if w]
    return RoutingDecision(
        agency_id=routed.agency.id,
        coordinator=coordinator,
        rule=routed.rule,
        warning="; ".join(warnings) or None,
        district_code=district_code,
        agency=routed.agency,
        skipped_rule_ids=tuple(r.id for r in routed.skipped),
    )


class RoutingService:
    """Routes cases by the routing rules. `route` runs inside the caller's unit of work, so
    complaint intake can route and store the case in one transaction."""

    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        locator: Callable[[], DistrictLocator],
    ) -> None:
        self._uow = uow
        # A factory: the boundary polygons load on the first lookup, not at wiring time.
        self._locator = locator

    async def route(
        self, uow: RoutingReads, category_id: UUID, district_code: str | None
    ) -> RoutingDecision:
        """See `route_case`."""
        return await route_case(uow, category_id, district_code)

    def district_at(self, point: GeoPoint) -> str:
        """The district code of a point; `routing.outside_bangkok` (422) outside the city."""
        code = self._locator().district_at(point)
        if code is None:
            raise OutsideBangkok(
                f"The point ({point.lat}, {point.lon}) is not in any Bangkok district.",
                detail_th="ตำแหน่งที่ระบุไม่อยู่ในเขตใดของกรุงเทพมหานคร",
                extra={"lat": point.lat, "lon": point.lon},
                errors=[FieldError(("location",), "outside Bangkok", "outside_bangkok")],
            )
        return code

    async def preview(
        self,
        actor: Principal,
        category_id: UUID,
        *,
        district_code: str | None = None,
        location: GeoPoint | None = None,
    ) -> RoutingDecision:
        """Where a case would go, without creating one: by district code or by location."""
        if not may(actor, Action.read, Resource(ResourceKind.directory)):
            raise Forbidden("You may not read the directory.", code="directory.forbidden")
        if district_code is not None and location is not None:
            msg = "Give a district code or a location, not both"
            raise InvalidValue(
                msg,
                detail_th="ระบุรหัสเขตหรือตำแหน่งอย่างใดอย่างหนึ่ง",
                code="routing.district_and_location",
                errors=[FieldError(("location",), msg, "value_error")],
            )
        if location is not None:
            district_code = self.district_at(location)
        async with self._uow() as uow:
            if district_code is not None and await uow.districts.get(district_code) is None:
                raise UnknownDistrict(
                    f"No district has the code {district_code!r}.",
                    errors=[FieldError(("district_code",), "unknown district", "not_found")],
                )
            if await uow.categories.get(category_id) is None:
                raise UnknownCategory(
                    f"No category has the id {category_id}.",
                    errors=[FieldError(("category_id",), "unknown category", "not_found")],
                )
            return await self.route(uow, category_id, district_code)
