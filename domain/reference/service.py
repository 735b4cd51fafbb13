"""Use cases over reference data (public, read-only)."""

from __future__ import annotations

from collections.abc import Callable

from domain.directory.model import Category
from domain.errors import NotFound
from domain.reference.model import District, MouArea
from domain.shared.paging import Page, PageRequest
from domain.uow import UnitOfWork


class DistrictNotFound(NotFound):
    code = "district.not_found"
    title = "District not found"
    title_th = "ไม่พบเขต"


class MouAreaNotFound(NotFound):
    code = "mou_area.not_found"
    title = "MOU area not found"
    title_th = "ไม่พบด้านความร่วมมือ"


class ReferenceService:
    def __init__(self, uow_factory: Callable[[], UnitOfWork]) -> None:
        self._uow = uow_factory

    async def list_districts(self, page: PageRequest, q: str | None = None) -> Page[District]:
        async with self._uow() as uow:
            return await uow.districts.list(page, q=q)

    async def get_district(self, code: str) -> District:
        async with self._uow() as uow:
            district = await uow.districts.get(code)
        if district is None:
            raise DistrictNotFound(
                f"No district has the code {code!r}.", detail_th=f"ไม่พบเขตรหัส {code!r}"
            )
        return district

    async def public_categories(self) -> list[Category]:
        """The active categories a citizen can choose from (parents before children)."""
        async with self._uow() as uow:
            everything = await uow.categories.all()
        return sorted((c for c in everything if c.is_active), key=lambda c: c.service_code)

    async def list_mou_areas(self) -> list[MouArea]:
        async with self._uow() as uow:
            return await uow.mou_areas.list()

    async def get_mou_area(self, area_id: int) -> MouArea:
        async with self._uow() as uow:
            area = await uow.mou_areas.get(area_id)
        if area is None:
            raise MouAreaNotFound(f"No MOU area has the id {area_id}.")
        return area
