"""Districts and MOU areas: read-mostly reference entities seeded at install."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from domain.errors import FieldError, InvalidValue


@dataclass(frozen=True)
class District:
    """One of Bangkok's 50 districts (เขต), by its official 4-digit geocode."""

    code: str
    name_th: str
    name_en: str
    lat: float
    lon: float


class MouTargetKind(enum.StrEnum):
    """What an MOU area's target counts; each is measured from held activities."""

    districts_held = "districts_held"
    activities_held = "activities_held"
    participants = "participants"
    participant_home_districts = "participant_home_districts"
    legal_consultations = "legal_consultations"
    complaints_received = "complaints_received"


@dataclass(frozen=True)
class MouTarget:
    """One target of an MOU area, e.g. mobile units held in 50 districts."""

    kind: MouTargetKind
    value: int


def check_targets(targets: Sequence[MouTarget]) -> tuple[MouTarget, ...]:
    """Targets are positive and name each kind at most once."""
    errors: list[FieldError] = []
    seen: set[MouTargetKind] = set()
    for i, t in enumerate(targets):
        if t.value < 1:
            errors.append(FieldError(("targets", i, "value"), "must be at least 1"))
        if t.kind in seen:
            errors.append(FieldError(("targets", i, "kind"), "listed twice", "duplicate"))
        seen.add(t.kind)
    if errors:
        raise InvalidValue(
            "Invalid MOU area targets.", code="mou_area.invalid_targets", errors=errors
        )
    return tuple(targets)


@dataclass(frozen=True)
class MouArea:
    """One of the five areas of cooperation of the OMB-BMA MOU, with its targets."""

    id: int
    name_th: str
    name_en: str
    description_th: str
    description_en: str
    targets: tuple[MouTarget, ...] = ()
    # Optimistic concurrency: bumped by every change of the targets.
    version: int = 1
