"""Geographic adapters: district lookup from boundary polygons."""

from infra.geo.shapely_locator import ShapelyDistrictLocator, default_boundaries_path

__all__ = ["ShapelyDistrictLocator", "default_boundaries_path"]
