"""The district polygons as a light GeoJSON document for maps: simplified, rounded, cached."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping, shape

# ≈ 30 m at Bangkok's latitude: the outlines stay recognisable at city scale while the
# bundled 1 MB layer shrinks to a document a browser loads in one go.
DEFAULT_OUTLINE_TOLERANCE_DEG = 0.0003


def _round(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), 5) for c in coords]
    return [_round(c) for c in coords]


def district_outlines(
    path: Path, tolerance_deg: float = DEFAULT_OUTLINE_TOLERANCE_DEG
) -> dict[str, Any]:
    """A FeatureCollection with one simplified (Multi)Polygon per district, in code order,
    each with `code`, `name_th` and `name_en` properties (names from the layer when it has
    them, else empty)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    features: list[dict[str, Any]] = []
    for feature in document["features"]:
        properties = feature.get("properties") or {}
        geometry = shapely.simplify(
            shape(feature["geometry"]), tolerance_deg, preserve_topology=True
        )
        outline = mapping(geometry)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code": str(properties["code"]),
                    "name_th": str(properties.get("name_th") or ""),
                    "name_en": str(properties.get("name_en") or ""),
                },
                "geometry": {
                    "type": outline["type"],
                    "coordinates": _round(outline["coordinates"]),
                },
            }
        )
    features.sort(key=lambda f: f["properties"]["code"])
    return {"type": "FeatureCollection", "features": features}
