"""Ports the domain needs from geographic adapters."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from domain.geo.model import GeoPoint


@runtime_checkable
class DistrictLocator(Protocol):
    """Finds which Bangkok district (เขต) a point lies in."""

    def district_at(self, point: GeoPoint) -> str | None:
        """Return the 4-digit district code (``"1001"``…``"1050"``), or None outside Bangkok."""
        ...
