"""District lookup (point → เขต code) over GeoJSON boundary polygons, using shapely."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from domain.errors import InvalidValue
from domain.geo import GeoPoint

_CODE = re.compile(r"^\d{4}$")

# The bundled layer has slivers between neighbours up to ~0.3 m wide; ≈1.1 m at Bangkok's
# latitude closes them without pulling in points that are really outside the city.
DEFAULT_GAP_TOLERANCE_DEG = 1e-5


def default_boundaries_path() -> Path:
    """The bundled district layer (development/test default; deployments may configure another)."""
    return Path(__file__).resolve().parent.parent / "reference_data" / "bangkok_districts.geojson"


class ShapelyDistrictLocator:
    """`DistrictLocator` over district polygons held in memory.

    Polygons are prepared and indexed in an STRtree once, so a lookup is a bounding-box
    search plus an indexed point-in-polygon test on the one or two candidates.
    Overlaps resolve to the lowest code and points on a border count as inside, so the
    answer never depends on file order or on which side of a shared edge a point rounds to.
    """

    def __init__(
        self,
        districts: Iterable[tuple[str, BaseGeometry]],
        *,
        gap_tolerance_deg: float = DEFAULT_GAP_TOLERANCE_DEG,
    ) -> None:
        # Stored in code order so "lowest index" means "lowest code" in every lookup.
        ordered = sorted(districts, key=lambda item: item[0])
        if not ordered:
            raise InvalidValue("No district boundaries given", code="geo.boundaries_invalid")
        self._codes: tuple[str, ...] = tuple(code for code, _ in ordered)
        self._geoms: np.ndarray[Any, Any] = np.array([geom for _, geom in ordered], dtype=object)
        shapely.prepare(self._geoms)
        # GEOS builds a prepared polygon's point index lazily and not thread-safely
        # (libgeos/geos#825); one point lookup per polygon here builds it before any
        # request thread can race on it, and keeps the first real lookup fast.
        shapely.covers(self._geoms, shapely.point_on_surface(self._geoms))
        self._tree = shapely.STRtree(self._geoms)
        self._gap_tolerance = gap_tolerance_deg

    @classmethod
    def from_geojson(
        cls, path: Path, *, gap_tolerance_deg: float = DEFAULT_GAP_TOLERANCE_DEG
    ) -> ShapelyDistrictLocator:
        """Load a FeatureCollection of (Multi)Polygons, each with a 4-digit ``code`` property."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise _invalid(path, f"cannot read: {exc}") from exc
        if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
            raise _invalid(path, "not a GeoJSON FeatureCollection")
        features = document.get("features")
        if not isinstance(features, list):
            raise _invalid(path, "FeatureCollection has no feature list")
        districts = [_parse_feature(path, index, feature) for index, feature in enumerate(features)]
        return cls(districts, gap_tolerance_deg=gap_tolerance_deg)

    @property
    def codes(self) -> frozenset[str]:
        """Every district code the layer knows."""
        return frozenset(self._codes)

    def district_at(self, point: GeoPoint) -> str | None:
        """Return the code of the district covering `point`, or None outside every district."""
        # GeoJSON and shapely are x/y, i.e. lon/lat.
        target = shapely.Point(point.lon, point.lat)
        candidates = self._tree.query(target)
        if candidates.size:
            # `covers` (not `contains`) so border points are inside; uses the prepared polygons.
            hits = candidates[shapely.covers(self._geoms[candidates], target)]
            if hits.size:
                return self._codes[int(hits.min())]
        return self._nearest_within_gap(target)

    def _nearest_within_gap(self, target: shapely.Point) -> str | None:
        # Only reached for points in no polygon: either outside the city or in a sliver gap.
        if self._gap_tolerance <= 0:
            return None
        near = self._tree.query(target, predicate="dwithin", distance=self._gap_tolerance)
        if not near.size:
            return None
        distances = shapely.distance(self._geoms[near], target)
        # Ties (a point equidistant from two borders) go to the lowest code, as overlaps do.
        _, best = min(zip(distances.tolist(), near.tolist(), strict=True))
        return self._codes[int(best)]


def _parse_feature(path: Path, index: int, feature: object) -> tuple[str, BaseGeometry]:
    if not isinstance(feature, dict):
        raise _invalid(path, f"feature {index} is not an object")
    properties = feature.get("properties") or {}
    code = properties.get("code") if isinstance(properties, dict) else None
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str) or not _CODE.match(code):
        raise _invalid(path, f"feature {index} has no 4-digit 'code' property (got {code!r})")
    try:
        geom = shape(feature.get("geometry"))
    except Exception as exc:  # shapely raises a mix of types for malformed GeoJSON geometry
        raise _invalid(path, f"feature {index} ({code}) has a malformed geometry: {exc}") from exc
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise _invalid(path, f"feature {index} ({code}) is not a non-empty (Multi)Polygon")
    if not geom.is_valid:
        # Self-intersections make point-in-polygon answers arbitrary; repair rather than refuse
        # so an official layer with a stray spike still loads.
        geom = shapely.make_valid(geom)
    return code, geom


def _invalid(path: Path, reason: str) -> InvalidValue:
    return InvalidValue(
        f"District boundary file {path}: {reason}",
        detail_th="ไฟล์ขอบเขตเขตไม่ถูกต้อง",
        code="geo.boundaries_invalid",
    )
