"""Ports for storing the directory: agencies, coordinators, categories and routing rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol
from uuid import UUID

from domain.directory.model import Agency, AgencyKind, Category, Coordinator
from domain.directory.routing import RoutingRule
from domain.shared.paging import Page, PageRequest

# Every `update` stores the entity only while the stored version is still `expected_version`
# (else ConcurrentUpdate, so an edit made from a stale read cannot overwrite a newer one) and
# returns the entity as stored, version bumped.


class AgencyRepository(Protocol):
    async def get(self, agency_id: UUID) -> Agency | None: ...

    async def get_by_code(self, code: str) -> Agency | None: ...

    async def list(
        self,
        page: PageRequest,
        *,
        q: str | None = None,
        kind: AgencyKind | None = None,
        is_active: bool | None = None,
    ) -> Page[Agency]: ...

    async def district_offices(self) -> Mapping[str, Agency]:
        """Every district office by district code, for `resolve_agency`."""
        ...

    async def add(self, agency: Agency) -> None: ...

    async def update(self, agency: Agency, *, expected_version: int) -> Agency: ...


class CoordinatorRepository(Protocol):
    async def get(self, coordinator_id: UUID) -> Coordinator | None: ...

    async def list_for_agency(self, agency_id: UUID) -> list[Coordinator]:
        """All of an agency's coordinators, inactive ones included (few per agency)."""
        ...

    async def list_for_user(self, user_id: UUID) -> list[Coordinator]:
        """The coordinator records that link this staff account."""
        ...

    async def list(
        self,
        page: PageRequest,
        *,
        agency_id: UUID | None = None,
        q: str | None = None,
        is_active: bool | None = None,
    ) -> Page[Coordinator]: ...

    async def add(self, coordinator: Coordinator) -> None: ...

    async def update(self, coordinator: Coordinator, *, expected_version: int) -> Coordinator: ...

    async def set_primary(self, agency_id: UUID, coordinator_id: UUID) -> None:
        """Make one coordinator the agency's only primary, in one step.

        Clearing the old primary and setting the new one together means readers never see
        an agency with two primaries or, mid-change, none.
        """
        ...


class CategoryRepository(Protocol):
    async def get(self, category_id: UUID) -> Category | None: ...

    async def get_by_service_code(self, service_code: str) -> Category | None: ...

    async def all(self) -> list[Category]:
        """Every category, inactive ones included: the tree is small and read whole."""
        ...

    async def list(
        self,
        page: PageRequest,
        *,
        q: str | None = None,
        parent_id: UUID | None = None,
        root_only: bool = False,
        is_active: bool | None = None,
    ) -> Page[Category]:
        """Categories in service-code order (so each parent comes before its children)."""
        ...

    async def add(self, category: Category) -> None: ...

    async def update(self, category: Category, *, expected_version: int) -> Category: ...


class RoutingRuleRepository(Protocol):
    async def all_active(self) -> list[RoutingRule]:
        """The rules routing reads on every case; few enough to match in memory."""
        ...

    async def all(self) -> list[RoutingRule]:
        """Inactive rules included, for administration."""
        ...

    async def get(self, rule_id: UUID) -> RoutingRule | None: ...

    async def list(
        self,
        page: PageRequest,
        *,
        category_id: UUID | None = None,
        district_code: str | None = None,
        agency_id: UUID | None = None,
        is_active: bool | None = None,
    ) -> Page[RoutingRule]: ...

    async def add(self, rule: RoutingRule) -> None: ...

    async def update(self, rule: RoutingRule, *, expected_version: int) -> RoutingRule: ...

    async def delete(self, rule_id: UUID, *, at: datetime) -> None:
        """Remove the rule from routing and from every read of this port.

        The SQL adapter keeps the row, stamped deleted, so that cases routed by it keep a
        valid reference and seeding never brings it back; the audit log has its content.
        """
        ...


# --- what routing a case reads (narrow: the complaint use cases and their fakes) ---------


class CategoryLookup(Protocol):
    async def get(self, category_id: UUID) -> Category | None: ...

    async def all(self) -> list[Category]: ...


class ActiveRoutingRules(Protocol):
    async def all_active(self) -> list[RoutingRule]: ...


class AgencyReads(Protocol):
    async def get(self, agency_id: UUID) -> Agency | None: ...

    async def district_offices(self) -> Mapping[str, Agency]: ...


class CoordinatorList(Protocol):
    async def list_for_agency(self, agency_id: UUID) -> list[Coordinator]: ...


class RoutingReads(Protocol):
    """What routing a case reads: categories, rules, agencies and their coordinators."""

    @property
    def categories(self) -> CategoryLookup: ...

    @property
    def routing_rules(self) -> ActiveRoutingRules: ...

    @property
    def agencies(self) -> AgencyReads: ...

    @property
    def coordinators(self) -> CoordinatorList: ...
