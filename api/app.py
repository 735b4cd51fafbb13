"""The FastAPI app factory: settings, lifespan, middleware, routers and error handlers."""

from __future__ import annotations

import copy
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi._body_limit import wrap_app_with_body_limit
from fastapi.datastructures import Default
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute, iter_route_contexts, request_response
from fastapi_offline import FastAPIOffline
from starlette.routing import BaseRoute
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api.activities.routes import mou_areas as mou_area_programme
from api.activities.routes import public as public_activities
from api.activities.routes import router as activities_router
from api.api_clients.routes import router as api_clients_router
from api.audit.routes import router as audit_router
from api.auth.routes import router as auth_router
from api.auth.tokens import router as token_router
from api.auth.tokens import well_known
from api.complaints.queue_routes import router as complaint_queue_router
from api.complaints.routes import router as complaints_router
from api.deps import build_container
from api.directory.routes import agencies, categories, coordinators, routing, routing_rules
from api.errors import install_error_handlers
from api.escalation.routes import router as escalation_router
from api.health.routes import router as health_router
from api.inbound_mail.routes import router as inbound_mail_router
from api.intake.routes import public_router as public_intake_router
from api.intake.routes import router as intake_router
from api.line.routes import router as line_router
from api.logging import quiet_library_loggers
from api.middleware import (
    BodySizeLimitMiddleware,
    DatabaseScopeMiddleware,
    NulCharacterMiddleware,
    RequestContextMiddleware,
    RequestTimeoutMiddleware,
    SecurityHeadersMiddleware,
)
from api.open311.routes import SPEC_PREFIX as OPEN311_SPEC_PREFIX
from api.open311.routes import router as open311_router
from api.openapi import install as install_openapi
from api.operations.routes import preferences as notification_preferences
from api.operations.routes import router as operations_router
from api.preconditions import NotModifiedMiddleware
from api.privacy.routes import access_log as pd_access_router
from api.privacy.routes import data_subjects as data_subjects_router
from api.privacy.routes import legal_holds as legal_holds_router
from api.privacy.routes import notices as privacy_notices_router
from api.public.portal import router as portal_router
from api.public.routes import router as public_router
from api.reference.routes import districts, mou_areas
from api.sla.routes import closures as closure_days_router
from api.sla.routes import policies as sla_policies_router
from api.spa import mount_root_spa, mount_spa
from api.stats.routes import router as stats_router
from api.users.routes import router as users_router
from api.webhooks.routes import install_webhook_docs
from api.webhooks.routes import operations as webhook_operations
from api.webhooks.routes import router as webhooks_router
from domain.shared.clock import Clock
from domain.shared.mail import Mailer
from infra.db.engine import Database
from infra.jobs.inprocess import InProcessRunner
from infra.settings import Settings

API_PREFIX = "/api/v1"
API_VERSION = "0.1.0"
DOCS_ASSETS = "/docs/assets"
# The routes that take a file (multipart): the only ones with the larger upload body cap.
UPLOAD_PATHS = re.compile(rf"^{API_PREFIX}/(?:public/)?complaints/[^/]+/attachments/?$")

TAGS = [
    {"name": "health", "description": "Liveness and readiness probes."},
    {
        "name": "auth",
        "description": "Staff login, logout, password reset, e-mail verification; OAuth2 "
        "client-credentials tokens for partner systems and their public keys (JWKS).",
    },
    {"name": "users", "description": "Staff accounts: one's own, and admin management."},
    {"name": "api-clients", "description": "Partner systems' API clients (admin management)."},
    {"name": "audit-log", "description": "Append-only log of administrative changes."},
    {"name": "complaints", "description": "FAST TRACK complaint cases and their timelines."},
    {"name": "sla", "description": "SLA policies and the business calendar's closure days."},
    {"name": "stats", "description": "Statistics of complaints, scoped to the caller."},
    {"name": "public", "description": "No account needed: file and track complaints."},
    {"name": "privacy-notices", "description": "The PDPA privacy notice, versioned."},
    {
        "name": "data-subjects",
        "description": "PDPA data-subject requests (find, export, rectify, erase, restrict) "
        "and legal holds: OMB officers and administrators, every call audited.",
    },
    {"name": "districts", "description": "Bangkok's 50 districts (เขต)."},
    {"name": "mou-areas", "description": "The five areas of the OMB-BMA MOU."},
    {"name": "agencies", "description": "District offices, BMA bureaus, the OMB and partners."},
    {"name": "coordinators", "description": "The Fast Track contact people of each agency."},
    {"name": "categories", "description": "The complaint category tree."},
    {"name": "routing-rules", "description": "Which agency receives cases of a category."},
    {"name": "routing", "description": "Where a case would be routed, and why."},
    {
        "name": "activities",
        "description": "Mobile units, community and youth trainings, traffic campaigns "
        "(MOU areas 2-5), and their public calendar feed.",
    },
    {
        "name": "integrations",
        "description": "Channels that bring complaints in: the LINE Official Account's webhook.",
    },
    {
        "name": "open311",
        "description": "Open311 GeoReport v2 for civic apps: services (categories) and service "
        "requests (cases, public facts only); errors as the specification's list.",
    },
]


def _operation_id(route: APIRoute) -> str:
    # The operation id is the route function's name (verb_noun): the SDK's method names.
    return route.name


# The flat routes built for the first app of a process, by the shape of what it included:
# building them analyses every endpoint's dependencies and response model (0.4 s), which a
# test suite creating thousands of apps paid each time. Later apps take copies with their
# own dependency-overrides provider and request handlers (see `_flatten`).
_FLAT_ROUTES: dict[tuple[Any, ...], list[list[APIRoute] | None]] = {}


def _shape(router: APIRouter) -> tuple[Any, ...]:
    """What `router`'s flat routes are built from: its own routes by kind and path (FastAPI
    adds /openapi.json and the docs to each app), and for each router included into it, the
    prefix it was included with and that router's shape (routers are module-level; the `api`
    router made per app holds the same ones every time)."""
    out: list[Any] = []
    for route in router.routes:
        included = getattr(route, "original_router", None)
        context = getattr(route, "include_context", None)
        if isinstance(included, APIRouter) and context is not None:
            out.append((getattr(context, "prefix", None), _shape(included)))
        else:
            out.append((type(route).__name__, getattr(route, "path", None)))
    return tuple(out)


def _flatten(router: APIRouter, app: FastAPI) -> None:
    """`router`'s included routers as their routes (`_flat_routes`), built once per process
    and shape; a later app gets copies that answer with its own dependency overrides (the
    only part of a route that names its app), and keeps its own routes that stay as they
    are."""
    key = _shape(router)
    template = _FLAT_ROUTES.get(key)
    first = template is None
    if template is None:
        template = _FLAT_ROUTES[key] = [_flat_routes(route) for route in router.routes]
    routes: list[BaseRoute] = []
    for own, flat in zip(router.routes, template, strict=True):
        if flat is None:
            routes.append(own)
        elif first:
            routes.extend(flat)
        else:
            routes.extend(_for_app(route, app) for route in flat)
    router.routes[:] = routes


def _for_app(original: APIRoute, app: FastAPI) -> APIRoute:
    route = copy.copy(original)
    route.dependency_overrides_provider = app
    route.app = wrap_app_with_body_limit(
        request_response(route.get_route_handler()), route.max_body_size
    )
    return route


def _flat_routes(route: BaseRoute) -> list[APIRoute] | None:
    """An included router as the routes FastAPI derives from it, in the same order (None for
    any other route, which stays as it is): one level, every pattern tried once per request
    (issue 22).

    FastAPI's `include_router` is lazy: it appends a wrapper that, on every request, walks
    the included router (and each router included into that one) pattern by pattern, checks
    its caches, and walks the selected level again to handle the request. The routes built
    here are those its wrappers build and serve, from the same values (`iter_route_contexts`
    is what FastAPI's own OpenAPI document reads): the full path; the routers' tags,
    dependencies, responses and callbacks merged; the response class, operation id function,
    content-type strictness and body limit resolved; the app as dependency-overrides
    provider; the route's own class (Open311Route). Routes added to an included router
    afterwards are not seen: call this once every router is in. Only path operations are
    flattened (the app's included routers hold nothing else); a router holding anything
    else is left included as it is. Form limits of the included routers are not carried
    over (none is set; tests/api/test_route_order.py compares both ways of routing)."""
    routes: list[APIRoute] = []
    contexts = list(iter_route_contexts([route]))
    # FastAPI's wrapper also serves the router's low-priority (frontend) routes.
    low_priority = getattr(route, "effective_low_priority_routes", None)
    if (
        [c.original_route for c in contexts] == [route]
        or not all(isinstance(c.original_route, APIRoute) for c in contexts)
        or (low_priority is not None and low_priority())
    ):
        return None
    for context in contexts:
        original = context.original_route
        assert isinstance(original, APIRoute)
        assert context.path is not None and context.endpoint is not None
        routes.append(
            type(original)(
                context.path,
                context.endpoint,
                # A generator's stream item type is derived again from its annotation.
                response_model=Default(None)
                if context.stream_item_type is not None
                else context.response_model,
                status_code=context.status_code,
                tags=list(context.tags),
                dependencies=list(context.dependencies),
                summary=context.summary,
                description=context.description,
                response_description=context.response_description,
                responses=dict(context.responses),
                deprecated=context.deprecated,
                name=context.name,
                methods=set(context.methods or ()),
                operation_id=context.operation_id,
                response_model_include=context.response_model_include,
                response_model_exclude=context.response_model_exclude,
                response_model_by_alias=context.response_model_by_alias,
                response_model_exclude_unset=context.response_model_exclude_unset,
                response_model_exclude_defaults=context.response_model_exclude_defaults,
                response_model_exclude_none=context.response_model_exclude_none,
                include_in_schema=context.include_in_schema,
                response_class=context.response_class,
                dependency_overrides_provider=context.dependency_overrides_provider,
                callbacks=context.callbacks,
                openapi_extra=context.openapi_extra,
                generate_unique_id_function=context.generate_unique_id_function,
                strict_content_type=context.strict_content_type,
                max_body_size=context.max_body_size,
                form_limits=original.form_limits or None,
            )
        )
    return routes


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
                max_overflow=settings.db_max_overflow,
                pool_recycle=settings.db_pool_recycle_seconds,
                statement_cache_size=settings.db_statement_cache_size,
                replica_url=settings.effective_replica_url,
                replica_standalone_is_current=settings.database_replica_standalone_is_current,
            )
            app.state.database = owned
        # Build the container now so that a bad secret stops start-up with a clear message;
        # the token key ring is generated on first start (or must exist when configured).
        container = build_container(app.state)
        container.key_ring.state()
        runner = None
        if settings.jobs_in_process:
            # The single-machine default: the jobs run here, from the durable outbox.
            runner = InProcessRunner(container.jobs())
            runner.start()
        app.state.job_runner = runner
        try:
            yield
        finally:
            if runner is not None:
                await runner.stop()
            if owned is not None:
                await owned.dispose()
                app.state.database = None

    # /docs and /redoc load Swagger UI and ReDoc from the pinned fastapi-offline package,
    # served under DOCS_ASSETS: the pages work on a network without internet access. Switched
    # off, neither the pages nor their assets exist (/openapi.json stays).
    docs: dict[str, Any] = (
        {"static_url": DOCS_ASSETS}
        if settings.docs_enabled
        else {"docs_url": None, "redoc_url": None}
    )
    app = (FastAPIOffline if settings.docs_enabled else FastAPI)(
        **docs,
        title="Fast Track OMB & BMA API",
        version=API_VERSION,
        summary="Case management for the cooperation between Thailand's Office of the "
        "Ombudsman and the Bangkok Metropolitan Administration.",
        openapi_tags=TAGS,
        generate_unique_id_function=_operation_id,
        lifespan=lifespan,
        # Off: FastAPI asks on every request whether a tracer, meter or logger provider is
        # configured; on, it traces as its documentation says.
        telemetry=None
        if settings.opentelemetry
        else {"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    quiet_library_loggers()
    app.state.settings = settings
    app.state.database = database
    app.state.mailer = mailer
    app.state.clock = clock
    app.state.container = None
    app.state.job_runner = None

    # Routes are matched in order, one pattern after another (FastAPI has no prefix index):
    # the citizens' public reads, the busiest and unauthenticated, come first, in their own
    # relative order (all under /public, none shadowing a staff route).
    api = APIRouter(prefix=API_PREFIX)
    api.include_router(public_router)
    api.include_router(portal_router)
    api.include_router(public_intake_router)
    api.include_router(public_activities)
    api.include_router(auth_router)
    api.include_router(token_router)
    api.include_router(notification_preferences)
    api.include_router(users_router)
    api.include_router(api_clients_router)
    api.include_router(audit_router)
    api.include_router(complaint_queue_router)
    api.include_router(complaints_router)
    api.include_router(sla_policies_router)
    api.include_router(closure_days_router)
    api.include_router(stats_router)
    api.include_router(intake_router)
    api.include_router(privacy_notices_router)
    api.include_router(pd_access_router)
    api.include_router(data_subjects_router)
    api.include_router(legal_holds_router)
    api.include_router(districts)
    api.include_router(mou_areas)
    api.include_router(agencies)
    api.include_router(coordinators)
    api.include_router(categories)
    api.include_router(routing_rules)
    api.include_router(routing)
    api.include_router(mou_area_programme)
    api.include_router(activities_router)
    api.include_router(escalation_router)
    api.include_router(operations_router)
    api.include_router(webhook_operations)
    api.include_router(webhooks_router)
    api.include_router(line_router)
    api.include_router(inbound_mail_router)
    api.include_router(open311_router, prefix="/open311")
    # The probes first: a load balancer asks for /healthz every few seconds, and behind the
    # API's ~170 patterns its answer cost ten times the framework's floor.
    app.include_router(health_router)
    app.include_router(well_known)
    app.include_router(api)
    app.include_router(open311_router, prefix=OPEN311_SPEC_PREFIX, include_in_schema=False)
    # One level: the app's router holds the path operations themselves (issue 22).
    _flatten(app.router, app)

    install_webhook_docs(app)
    # The staff console, a built SPA talking to the API over HTTP like any other client.
    mount_spa(app, "/console", settings.console_dir, name="console")
    # The public portal at the root, last: every route above takes precedence over it.
    mount_root_spa(app, settings.portal_dir)

    install_error_handlers(app)
    app.add_middleware(NulCharacterMiddleware)
    install_openapi(app)
    app.add_middleware(NotModifiedMiddleware)
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        max_upload_bytes=settings.max_upload_bytes,
        upload_paths=UPLOAD_PATHS,
        # A raw e-mail carries its attachments base64-encoded: it has a cap of its own.
        path_limits={f"{API_PREFIX}/integrations/mail/inbound": settings.inbound_mail_max_bytes},
    )
    app.add_middleware(RequestTimeoutMiddleware, seconds=settings.request_timeout_seconds)
    # Outside the timeout: a cancelled handler's sessions have closed before the request's
    # connection goes back to the pool.
    app.add_middleware(DatabaseScopeMiddleware)
    if settings.cors_allow_origins:
        # Frontends on their own origin: bearer tokens, no cookies, so no credentials mode.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_allow_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "Idempotency-Key",
                "Accept-Language",
                "X-Request-ID",
            ],
            expose_headers=[
                "ETag",
                "Idempotent-Replayed",
                "X-Request-ID",
                "Location",
                "Retry-After",
            ],
            max_age=600,
        )
    app.add_middleware(RequestContextMiddleware)
    # Outside everything but the proxy headers: 413s, 503s, CORS answers and the 500s of
    # RequestContextMiddleware carry the headers too, and the scheme is the proxy's.
    app.add_middleware(
        SecurityHeadersMiddleware,
        hsts_max_age=settings.hsts_max_age_seconds,
        docs_paths=frozenset(
            {"/docs", "/redoc", "/docs/oauth2-redirect"} if settings.docs_enabled else ()
        ),
    )
    if settings.trusted_proxy_list:
        # Outermost, so every layer (throttles, logs) sees the client the trusted proxy saw.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxy_list)
    return app


def serve_app() -> FastAPI:
    """Factory for uvicorn (`--factory`): settings from the environment, logging configured."""
    from api.logging import configure_logging

    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings)
