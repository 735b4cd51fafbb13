"""The `fasttrack` command: migrate, seed, serve, and administration tasks."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from domain.api_client.model import ClientScope
from domain.api_client.service import ApiClientService, CreatedApiClient, NewApiClient
from domain.audit.model import AuditEntry
from domain.complaint.service import ComplaintService
from domain.errors import DomainError, InvalidValue, PayloadTooLarge
from domain.identity.service import MIN_PASSWORD_LENGTH
from domain.inbound_mail.model import MailReceipt
from domain.intake.service import EvaluationReport, RetrainReport
from domain.maintenance import MaintenanceService
from domain.shared.clock import SystemClock
from domain.shared.principal import STAFF_ROLES, SYSTEM, Role
from infra.auth.keys import KeyRing, KeyRingError
from infra.auth.passwords import ThreadedPasswordHasher, password_helper
from infra.backup import BackupError, DataPaths, backup, restore, sqlite_path
from infra.bootstrap import create_staff_user, seed_demo_users
from infra.db import migrate as migrations
from infra.db.chain import VerifyReport
from infra.db.chain import verify as verify_chains
from infra.db.engine import open_database
from infra.db.repositories.api_clients import agency_id_by_code
from infra.db.uow import SqlUnitOfWork
from infra.demo_activities import seed_demo_activities
from infra.jobs.queue import build_queue_app, ensure_schema
from infra.seed import seed_reference_data
from infra.settings import Settings


async def _seed(settings: Settings) -> None:
    async with open_database(
        settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
    ) as db:
        report = await seed_reference_data(db.sessions)
        print(
            f"seeded: {report.districts} districts, {report.agencies} agencies, "
            f"{report.mou_areas} MOU areas, {report.categories} categories, "
            f"{report.routing_rules} routing rules, {report.subdistricts} sub-districts, "
            f"{report.keyword_rules} keyword rules (existing rows kept)"
        )
        if settings.demo:
            helper = password_helper(settings.password_hash_profile)
            created = await seed_demo_users(db.sessions, helper)
            print(f"demo: {created} demo users (password in the README)")
            activities = await seed_demo_activities(db.sessions)
            print(f"demo: {activities} demo activities of MOU areas 2-5")


async def _create_user(settings: Settings, args: argparse.Namespace, password: str | None) -> None:
    async with open_database(
        settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
    ) as db:
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


async def _create_client(settings: Settings, args: argparse.Namespace) -> CreatedApiClient:
    async with open_database(
        settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
    ) as db:
        async with db.sessions() as session:
            agency_id = await agency_id_by_code(session, args.agency)
        if agency_id is None:
            raise InvalidValue(f"No agency has the code {args.agency!r}.", code="agency.not_found")
        service = ApiClientService(
            lambda: SqlUnitOfWork(db.sessions),
            SystemClock(),
            ThreadedPasswordHasher(password_helper(settings.password_hash_profile)),
        )
        return await service.create_client(
            SYSTEM, NewApiClient(name=args.name, agency_id=agency_id, scopes=args.scope)
        )


def key_ring(settings: Settings) -> KeyRing:
    return KeyRing(settings.effective_jwt_keys_dir, generate=settings.jwt_keys_dir is None)


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    url = settings.effective_database_url
    asyncio.run(migrations.upgrade(url, args.revision))
    print(f"migrated to {args.revision}")
    if url.startswith("postgresql") and asyncio.run(ensure_schema(url)):
        print("job queue schema (procrastinate) applied")
    return 0


async def _worker(settings: Settings, args: argparse.Namespace) -> None:
    from api.deps import build_container

    url = settings.effective_database_url
    await ensure_schema(url)
    async with open_database(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_recycle=settings.db_pool_recycle_seconds,
        statement_cache_size=settings.db_statement_cache_size,
    ) as db:
        state = SimpleNamespace(
            settings=settings, database=db, mailer=None, clock=None, container=None
        )
        queue = build_queue_app(url, build_container(state).jobs())
        async with queue.open_async():
            await queue.run_worker_async(
                name=args.name, concurrency=args.concurrency, install_signal_handlers=True
            )


def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.effective_database_url.startswith("postgresql"):
        print(
            "error: the worker needs PostgreSQL; on SQLite `fasttrack serve` runs the jobs",
            file=sys.stderr,
        )
        return 2
    from api.logging import configure_logging

    configure_logging(settings.log_level)
    asyncio.run(_worker(settings, args))
    return 0


def cmd_seed(settings: Settings, args: argparse.Namespace) -> int:
    asyncio.run(_seed(settings))
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    if args.workers > 1 and not settings.effective_database_url.startswith("postgresql"):
        # SQLite is the single-process default: one file, one writer at a time, and the jobs
        # run inside the server (FASTTRACK_JOBS=inprocess), so N servers would run them N times.
        print(
            "error: --workers above 1 needs PostgreSQL (FASTTRACK_DATABASE_URL); on SQLite "
            "`fasttrack serve` runs one process",
            file=sys.stderr,
        )
        return 2
    host, port = args.host or settings.host, args.port or settings.port
    # The factory (in this process or each worker) reads its settings from the environment:
    # hand it the address actually bound, which the default public base URL is made of.
    os.environ["FASTTRACK_HOST"], os.environ["FASTTRACK_PORT"] = host, str(port)
    uvicorn.run(
        "api.app:serve_app",
        factory=True,
        host=host,
        port=port,
        workers=args.workers,
        # uvloop's event loop and httptools' parser (both dependencies) unless asked otherwise:
        # the request floor (`GET /healthz`) costs about a third less CPU than asyncio + h11.
        loop=args.loop,
        http=args.http,
        log_config=None,
        # The app trusts X-Forwarded-For only from FASTTRACK_TRUSTED_PROXIES (api/app.py);
        # uvicorn's own handling would trust 127.0.0.1 whatever the setting says.
        proxy_headers=False,
    )
    return 0


def export_openapi() -> str:
    """The OpenAPI document as committed in openapi.json (no database needed)."""
    import json

    from api.app import create_app

    document = create_app(Settings(_env_file=None)).openapi()
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


README_START = "<!-- endpoints:start (generated by `make openapi`) -->"
README_END = "<!-- endpoints:end -->"


def endpoints_markdown(document: dict[str, object] | None = None) -> str:
    """The README's endpoint table, one row per operation, grouped by tag."""
    import json

    doc = document or json.loads(export_openapi())
    paths: dict[str, dict[str, dict[str, object]]] = doc["paths"]  # type: ignore[assignment]
    rows: list[tuple[str, str, str, str, str]] = []
    for path, operations in paths.items():
        for method, op in operations.items():
            tag = str((op.get("tags") or ["-"])[0])  # type: ignore[index]
            who = "token" if op.get("security") else "public"
            text = " ".join(str(op.get("description") or op.get("summary") or "").split())
            summary = text.split(". ")[0].rstrip(".")
            rows.append(
                (
                    tag,
                    f"`{method.upper()} {path}`",
                    f"`{op['operationId']}`",
                    who,
                    summary.replace("|", "\\|"),
                )
            )
    lines = ["| tag | method and path | operation id | auth | what |", "|---|---|---|---|---|"]
    lines += [f"| {t} | {m} | {o} | {w} | {s} |" for t, m, o, w, s in sorted(rows)]
    return "\n".join(lines) + "\n"


SETTINGS_START = "<!-- settings:start (generated by `make openapi`) -->"
SETTINGS_END = "<!-- settings:end -->"


def settings_markdown() -> str:
    """The README's settings table, from the Settings model itself."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        if field.default_factory is not None:
            default = "(see meaning)"
        elif field.default is None:
            default = "unset"
        elif field.default == "":
            default = "empty"
        else:
            default = f"`{field.default}`"
        lines.append(f"| `FASTTRACK_{name.upper()}` | {default} | {field.description or ''} |")
    return "\n".join(lines) + "\n"


def _replace(text: str, start: str, end: str, body: str) -> str:
    head, found, rest = text.partition(start)
    if not found:
        return text
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{body}{end}{tail}"


def sync_readme(path: str = "README.md") -> bool:
    """Rewrite the generated tables in the README; True when it changed."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    new = _replace(text, README_START, README_END, endpoints_markdown())
    new = _replace(new, SETTINGS_START, SETTINGS_END, settings_markdown())
    if new != text:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(new)
    return new != text


def cmd_openapi(settings: Settings, args: argparse.Namespace) -> int:
    text = export_openapi()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
        if args.readme:
            sync_readme(args.readme)
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

    async with open_database(
        settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
    ) as db:
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
            container.intake_service(),
            container.retention_service(),
        ).run()
    print(
        f"maintenance: closed {report.closed_cases} resolved cases past their reopen "
        f"window, purged {report.purged_idempotency_keys} idempotency keys and "
        f"{report.purged_tokens} expired tokens; statistics rollup rebuilt over "
        f"{report.rollup_cases} cases"
    )
    if report.intake is not None:
        print(_retrain_line(report.intake))
    if report.retention is not None:
        r = report.retention
        print(
            f"retention: anonymised {r.anonymised_cases} closed cases' complainants, deleted "
            f"{r.deleted_attachments} attachments, purged {r.purged_access_entries} "
            "personal-data access log entries (legal holds skipped; see the audit log)"
        )


def _retrain_line(r: RetrainReport) -> str:
    return (
        f"suggestions: road index v{r.roads_version} ({r.road_names} road/soi names); "
        f"category model {'v' + str(r.model_version) if r.model_version else 'none'}"
        f"{' (new)' if r.trained else ''}: {r.reason}"
    )


async def _suggest(settings: Settings, args: argparse.Namespace) -> str:
    from api.deps import build_container

    async with open_database(
        settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
    ) as db:
        state = SimpleNamespace(
            settings=settings, database=db, mailer=None, clock=None, container=None
        )
        service = build_container(state).intake_service()
        if args.action == "train":
            return _retrain_line(await service.retrain(force=True))
        report = await service.evaluate(args.holdout)
    if args.json:
        return json.dumps(asdict(report), indent=2)
    return evaluation_text(report, args.holdout)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f} %"


def evaluation_text(r: EvaluationReport, holdout: float) -> str:
    lines = [
        f"cases training may read: {r.cases} ({r.train_cases} train, {r.holdout_cases} held out "
        f"= {holdout:.0%})",
        f"category ({r.category_cases} held-out cases with a category):",
        f"  model + keywords (as served)  top-1 {_pct(r.category_top1)}  "
        f"top-3 {_pct(r.category_top3)}",
        f"  model alone                   top-1 {_pct(r.model_only_top1)}  "
        f"top-3 {_pct(r.model_only_top3)}",
        f"  keyword rules alone           top-1 {_pct(r.keyword_top1)}  "
        f"top-3 {_pct(r.keyword_top3)}",
        f"district ({r.district_cases} held-out cases with a district):",
        f"  top-1 {_pct(r.district_top1)}  top-3 {_pct(r.district_top3)}",
        f"  text names a district, sub-district or postal code ({r.named_cases} cases): "
        f"top-1 {_pct(r.named_district_top1)}",
        f"sub-district ({r.subdistrict_cases} cases with one): top-1 {_pct(r.subdistrict_top1)}",
    ]
    for part, outcomes in sorted(r.production.items()):
        counted = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        lines.append(f"in production, {part} suggestions: {counted}")
    return "\n".join(lines)


def cmd_suggest(settings: Settings, args: argparse.Namespace) -> int:
    try:
        print(asyncio.run(_suggest(settings, args)))
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    return 0


def cmd_maintenance(settings: Settings, args: argparse.Namespace) -> int:
    asyncio.run(_maintenance(settings))
    return 0


# sysexits.h, as an MTA's pipe reads them: a bad message bounces, a temporary failure is
# retried later by the MTA.
EX_DATAERR = 65
EX_TEMPFAIL = 75


async def _receive_mail(settings: Settings, raw: bytes) -> MailReceipt:
    from api.deps import build_container

    async with open_database(
        settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
    ) as db:
        state = SimpleNamespace(
            settings=settings, database=db, mailer=None, clock=None, container=None
        )
        return await build_container(state).inbound_mail_service().receive(raw, None)


def cmd_mail(settings: Settings, args: argparse.Namespace) -> int:
    """`fasttrack mail inbound < message.eml`: one mail from an MTA's pipe (no secret: whoever
    runs the command can reach the database anyway)."""
    raw = sys.stdin.buffer.read()
    try:
        receipt = asyncio.run(_receive_mail(settings, raw))
    except (InvalidValue, PayloadTooLarge) as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return EX_DATAERR
    except Exception as exc:
        print(f"error: {type(exc).__name__}, try again later", file=sys.stderr)
        return EX_TEMPFAIL
    print(" ".join(x for x in (receipt.outcome.value, receipt.case_number, receipt.reason) if x))
    return 0


def cmd_create_client(settings: Settings, args: argparse.Namespace) -> int:
    try:
        created = asyncio.run(_create_client(settings, args))
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    print(f"client_id:     {created.client.id}")
    print(f"client_secret: {created.secret}")
    print("store the secret now: it is not shown again (only its hash is kept)")
    return 0


def cmd_list_keys(settings: Settings, args: argparse.Namespace) -> int:
    try:
        state = key_ring(settings).state()
    except KeyRingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for kid in sorted(state.keys):
        print(f"{kid}  {'active (signs)' if kid == state.active.kid else 'verifies only'}")
    return 0


async def _audit_key_change(
    settings: Settings, action: str, kid: str, before: dict[str, object], after: dict[str, object]
) -> None:
    url = settings.effective_database_url
    async with (
        open_database(url, statement_cache_size=settings.db_statement_cache_size) as db,
        SqlUnitOfWork(db.sessions) as uow,
    ):
        entry = AuditEntry.record(
            SYSTEM, SystemClock().now(), action, "jwt_key", kid, before, after
        )
        await uow.audit.append(entry)
        await uow.commit()


def _audited(
    settings: Settings, action: str, kid: str, before: dict[str, object], after: dict[str, object]
) -> int:
    """The key ring lives in files: the change is made, then written to the audit log (as the
    system). A failure to write it is reported, with exit status 1."""
    try:
        asyncio.run(_audit_key_change(settings, action, kid, before, after))
    except Exception as exc:
        print(
            f"error: {action} {kid} done, but the audit log could not be written: {exc}",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_rotate_key(settings: Settings, args: argparse.Namespace) -> int:
    ring = key_ring(settings)
    try:
        # The signing key before (none on a first rotation; state() would generate one).
        has_keys = ring.directory.is_dir() and any(ring.directory.glob("*.pem"))
        previous = ring.state().active.kid if has_keys else None
        key = ring.rotate()
    except KeyRingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"new signing key {key.kid}; older keys still verify until `fasttrack retire-key`")
    return _audited(settings, "jwt_key.rotate", key.kid, {"active": previous}, {"active": key.kid})


def cmd_retire_key(settings: Settings, args: argparse.Namespace) -> int:
    try:
        key_ring(settings).retire(args.kid)
    except KeyRingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"retired {args.kid}: tokens it signed are refused from now on")
    return _audited(settings, "jwt_key.retire", args.kid, {"verifies": True}, {"verifies": False})


async def _verify_audit(settings: Settings) -> VerifyReport:
    async with (
        open_database(
            settings.effective_database_url, statement_cache_size=settings.db_statement_cache_size
        ) as db,
        db.engine.connect() as conn,
    ):
        # A pure reader: on SQLite it must not hold the write lock while it walks the chains.
        reader = await conn.execution_options(sqlite_begin="BEGIN")
        return await verify_chains(reader)


def cmd_audit(settings: Settings, args: argparse.Namespace) -> int:
    """`audit verify`: walk every hash chain (the admin audit log, the personal-data access
    log, each case's timeline) and report the first broken link of each stream."""
    report = asyncio.run(_verify_audit(settings))
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "streams": report.streams,
                    "entries": report.entries,
                    "broken": [
                        {
                            "stream": b.stream,
                            "entry_id": str(b.entry_id),
                            "chain_seq": b.chain_seq,
                            "problem": b.problem,
                        }
                        for b in report.broken
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        for b in report.broken:
            print(f"BROKEN {b.stream}: entry {b.entry_id} (#{b.chain_seq}) {b.problem}")
        verdict = "ok" if report.ok else f"{len(report.broken)} broken stream(s)"
        print(f"{verdict}: {report.entries} entries in {report.streams} streams checked")
    return 0 if report.ok else 1


POSTGRES_BACKUPS = (
    "error: `fasttrack backup` and `fasttrack restore` handle the embedded SQLite database only. "
    "On PostgreSQL use its own tools: `pg_dump -Fc` for a consistent dump while the servers run "
    "(restore it with `pg_restore` into an empty database, then `fasttrack migrate`), and WAL "
    "archiving with a base backup (pg_basebackup) for point-in-time recovery; copy "
    '<data_dir>/attachments and the secrets alongside. See the README, "Backups".'
)


def _data_paths(settings: Settings) -> DataPaths | None:
    """What a backup holds on this install; None on PostgreSQL."""
    database = sqlite_path(settings.effective_database_url)
    if database is None:
        return None
    return DataPaths(database, settings.data_dir, settings.effective_jwt_keys_dir)


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """One archive of the SQLite database (online backup API: consistent while the server
    runs), the attachments it names and the data directory's secrets."""
    paths = _data_paths(settings)
    if paths is None:
        print(POSTGRES_BACKUPS, file=sys.stderr)
        return 2
    try:
        report = backup(paths, args.target)
    except (BackupError, sqlite3.Error, OSError) as exc:
        print(f"error: no backup made: {exc}", file=sys.stderr)
        return 1
    print(
        f"backup: {report.archive} ({report.cases} cases, {report.attachments} attachments, "
        f"{report.files} files, schema {report.revision})"
    )
    if report.missing:
        print(
            f"warning: {len(report.missing)} attachment file(s) missing or altered, not in the "
            f"backup: {', '.join(report.missing)}",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    paths = _data_paths(settings)
    if paths is None:
        print(POSTGRES_BACKUPS, file=sys.stderr)
        return 2
    try:
        report = restore(paths, Path(args.archive), force=args.force)
    except (BackupError, sqlite3.Error, OSError) as exc:
        print(f"error: nothing restored: {exc}", file=sys.stderr)
        return 1
    print(
        f"restored {report.database}: {report.cases} cases, {report.attachments} attachments, "
        f"schema {report.revision}; run `fasttrack migrate` before `fasttrack serve` if this "
        "version of Fast Track is newer than the backup"
    )
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1, not {value!r}")
    return number


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
    p.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="server processes sharing the port (above 1 needs PostgreSQL)",
    )
    p.add_argument(
        "--loop",
        choices=["auto", "uvloop", "asyncio"],
        default="auto",
        help="event loop (auto: uvloop where installed, which it is on Linux and macOS)",
    )
    p.add_argument(
        "--http",
        choices=["auto", "httptools", "h11"],
        default="auto",
        help="HTTP/1.1 parser (auto: httptools where installed, which it always is)",
    )
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("worker", help="run background jobs from the queue (PostgreSQL)")
    p.add_argument("--name", default="worker", help="worker name in the logs")
    p.add_argument("--concurrency", type=int, default=2, help="jobs run at once")
    p.set_defaults(func=cmd_worker)
    p = sub.add_parser("create-user", help="create a staff account")
    p.add_argument("email")
    p.add_argument("--role", required=True, choices=[r.value for r in STAFF_ROLES])
    p.add_argument("--agency", help="agency code, e.g. 1026 (Din Daeng) or DDS")
    p.add_argument("--name", help="full name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_create_user)
    p = sub.add_parser("maintenance", help="housekeeping for cron (idempotent)")
    p.set_defaults(func=cmd_maintenance)
    p = sub.add_parser("suggest", help="smart intake: evaluate or train the suggestion models")
    p.add_argument(
        "action",
        choices=["evaluate", "train"],
        help="evaluate: train on the cases outside a held-out share and measure on it "
        "(nothing stored); train: rebuild the road index and train a model now",
    )
    p.add_argument("--holdout", type=float, default=0.2, help="held-out share (default 0.2)")
    p.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    p.set_defaults(func=cmd_suggest)
    p = sub.add_parser("mail", help="e-mail channel: take one raw mail from standard input")
    p.add_argument(
        "action",
        choices=["inbound"],
        help="inbound: file (or thread, or drop) the RFC 5322 message read from stdin, as the "
        "HTTP endpoint does; for an MTA's pipe (exit 65: bad message, 75: try again later)",
    )
    p.set_defaults(func=cmd_mail)
    p = sub.add_parser("create-client", help="create a partner API client (prints its secret)")
    p.add_argument("name")
    p.add_argument("--agency", required=True, help="agency code, e.g. 1026 (Din Daeng) or OMB")
    p.add_argument(
        "--scope",
        action="append",
        required=True,
        choices=[s.value for s in ClientScope],
        help="a scope to grant; repeat for several",
    )
    p.set_defaults(func=cmd_create_client)
    p = sub.add_parser("list-keys", help="list the keys that sign and verify client tokens")
    p.set_defaults(func=cmd_list_keys)
    p = sub.add_parser("rotate-key", help="add a new signing key for client tokens")
    p.set_defaults(func=cmd_rotate_key)
    p = sub.add_parser("retire-key", help="remove an old key: tokens it signed are refused")
    p.add_argument("kid")
    p.set_defaults(func=cmd_retire_key)
    p = sub.add_parser("audit", help="verify the hash chains of the audit trails")
    p.add_argument(
        "action",
        choices=["verify"],
        help="verify: report the first broken link of each stream (exit status 1 if any)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser(
        "backup", help="back up the SQLite database, attachments and secrets (server running)"
    )
    p.add_argument(
        "target", help="a directory (a time-stamped .tar.gz is written in it) or a file name"
    )
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="restore a `fasttrack backup` archive (server stopped)")
    p.add_argument("archive", help="the .tar.gz written by `fasttrack backup`")
    p.add_argument("--force", action="store_true", help="replace a database that is not empty")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("openapi", help="write the OpenAPI document")
    p.add_argument("--output", "-o", default="openapi.json")
    p.add_argument("--readme", default="README.md", help="also refresh its endpoint table")
    p.set_defaults(func=cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings()
    result: int = args.func(settings, args)
    return result


if __name__ == "__main__":
    sys.exit(main())
