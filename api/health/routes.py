"""/healthz (process alive) and /readyz (database reachable, migrations at head, the event
queue moving)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import OperationsServiceDep, ReadyDatabaseDep
from api.errors import problem_responses

router = APIRouter(tags=["health"])


class HealthRead(BaseModel):
    status: str


class ReadinessRead(BaseModel):
    status: str
    database: str
    migrations: str
    queue: str


@router.get("/healthz")
async def get_health() -> HealthRead:
    """The process is alive."""
    return HealthRead(status="ok")


@router.get("/readyz", responses=problem_responses(503))
async def get_readiness(
    database: ReadyDatabaseDep, operations: OperationsServiceDep
) -> ReadinessRead:
    """The database answers, its schema is at the latest migration and no domain event has
    waited longer than `FASTTRACK_QUEUE_STUCK_SECONDS` (503 problem if not)."""
    await operations.check_not_stuck()
    return ReadinessRead(status="ok", database=database.dialect, migrations="head", queue="ok")
