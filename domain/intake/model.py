"""Value objects of smart intake: gazetteer areas, ranked candidates with their evidence."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.directory.model import Agency


@dataclass(frozen=True)
class District:
    """A Bangkok district (เขต) as the gazetteer knows it."""

    code: str
    name_th: str
    name_en: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Subdistrict:
    """A sub-district (แขวง), its district and its postal codes."""

    code: str
    district_code: str
    name_th: str
    name_en: str
    postal_codes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


class EvidenceKind(enum.StrEnum):
    district_name = "district_name"
    subdistrict_name = "subdistrict_name"
    postal_code = "postal_code"
    road = "road"
    point = "point"
    model = "model"
    keyword = "keyword"


@dataclass(frozen=True)
class Evidence:
    """Why a candidate was suggested: the words of the text that matched, and how."""

    kind: EvidenceKind
    text: str
    detail: str | None = None
    weight: float = 0.0


@dataclass(frozen=True)
class PlaceCandidate:
    district_code: str
    subdistrict_code: str | None
    confidence: float
    evidence: tuple[Evidence, ...]


class CategorySource(enum.StrEnum):
    model = "model"
    keywords = "keywords"


@dataclass(frozen=True)
class CategoryCandidate:
    category_id: uuid.UUID
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class AgencySuggestion:
    """The agency the routing rules give for the top category and district."""

    agency_id: uuid.UUID
    rule_id: uuid.UUID
    category_id: uuid.UUID
    district_code: str | None
    warning: str | None = None
    agency: Agency | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Label:
    """How a suggested code or id reads: Thai and English names (and a category's code)."""

    name_th: str
    name_en: str
    code: str | None = None


class PlaceSource(enum.StrEnum):
    point = "point"
    chosen = "chosen"
    text = "text"


@dataclass(frozen=True)
class Suggestions:
    """The answer: ranked places and categories, the agency they lead to, and what decided."""

    places: tuple[PlaceCandidate, ...]
    place_source: PlaceSource | None
    categories: tuple[CategoryCandidate, ...]
    category_source: CategorySource
    model_version: int | None
    agency: AgencySuggestion | None
    warnings: tuple[str, ...] = ()
    # Names of every district, sub-district, category and agency above, by code or id.
    labels: dict[str, Label] = field(default_factory=dict)


@dataclass(frozen=True)
class KeywordRule:
    """Admin-edited words that point to a category while too few cases train a model."""

    category_id: uuid.UUID
    keywords: tuple[str, ...]
    updated_at: datetime | None = None


@dataclass(frozen=True)
class TrainingCase:
    """What training may read of a case: its text (redacted) and its labels, nothing else."""

    id: uuid.UUID
    text: str
    address: str | None
    category_id: uuid.UUID | None
    district_code: str | None
    subdistrict_code: str | None
    located: bool
    created_at: datetime


@dataclass(frozen=True)
class CategoryModel:
    """A trained, versioned linear text model: exported parameters, no library objects."""

    version: int
    trained_at: datetime
    training_cases: int
    cutoff: datetime | None
    params: dict[str, Any]
    metrics: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RoadIndex:
    """Road and soi names learned from located cases: name -> district -> cases."""

    version: int
    built_at: datetime | None
    counts: dict[str, dict[str, int]]


class Outcome(enum.StrEnum):
    accepted = "accepted"
    overridden = "overridden"
    not_suggested = "not_suggested"


@dataclass(frozen=True)
class SuggestionShown:
    """The top suggestions the person saw before filing (sent back with the new case)."""

    model_version: int | None = None
    district_code: str | None = None
    subdistrict_code: str | None = None
    category_id: uuid.UUID | None = None

    def outcome(
        self,
        district_code: str | None,
        subdistrict_code: str | None,
        category_id: uuid.UUID | None,
    ) -> dict[str, Any]:
        """What happened to each suggestion, stored with the case for production accuracy."""

        def judge(shown: object, final: object) -> str:
            if shown is None:
                return Outcome.not_suggested.value
            return (Outcome.accepted if shown == final else Outcome.overridden).value

        return {
            "model_version": self.model_version,
            "suggested": {
                "district_code": self.district_code,
                "subdistrict_code": self.subdistrict_code,
                "category_id": str(self.category_id) if self.category_id else None,
            },
            "district": judge(self.district_code, district_code),
            "subdistrict": judge(self.subdistrict_code, subdistrict_code),
            "category": judge(self.category_id, category_id),
        }
