"""HTTP schemas of smart intake: the text in, ranked places and categories out."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import Field

from api.directory.schemas import PointIn
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.intake.model import CategorySource, EvidenceKind, Outcome, PlaceSource


class IntakeSuggestionRequest(InputModel):
    """A complaint's free text as typed (Thai, English or both), and what is already known."""

    text: str = Field(min_length=1, max_length=5_000, description="Title, description, address")
    location: PointIn | None = Field(
        default=None, description="A map point: its district is kept, never overridden"
    )
    district_code: str | None = Field(
        default=None, pattern=r"^\d{4}$", description="A district the person chose: kept"
    )
    limit: int = Field(default=3, ge=1, le=5, description="Candidates of each kind")


class EvidenceRead(OutputModel):
    """Which words matched, and how much they counted."""

    kind: EvidenceKind
    text: str
    detail: str | None
    weight: float


class PlaceCandidateRead(OutputModel):
    district_code: str
    district_name_th: str
    district_name_en: str
    subdistrict_code: str | None
    subdistrict_name_th: str | None
    subdistrict_name_en: str | None
    confidence: float = Field(ge=0, le=1)
    evidence: list[EvidenceRead]


class CategoryCandidateRead(OutputModel):
    category_id: uuid.UUID
    service_code: str
    name_th: str
    name_en: str
    confidence: float = Field(ge=0, le=1)
    evidence: list[EvidenceRead]


class AgencySuggestionRead(OutputModel):
    """Where the routing rules send the top category in the top district."""

    agency_id: uuid.UUID
    code: str
    name_th: str
    name_en: str
    rule_id: uuid.UUID
    category_id: uuid.UUID
    district_code: str | None
    warning: str | None


class IntakeSuggestionRead(OutputModel):
    """Suggestions only: nothing is stored. Send the top ones you showed back as `suggestion`
    when filing the case, so accepted and overridden suggestions are counted."""

    place_source: PlaceSource | None = Field(
        description="`point` or `chosen`: the district was given and is kept; `text`: found"
    )
    places: list[PlaceCandidateRead]
    category_source: CategorySource = Field(
        description="`model` (trained on the platform's cases) or `keywords` (cold start)"
    )
    model_version: int | None
    categories: list[CategoryCandidateRead]
    agency: AgencySuggestionRead | None
    warnings: list[str]


class SuggestionShownIn(InputModel):
    """The top suggestions the person saw (from POST /intake/suggestions) when filing."""

    model_version: int | None = None
    district_code: str | None = Field(default=None, pattern=r"^\d{4}$")
    subdistrict_code: str | None = Field(default=None, pattern=r"^\d{6}$")
    category_id: uuid.UUID | None = None


Keyword = Annotated[str, Field(min_length=1, max_length=100)]


class KeywordRuleReplace(InputModel):
    """The category's keywords; an empty list deletes the rule."""

    keywords: list[Keyword] = Field(max_length=100)


class KeywordRuleRead(OutputModel):
    category_id: uuid.UUID
    keywords: list[str]
    updated_at: UtcDateTime | None


class KeywordRuleList(OutputModel):
    items: list[KeywordRuleRead]


class SuggestedValuesRead(OutputModel):
    district_code: str | None
    subdistrict_code: str | None
    category_id: uuid.UUID | None


class SuggestionOutcomeRead(OutputModel):
    """What smart intake suggested when the case was filed, and whether it was kept."""

    model_version: int | None
    suggested: SuggestedValuesRead
    district: Outcome
    subdistrict: Outcome
    category: Outcome
