"""Composition root for requests: wires infra adapters into domain services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from domain.reference.service import ReferenceService
from domain.uow import UnitOfWork
from infra.db.engine import Database
from infra.db.readiness import check_ready
from infra.db.uow import SqlUnitOfWork
from infra.settings import Settings


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]


def get_uow_factory(database: DatabaseDep) -> Callable[[], UnitOfWork]:
    return lambda: SqlUnitOfWork(database.sessions)


UowFactoryDep = Annotated[Callable[[], UnitOfWork], Depends(get_uow_factory)]


def get_reference_service(uow: UowFactoryDep) -> ReferenceService:
    return ReferenceService(uow)


ReferenceServiceDep = Annotated[ReferenceService, Depends(get_reference_service)]


async def require_ready(database: DatabaseDep) -> Database:
    """Raise Unavailable unless the database answers and its migrations are at head."""
    await check_ready(database)
    return database


ReadyDatabaseDep = Annotated[Database, Depends(require_ready)]
