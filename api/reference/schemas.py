"""HTTP schemas for districts and MOU areas."""

from __future__ import annotations

from api.schemas import OutputModel


class DistrictRead(OutputModel):
    """A Bangkok district (เขต) by its official 4-digit geocode."""

    code: str
    name_th: str
    name_en: str
    lat: float
    lon: float


class DistrictPage(OutputModel):
    items: list[DistrictRead]
    next_cursor: str | None


class MouAreaRead(OutputModel):
    """One of the five areas of the OMB-BMA MOU."""

    id: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str


class MouAreaPage(OutputModel):
    items: list[MouAreaRead]
    next_cursor: str | None
