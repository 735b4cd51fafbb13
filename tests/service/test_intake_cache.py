"""The app's intake snapshot: read once per TTL, a model reloaded only when a newer version
is stored, and renewed at once after an edit through the same app."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from domain.intake.model import CategoryModel
from domain.intake.service import SNAPSHOT_TTL, IntakeCache

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PARAMS = {
    "classes": ["00000000-0000-0000-0000-000000000001"],
    "vocabulary": {},
    "idf": [],
    "weights": [],
    "intercept": [0.0],
}


class _Store:
    def __init__(self) -> None:
        self.version = 1
        self.loads = 0
        self.reads = 0

    async def latest_versions(self) -> dict[str, int]:
        self.reads += 1
        return {"category": self.version}

    async def category_model(self) -> CategoryModel:
        self.loads += 1
        return CategoryModel(self.version, T0, 10, T0, PARAMS)

    async def road_index(self) -> None:
        return None

    async def keyword_rules(self) -> list[Any]:
        return []


class _Empty:
    async def all_active(self) -> list[Any]:
        return []

    async def all(self) -> list[Any]:
        return []

    async def district_offices(self) -> dict[str, Any]:
        return {}


class _Uow:
    def __init__(self, store: _Store) -> None:
        self.intake = store
        self.routing_rules = self.categories = self.agencies = _Empty()


async def test_snapshot_is_read_once_per_ttl_and_models_only_when_newer() -> None:
    store, cache = _Store(), IntakeCache()
    uow: Any = _Uow(store)
    await cache.refresh(uow, T0)
    assert (store.reads, store.loads, cache.model_version) == (1, 1, 1)
    await cache.refresh(uow, T0 + SNAPSHOT_TTL - timedelta(seconds=1))
    assert store.reads == 1  # within the TTL: no database at all
    await cache.refresh(uow, T0 + SNAPSHOT_TTL)
    assert (store.reads, store.loads) == (2, 1)  # same version: the model is kept
    store.version = 2
    cache.invalidate()
    await cache.refresh(uow, T0 + SNAPSHOT_TTL)
    assert (store.reads, store.loads, cache.model_version) == (3, 2, 2)
