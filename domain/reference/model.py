"""Districts and MOU areas: read-mostly reference entities seeded at install."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    """One of Bangkok's 50 districts (เขต), by its official 4-digit geocode."""

    code: str
    name_th: str
    name_en: str
    lat: float
    lon: float


@dataclass(frozen=True)
class MouArea:
    """One of the five areas of cooperation of the OMB-BMA MOU."""

    id: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str
