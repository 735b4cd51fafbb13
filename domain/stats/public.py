"""Public statistics per district for the portal: few figures, and no cell small enough to
point at a person (counts from 1 to below the threshold are suppressed, with what derives
from them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from domain.shared.clock import Clock
from domain.shared.paging import PageRequest
from domain.stats.model import DistrictFigures
from domain.uow import UnitOfWork

SECONDS_PER_DAY = 86_400.0


@dataclass(frozen=True)
class PublicDistrictStats:
    """What the public sees of a district; None where the cell was too small to publish."""

    code: str
    name_th: str
    name_en: str
    open: int | None
    resolved: int | None
    median_days_to_resolve: float | None
    resolved_within_sla_share: float | None


def small(n: int, threshold: int) -> bool:
    """A count from 1 to below the threshold could identify someone; zero cannot."""
    return 0 < n < threshold


def publish(
    code: str, name_th: str, name_en: str, f: DistrictFigures | None, threshold: int
) -> PublicDistrictStats:
    f = f or DistrictFigures(code, 0, 0, 0, None)
    resolved_ok = not small(f.resolved, threshold)
    median = f.median_seconds_to_resolve
    return PublicDistrictStats(
        code=code,
        name_th=name_th,
        name_en=name_en,
        open=None if small(f.open, threshold) else f.open,
        resolved=f.resolved if resolved_ok else None,
        median_days_to_resolve=round(median / SECONDS_PER_DAY, 1)
        if resolved_ok and median is not None
        else None,
        resolved_within_sla_share=round(f.resolved_in_time / f.resolved, 3)
        if resolved_ok and f.resolved
        else None,
    )


@dataclass(frozen=True)
class PublicStats:
    districts: list[PublicDistrictStats]
    min_cell: int
    as_of: datetime


class PublicStatsService:
    """No sign-in: the figures are public by construction (suppressed small cells)."""

    def __init__(self, uow: Callable[[], UnitOfWork], clock: Clock, min_cell: int = 5) -> None:
        if min_cell < 1:
            raise ValueError("min_cell must be at least 1")
        self._uow = uow
        self._clock = clock
        self._min_cell = min_cell

    async def districts(self) -> PublicStats:
        now = self._clock.now()
        async with self._uow() as uow:
            figures = {f.district_code: f for f in await uow.stats.district_figures(now)}
            districts = (await uow.districts.list(PageRequest(200))).items
        return PublicStats(
            [
                publish(d.code, d.name_th, d.name_en, figures.get(d.code), self._min_cell)
                for d in districts
            ],
            self._min_cell,
            now,
        )
