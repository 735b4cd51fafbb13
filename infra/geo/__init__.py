"""Geographic adapters: district lookup from boundary polygons."""

from infra.geo.outlines import district_outlines
from infra.geo.shapely_locator import ShapelyDistrictLocator, default_boundaries_path

__all__ = ["ShapelyDistrictLocator", "default_boundaries_path", "district_outlines"]
