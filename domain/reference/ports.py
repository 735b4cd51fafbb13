"""Ports for reading reference data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.reference.model import District, MouArea, MouTarget
from domain.shared.paging import Page, PageRequest


class DistrictRepository(Protocol):
    async def get(self, code: str) -> District | None: ...

    async def list(self, page: PageRequest, *, q: str | None = None) -> Page[District]: ...


class MouAreaRepository(Protocol):
    async def get(self, area_id: int) -> MouArea | None: ...

    async def list(self) -> list[MouArea]: ...

    async def set_targets(
        self, area_id: int, targets: Sequence[MouTarget], version: int
    ) -> None: ...
