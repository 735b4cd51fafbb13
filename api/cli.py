"""The `fasttrack` command: migrate, seed, serve, and administration tasks."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from infra.db import migrate as migrations
from infra.db.engine import open_database
from infra.seed import seed_reference_data
from infra.settings import Settings


async def _seed(settings: Settings) -> None:
    async with open_database(settings.effective_database_url) as db:
        report = await seed_reference_data(db.sessions)
    print(
        f"seeded: {report.districts} districts, {report.agencies} agencies, "
        f"{report.mou_areas} MOU areas (existing rows kept)"
    )


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
