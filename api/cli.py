"""The `fasttrack` command: migrate, seed, serve, and administration tasks."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import timedelta
from types import SimpleNamespace

from domain.complaint.service import ComplaintService
from domain.errors import DomainError
from domain.identity.service import MIN_PASSWORD_LENGTH
from domain.maintenance import MaintenanceService
from domain.shared.principal import STAFF_ROLES, Role
from infra.auth.passwords import password_helper
from infra.bootstrap import create_staff_user, seed_demo_users
from infra.db import migrate as migrations
from infra.db.engine import open_database
from infra.demo_activities import seed_demo_activities
from infra.seed import seed_reference_data
from infra.settings import Settings


async def _seed(settings: Settings) -> None:
    async with open_database(settings.effective_database_url) as db:
        report = await seed_reference_data(db.sessions)
        print(
            f"seeded: {report.districts} districts, {report.agencies} agencies, "
            f"{report.mou_areas} MOU areas (existing rows kept)"
        )
        if settings.demo:
            helper = password_helper(settings.password_hash_profile)
            created = await seed_demo_users(db.sessions, helper)
            print(f"demo: {created} demo users (password in the README)")
            activities = await seed_demo_activities(db.sessions)
            print(f"demo: {activities} demo activities of MOU areas 2-5")


async def _create_user(settings: Settings, args: argparse.Namespace, password: str | None) -> None:
    async with open_database(settings.effective_database_url) as db:
        user = await create_staff_user(
            db.sessions,
            password_helper(settings.password_hash_profile),
            email=args.email,
            role=Role(args.role),
            agency_code=args.agency,
            password=password,
            full_name=args.name,
        )
    print(f"created {user.role.value} {user.email} ({user.id})")


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    asyncio.run(migrations.upgrade(settings.effective_database_url, args.revision))
    print(f"migrated to {args.revision}")
    return 0


def cmd_seed(settings: Settings, args: argparse.Namespace) -> int:
    asyncio.run(_seed(settings))
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run(
        "api.app:serve_app",
        factory=True,
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers,
        log_config=None,
        proxy_headers=True,
    )
    return 0


def export_openapi() -> str:
    """The OpenAPI document as committed in openapi.json (no database needed)."""
    import json

    from api.app import create_app

    document = create_app(Settings(_env_file=None)).openapi()
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def cmd_openapi(settings: Settings, args: argparse.Namespace) -> int:
    text = export_openapi()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    return 0


def cmd_create_user(settings: Settings, args: argparse.Namespace) -> int:
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if len(password) < MIN_PASSWORD_LENGTH:
            print(f"password must have at least {MIN_PASSWORD_LENGTH} characters", file=sys.stderr)
            return 2
    try:
        asyncio.run(_create_user(settings, args, password))
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    if password is None:
        print("no password set: the user sets one through POST /api/v1/auth/forgot-password")
    return 0


async def _maintenance(settings: Settings) -> None:
    from api.deps import build_container

    async with open_database(settings.effective_database_url) as db:
        state = SimpleNamespace(
            settings=settings, database=db, mailer=None, clock=None, container=None
        )
        container = build_container(state)
        complaints = ComplaintService(
            container.uow, container.clock, container.locator, container.complaint_config
        )
        report = await MaintenanceService(
            container.uow,
            container.clock,
            complaints,
            timedelta(seconds=settings.token_lifetime_seconds),
        ).run()
    print(
        f"maintenance: closed {report.closed_cases} resolved cases past their reopen "
        f"window, purged {report.purged_idempotency_keys} idempotency keys and "
        f"{report.purged_tokens} expired tokens"
    )


def cmd_maintenance(settings: Settings, args: argparse.Namespace) -> int:
    asyncio.run(_maintenance(settings))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fasttrack", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("migrate", help="apply database migrations")
    p.add_argument("revision", nargs="?", default="head")
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("seed", help="seed reference data (idempotent)")
    p.set_defaults(func=cmd_seed)
    p = sub.add_parser("serve", help="serve the API")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("create-user", help="create a staff account")
    p.add_argument("email")
    p.add_argument("--role", required=True, choices=[r.value for r in STAFF_ROLES])
    p.add_argument("--agency", help="agency code, e.g. 1026 (Din Daeng) or DDS")
    p.add_argument("--name", help="full name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_create_user)
    p = sub.add_parser("maintenance", help="housekeeping for cron (idempotent)")
    p.set_defaults(func=cmd_maintenance)
    p = sub.add_parser("openapi", help="write the OpenAPI document")
    p.add_argument("--output", "-o", default="openapi.json")
    p.set_defaults(func=cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings()
    result: int = args.func(settings, args)
    return result


if __name__ == "__main__":
    sys.exit(main())
