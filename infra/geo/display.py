"""The district boundaries for drawing on a phone: the bundled polygons simplified to a few
metres (shared edges kept together) and rounded to ~1 m, so the portal's map needs no tile
server and downloads in a fraction of the original size."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping, shape

# ≈ 5 m at Bangkok's latitude: invisible on a phone-sized map of the whole city.
DISPLAY_TOLERANCE_DEG = 5e-5


@dataclass(frozen=True)
class DisplayBoundaries:
    body: bytes
    etag: str


def _rounded(coords: Any) -> Any:
    if isinstance(coords, list | tuple) and coords and isinstance(coords[0], int | float):
        return [round(float(c), 5) for c in coords]
    return [_rounded(c) for c in coords]


def display_boundaries(path: Path, tolerance: float = DISPLAY_TOLERANCE_DEG) -> DisplayBoundaries:
    source = json.loads(path.read_text(encoding="utf-8"))
    features: list[dict[str, Any]] = []
    for feature in source["features"]:
        props = feature.get("properties") or {}
        geometry = shape(feature["geometry"])
        simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
        g = mapping(simple)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code": str(props.get("code")),
                    "name_th": props.get("name_th"),
                    "name_en": props.get("name_en"),
                },
                "geometry": {"type": g["type"], "coordinates": _rounded(g["coordinates"])},
            }
        )
    features.sort(key=lambda f: str(f["properties"]["code"]))
    body = json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    return DisplayBoundaries(body, f'"{hashlib.sha256(body).hexdigest()[:32]}"')
