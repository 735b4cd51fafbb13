"""Geography of the domain: points on the map and the port that maps them to districts."""

from domain.geo.model import GeoPoint, distance_m
from domain.geo.ports import DistrictLocator

__all__ = ["DistrictLocator", "GeoPoint", "distance_m"]
