"""HTTP schemas for districts and MOU areas."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from api.schemas import OutputModel
from domain.reference.model import MouTargetKind


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


class MouTargetRead(OutputModel):
    """A target of an MOU area, e.g. `districts_held` 50: mobile units in all 50 districts."""

    kind: MouTargetKind
    value: int


class MouAreaRead(OutputModel):
    """One of the five areas of the OMB-BMA MOU, with its targets."""

    id: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str
    targets: list[MouTargetRead]
    version: int = Field(description="Send it back as If-Match (ETag) to change the targets")


class MouAreaPage(OutputModel):
    items: list[MouAreaRead]
    next_cursor: str | None


class DistrictOutlineProperties(OutputModel):
    code: str
    name_th: str
    name_en: str


class DistrictOutlineGeometry(OutputModel):
    """A GeoJSON Polygon or MultiPolygon, lon/lat (WGS 84), coordinates rounded to 5 places."""

    type: Literal["Polygon", "MultiPolygon"]
    coordinates: list[Any]


class DistrictOutline(OutputModel):
    type: Literal["Feature"]
    properties: DistrictOutlineProperties
    geometry: DistrictOutlineGeometry


class DistrictOutlineCollection(OutputModel):
    """The 50 district polygons, simplified (about 30 m) for drawing maps, in code order."""

    type: Literal["FeatureCollection"]
    features: list[DistrictOutline]
