"""SQL repositories for districts and MOU areas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.reference.model import District, MouArea, MouTarget, MouTargetKind
from domain.shared.paging import Page, PageRequest
from infra.db.tables import DistrictRow, MouAreaRow, table_of

_D = table_of(DistrictRow).c
_M = table_of(MouAreaRow).c


def _district(row: Any) -> District:
    return District(
        code=row.code,
        name_th=row.name_th,
        name_en=row.name_en,
        lat=row.lat,
        lon=row.lon,
    )


class SqlDistrictRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, code: str) -> District | None:
        row = (
            await self._s.execute(
                select(_D.code, _D.name_th, _D.name_en, _D.lat, _D.lon).where(_D.code == code)
            )
        ).first()
        return _district(row) if row else None

    async def list(self, page: PageRequest, *, q: str | None = None) -> Page[District]:
        stmt = select(_D.code, _D.name_th, _D.name_en, _D.lat, _D.lon).order_by(_D.code)
        if page.after is not None:
            stmt = stmt.where(_D.code > str(page.after[0]))
        if q:
            like = f"%{q.lower()}%"
            stmt = stmt.where(or_(_D.name_th.contains(q), _D.name_en.ilike(like), _D.code == q))
        rows = (await self._s.execute(stmt.limit(page.limit + 1))).all()
        items = [_district(r) for r in rows[: page.limit]]
        more = len(rows) > page.limit
        return Page(items=items, next_key=(items[-1].code,) if more else None)


class SqlMouAreaRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, area_id: int) -> MouArea | None:
        row = await self._s.get(MouAreaRow, area_id)
        return _area(row) if row else None

    async def list(self) -> list[MouArea]:
        rows = (await self._s.execute(select(MouAreaRow).order_by(_M.id))).scalars().all()
        return [_area(r) for r in rows]

    async def set_targets(self, area_id: int, targets: Sequence[MouTarget], version: int) -> None:
        await self._s.execute(
            update(table_of(MouAreaRow))
            .where(_M.id == area_id)
            .values(targets=[[t.kind.value, t.value] for t in targets], version=version)
        )


def _area(row: MouAreaRow) -> MouArea:
    return MouArea(
        id=row.id,
        name_th=row.name_th,
        name_en=row.name_en,
        description_th=row.description_th,
        description_en=row.description_en,
        targets=tuple(MouTarget(MouTargetKind(k), int(v)) for k, v in (row.targets or [])),
        version=row.version,
    )
