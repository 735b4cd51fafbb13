"""Ports of smart intake: the gazetteer, the stored models and rules, and the trainer."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from domain.intake.model import (
    CategoryModel,
    District,
    KeywordRule,
    RoadIndex,
    Subdistrict,
    TrainingCase,
)


class Gazetteer(Protocol):
    """Bangkok's districts and sub-districts with names, aliases and postal codes."""

    def districts(self) -> Sequence[District]: ...

    def subdistricts(self) -> Sequence[Subdistrict]: ...


class CategoryTrainer(Protocol):
    """Fits the linear text model; returns its parameters as plain data (see
    `LinearTextModel`)."""

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]: ...


class IntakeStore(Protocol):
    """Stored models, the road index, keyword rules and what training may read."""

    async def latest_versions(self) -> dict[str, int]:
        """The newest version of each kind of stored model (`category`, `roads`)."""
        ...

    async def category_model(self) -> CategoryModel | None: ...

    async def road_index(self) -> RoadIndex | None: ...

    async def add_category_model(
        self,
        params: Mapping[str, Any],
        *,
        trained_at: datetime,
        training_cases: int,
        cutoff: datetime | None,
        metrics: Mapping[str, Any],
    ) -> int: ...

    async def add_road_index(
        self, counts: Mapping[str, Mapping[str, int]], *, built_at: datetime, cases: int
    ) -> int: ...

    async def prune(self, keep: int) -> int:
        """Delete all but the `keep` newest versions of each kind."""
        ...

    async def keyword_rules(self) -> list[KeywordRule]: ...

    async def put_keyword_rule(self, rule: KeywordRule) -> None: ...

    async def delete_keyword_rule(self, category_id: uuid.UUID) -> bool: ...

    async def training_cases(self, limit: int) -> list[TrainingCase]:
        """The newest cases training may read (see `TRAINING_POLICY`): id, title and
        description (redacted), address, category, district, sub-district, whether located."""
        ...

    async def categorised_since(self, cutoff: datetime | None) -> int:
        """How many cases training may read have a category and were created after `cutoff`."""
        ...

    async def outcome_counts(self) -> dict[str, dict[str, int]]:
        """Recorded suggestion outcomes: {"district"|"category"|...: {outcome: cases}}."""
        ...
