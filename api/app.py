"""The FastAPI app factory: settings, lifespan, middleware, routers and error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from api.activities.routes import mou_areas as mou_area_programme
from api.activities.routes import public as public_activities
from api.activities.routes import router as activities_router
from api.audit.routes import router as audit_router
from api.auth.routes import router as auth_router
from api.complaints.routes import router as complaints_router
from api.deps import build_container
from api.errors import install_error_handlers
from api.health.routes import router as health_router
from api.middleware import RequestContextMiddleware
from api.reference.routes import districts, mou_areas
from api.users.routes import router as users_router
from domain.shared.clock import Clock
from domain.shared.mail import Mailer
from infra.db.engine import Database
from infra.settings import Settings

API_PREFIX = "/api/v1"
API_VERSION = "0.1.0"

TAGS = [
    {"name": "health", "description": "Liveness and readiness probes."},
    {"name": "auth", "description": "Staff login, logout, password reset, e-mail verification."},
    {"name": "users", "description": "Staff accounts: one's own, and admin management."},
    {"name": "audit-log", "description": "Append-only log of administrative changes."},
    {"name": "complaints", "description": "FAST TRACK complaint cases and their timelines."},
    {"name": "districts", "description": "Bangkok's 50 districts (เขต)."},
    {"name": "mou-areas", "description": "The five areas of the OMB-BMA MOU."},
    {
        "name": "activities",
        "description": "Mobile units, community and youth trainings, traffic campaigns "
        "(MOU areas 2-5), and their public calendar feed.",
    },
]


def _operation_id(route: APIRoute) -> str:
    # The operation id is the route function's name (verb_noun): the SDK's method names.
    return route.name


def create_app(
    settings: Settings | None = None,
    *,
    database: Database | None = None,
    mailer: Mailer | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Build the app. Nothing connects here: the database opens in the lifespan."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = None
        if getattr(app.state, "database", None) is None:
            owned = Database.from_url(
                settings.effective_database_url,
                echo=settings.db_echo,
                pool_size=settings.db_pool_size,
            )
            app.state.database = owned
        # Build the container now so that a bad secret stops start-up with a clear message.
        build_container(app.state)
        try:
            yield
        finally:
            if owned is not None:
                await owned.dispose()
                app.state.database = None

    app = FastAPI(
        title="Fast Track OMB & BMA API",
        version=API_VERSION,
        summary="Case management for the cooperation between Thailand's Office of the "
        "Ombudsman and the Bangkok Metropolitan Administration.",
        openapi_tags=TAGS,
        generate_unique_id_function=_operation_id,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.mailer = mailer
    app.state.clock = clock
    app.state.container = None

    api = APIRouter(prefix=API_PREFIX)
    api.include_router(auth_router)
    api.include_router(users_router)
    api.include_router(audit_router)
    api.include_router(complaints_router)
    api.include_router(districts)
    api.include_router(mou_areas)
    api.include_router(mou_area_programme)
    api.include_router(activities_router)
    api.include_router(public_activities)
    app.include_router(api)
    app.include_router(health_router)

    install_error_handlers(app)
    app.add_middleware(RequestContextMiddleware)
    return app


def serve_app() -> FastAPI:
    """Factory for uvicorn (`--factory`): settings from the environment, logging configured."""
    from api.logging import configure_logging

    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings)
