"""Value objects for locations on the earth (WGS84) and distances between them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from domain.errors import FieldError, InvalidValue

# IUGG mean radius: the haversine error against WGS84 stays under 0.5 %, plenty for
# "how far is this complaint from that one" at city scale.
EARTH_RADIUS_M = 6_371_008.8


@dataclass(frozen=True, slots=True)
class GeoPoint:
    """A WGS84 position in decimal degrees; always finite and within range once built."""

    lat: float
    lon: float

    def __post_init__(self) -> None:
        # Report both coordinates at once so a client can fix its whole input in one round trip.
        errors = [
            error
            for error in (
                _check_coordinate("lat", self.lat, 90.0),
                _check_coordinate("lon", self.lon, 180.0),
            )
            if error is not None
        ]
        if errors:
            raise InvalidValue(
                "Invalid geographic coordinates",
                detail_th="พิกัดไม่ถูกต้อง",
                errors=errors,
            )


def _check_coordinate(name: str, value: object, limit: float) -> FieldError | None:
    # bool is an int subclass; True as a latitude is a caller bug, not 1 degree.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return FieldError(loc=(name,), msg="must be a number", type="float_type")
    if not math.isfinite(value):
        return FieldError(loc=(name,), msg="must be a finite number", type="finite_number")
    if not -limit <= value <= limit:
        return FieldError(
            loc=(name,), msg=f"must be between {-limit:g} and {limit:g}", type="out_of_range"
        )
    return None


def distance_m(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle (haversine) distance between two points, in metres."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat = lat2 - lat1
    dlon = math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    # Rounding can push h a hair above 1 for antipodal points, and asin would then fail.
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, h)))
