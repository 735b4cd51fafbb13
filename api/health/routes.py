"""/healthz (process alive) and /readyz (database reachable, migrations at head)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import ReadyDatabaseDep
from api.errors import problem_responses

router = APIRouter(tags=["health"])


class HealthRead(BaseModel):
    status: str


class ReadinessRead(BaseModel):
    status: str
    database: str
    migrations: str


@router.get("/healthz")
async def get_health() -> HealthRead:
    """The process is alive."""
    return HealthRead(status="ok")


@router.get("/readyz", responses=problem_responses(503))
async def get_readiness(database: ReadyDatabaseDep) -> ReadinessRead:
    """The database answers and its schema is at the latest migration (503 problem if not)."""
    return ReadinessRead(status="ok", database=database.dialect, migrations="head")
