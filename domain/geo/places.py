"""Where a citizen's report is: a map point or an address resolved to one of the 50 districts,
and a plain explanation when it is outside Bangkok."""

from __future__ import annotations

from collections.abc import Callable

from domain.errors import FieldError, InvalidValue
from domain.geo.model import GeoPoint
from domain.geo.ports import DistrictLocator
from domain.reference.model import District
from domain.shared.paging import PageRequest
from domain.uow import UnitOfWork

DISTRICT_MARKER = "เขต"


class OutsideBangkok(InvalidValue):
    """The point is in none of the 50 districts: Fast Track covers Bangkok only."""

    code = "geo.outside_bangkok"
    title = "The place is outside Bangkok"
    title_th = "ตำแหน่งนี้อยู่นอกกรุงเทพมหานคร"

    def __init__(self) -> None:
        super().__init__(
            "Fast Track handles complaints about Bangkok's 50 districts. For a place in another "
            "province, contact the Office of the Ombudsman (hotline 1676) or the province's "
            "Damrongdhama Centre (hotline 1567).",
            detail_th=(
                "ระบบ Fast Track รับเรื่องร้องเรียนในพื้นที่ 50 เขตของกรุงเทพมหานครเท่านั้น "
                "หากเป็นพื้นที่จังหวัดอื่น โปรดติดต่อสำนักงานผู้ตรวจการแผ่นดิน สายด่วน 1676 "
                "หรือศูนย์ดำรงธรรมจังหวัด สายด่วน 1567"
            ),
            errors=[FieldError(("query", "lat"), "outside Bangkok", "outside_bangkok")],
        )


class AddressNotPlaced(InvalidValue):
    code = "geo.address_not_placed"
    title = "No district was found in the address"
    title_th = "ไม่พบชื่อเขตในที่อยู่"

    def __init__(self) -> None:
        super().__init__(
            "Write the district (e.g. 'Khet Din Daeng' or 'เขตดินแดง'), or tap the map.",
            detail_th="โปรดระบุชื่อเขต เช่น “เขตดินแดง” หรือแตะตำแหน่งบนแผนที่",
            errors=[FieldError(("query", "address"), "no district named", "address_not_placed")],
        )


def _squash(text: str) -> str:
    return "".join(text.lower().split())


def district_in_address(address: str, districts: list[District]) -> District | None:
    """The district an address names: the name after the last "เขต" if there is one (sub-
    districts share names with districts), else the only district named at all, the longest
    name winning (บางกอกน้อย over บางกอก)."""
    text = _squash(address)
    names = sorted(
        ((_squash(n), d) for d in districts for n in (d.name_th, d.name_en, f"khet{d.name_en}")),
        key=lambda item: -len(item[0]),
    )
    marker = text.rfind(DISTRICT_MARKER)
    if marker >= 0:
        after = text[marker + len(DISTRICT_MARKER) :]
        for name, d in names:
            if after.startswith(name):
                return d
    found: dict[str, District] = {}
    taken = text
    for name, d in names:
        if name and name in taken:
            found[d.code] = d
            taken = taken.replace(name, " ")
    return next(iter(found.values())) if len(found) == 1 else None


class PlaceService:
    """No sign-in: tells the portal which district a point or an address is in."""

    def __init__(self, uow: Callable[[], UnitOfWork], locator: DistrictLocator) -> None:
        self._uow = uow
        self._locator = locator

    async def _districts(self) -> list[District]:
        async with self._uow() as uow:
            return list((await uow.districts.list(PageRequest(200))).items)

    async def at(self, point: GeoPoint) -> District:
        code = self._locator.district_at(point)
        if code is None:
            raise OutsideBangkok()
        async with self._uow() as uow:
            district = await uow.districts.get(code)
        if district is None:  # the boundaries and the reference data disagree
            raise OutsideBangkok()
        return district

    async def in_address(self, address: str) -> District:
        found = district_in_address(address, await self._districts())
        if found is None:
            raise AddressNotPlaced()
        return found
