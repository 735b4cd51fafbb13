"""The baseline of `make bench-http`: a bare Starlette app with an asyncpg pool that sends the
SAME SQL as the app for each benchmarked request (captured from the app with
`python -m bench.http.capture`), answers the same JSON shape, and does nothing else.

Same statements, same order, same writes: the staff token's owner lookup, the
personal-data access log (advisory lock, last link, hash-chained insert), the public tracking
rate-limit lease (one upsert per lease of admissions, as the app's leased limiter), the
create's idempotency key, case number, routing reads, duplicate candidates, inserts, outbox
event and timeline chain. What it leaves out is the app's own
overhead: one pool checkout and one transaction per request (the app opens two or three
sessions, each pre-pinged), no ORM, no per-row policy object, no business-time SLA walk (the
SLA state comes from the stored due times), no duplicate scoring in Python, no middleware.
Its JSON values are simplified where the app computes them (SLA state, allowed actions);
its shape is the app's (tests/integration/test_bench_http.py checks it).

Run: `uvicorn bench.http.bare:app` with BENCH_HTTP_DSN (asyncpg DSN) in the environment.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import secrets
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from domain.complaint.lifecycle import STATUS_LABELS, ComplaintStatus, allowed_actions

LABELS = {s.value: {"th": label.th, "en": label.en} for s, label in STATUS_LABELS.items()}
ACTIONS = {s.value: sorted(a.value for a in allowed_actions(s)) for s in ComplaintStatus}
OPEN = {"received", "triaged", "assigned", "in_progress", "awaiting_complainant"}

# ---- the app's statements, as SQLAlchemy renders them for asyncpg --------------------------

COLUMNS = (
    "id, case_number, tracking_code, channel, channel_ref, title, description, category_id, "
    "district_code, subdistrict_code, lat, lon, address, intake_suggestion, complainant_name, "
    "complainant_phone, complainant_email, complainant_line_user_id, confidential, no_contact, "
    "complainant_language, fast_track, urgency, mou_area_id, consent_version, consent_at, "
    "status, lead_agency_id, coordinator_id, assignee_id, proposed_agency_id, "
    "proposed_coordinator_id, transfer_count, reopen_count, resolution, resolved_at, "
    "closed_at, sla_paused_at, merged_into, rejection_reason, referred_to, withdrawal_reason, "
    "needs_triage, flagged_for_omb, first_response_at, submitted_by_kind, submitted_by_id, "
    "activity_id, created_at, updated_at, version, sla_class, sla_pauses, "
    "first_response_due_at, first_response_due_soon_at, resolution_due_at, "
    "resolution_due_soon_at, search_text"
)
SELECT_CASE = f"SELECT {COLUMNS} FROM complaints"

# The token, its active user and the user's agency (active, or none) in one statement.
TOKEN_OWNER = (
    "SELECT users.id, users.role, users.agency_id FROM access_tokens JOIN users ON users.id = "
    "access_tokens.user_id LEFT OUTER JOIN agencies ON agencies.id = users.agency_id "
    "WHERE access_tokens.token = $1::VARCHAR AND access_tokens.created_at >= "
    "$2::TIMESTAMP WITH TIME ZONE AND users.is_active IS true AND "
    "(users.agency_id IS NULL OR agencies.is_active IS true)"
)
# A case with its co-handlers in one statement: a row per co-handler (one, NULL, if none).
CASE_WITH_CO_HANDLERS = (
    f"SELECT {COLUMNS}, complaint_co_handlers.agency_id AS co_handler_id FROM complaints "
    "LEFT OUTER JOIN complaint_co_handlers ON complaint_co_handlers.complaint_id = complaints.id"
)
CASE_BY_ID = f"{CASE_WITH_CO_HANDLERS} WHERE complaints.id = $1::UUID"
CASE_BY_TRACKING = f"{CASE_WITH_CO_HANDLERS} WHERE complaints.tracking_code = $1::VARCHAR"
CO_HANDLERS_OF = (
    "SELECT complaint_id, agency_id FROM complaint_co_handlers WHERE complaint_id = ANY($1::UUID[])"
)
# A write schedules by the SLA settings as stored (the app's cache serves reads only).
SLA_POLICIES = (
    "SELECT sla_class, always_open, weekdays, start_time, end_time, targets, fast_track_targets, "
    "due_soon_share, updated_at, version FROM sla_policies ORDER BY sla_class"
)
CLOSURE_DAYS = "SELECT day, reason, created_at FROM closure_days ORDER BY day"
RATING = (
    "SELECT complaint_id, score, comment, rated_at FROM complaint_ratings "
    "WHERE complaint_id = $1::UUID"
)
CHAIN_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))"
CHAIN_LOCKS = (
    "SELECT pg_advisory_xact_lock(hashtextextended(s, 0)) FROM unnest(CAST($1 AS TEXT[])) AS s"
)
PD_LAST = (
    "SELECT personal_data_access_log.chain_seq, personal_data_access_log.hash \n"
    "FROM personal_data_access_log \n"
    "WHERE personal_data_access_log.stream = $1::VARCHAR "
    "ORDER BY personal_data_access_log.chain_seq DESC \n LIMIT $2::INTEGER"
)


# The heads of several access-log streams in one statement, as the app's chain writer reads
# them on PostgreSQL (infra/db/chain.py `_pg_heads`).
PD_HEADS = (
    "SELECT k.key AS key, h.chain_seq, h.hash FROM unnest(CAST($1 AS TEXT[])) AS k(key) "
    "JOIN LATERAL (SELECT chain_seq, hash FROM personal_data_access_log WHERE stream = k.key "
    "ORDER BY chain_seq DESC LIMIT 1) AS h ON true"
)


PD_INSERT = (
    "INSERT INTO personal_data_access_log (id, at, actor_kind, actor_id, complaint_id, "
    "activity_id, fields, purpose, request_id, stream, chain_seq, prev_hash, hash) VALUES "
    "($1::UUID, $2::TIMESTAMP WITH TIME ZONE, $3::VARCHAR, $4::UUID, $5::UUID, $6::UUID, "
    "$7::JSONB, $8::VARCHAR, $9::VARCHAR, $10::VARCHAR, $11::BIGINT, $12::VARCHAR, $13::VARCHAR)"
)
QUEUE = f"{SELECT_CASE} WHERE true ORDER BY created_at DESC, id DESC LIMIT $1::INTEGER"
SEARCH = (
    f"{SELECT_CASE} WHERE search_text LIKE $1::VARCHAR ESCAPE '\\' "
    "ORDER BY created_at DESC, id DESC LIMIT $2::INTEGER"
)
ROLLUP_AT = "SELECT refreshed_at FROM stats_rollups WHERE name = $1::VARCHAR"
ROLLUP_COUNTS = (
    "SELECT dimension, key, n FROM stats_rollup_counts "
    "WHERE slice_dimension = $1::VARCHAR AND slice_key = $2::VARCHAR"
)
ROLLUP_DAYS = (
    "SELECT day, n FROM stats_rollup_days WHERE slice_dimension = $1::VARCHAR "
    "AND slice_key = $2::VARCHAR ORDER BY day"
)
ROLLUP_SLA = (
    "SELECT slice_dimension, slice_key, milestone, met, breached, pending, median_seconds, "
    "p90_seconds FROM stats_rollup_sla WHERE slice_dimension = $1::VARCHAR "
    "AND slice_key = $2::VARCHAR"
)
RATINGS = (
    "SELECT complaints.lead_agency_id, complaints.district_code, complaint_ratings.score, "
    "count(*) AS count_1 FROM complaints JOIN complaint_ratings ON "
    "complaint_ratings.complaint_id = complaints.id GROUP BY complaints.lead_agency_id, "
    "complaints.district_code, complaint_ratings.score"
)
RATE_LEASE = (
    "INSERT INTO rate_limits (key, count, window_start, blocked_until) VALUES ($1::VARCHAR, "
    "$2::INTEGER, $3::TIMESTAMP WITH TIME ZONE, $4::TIMESTAMP WITH TIME ZONE) ON CONFLICT (key) "
    "DO UPDATE SET count = CASE WHEN (rate_limits.window_start < $5::TIMESTAMP WITH TIME ZONE) "
    "THEN excluded.count ELSE rate_limits.count + excluded.count END, window_start = CASE WHEN "
    "(rate_limits.window_start < $5::TIMESTAMP WITH TIME ZONE) THEN excluded.window_start "
    "ELSE rate_limits.window_start END RETURNING rate_limits.count, rate_limits.window_start"
)
# The tracking limit the app is started with by bench/http/run.py (one address makes every
# lookup, so it must not refuse); the lease size follows from it as in domain/throttle.py.
TRACKING_PER_MINUTE = 100_000_000
TRACKING_WINDOW = timedelta(minutes=1)
PUBLIC_EVENTS = (
    "SELECT id, complaint_id, at, kind, visibility, actor_kind, actor_id, request_id, data, "
    "chain_seq, prev_hash, hash FROM complaint_events WHERE complaint_id = $1::UUID "
    "AND visibility IN ($3) ORDER BY at, id LIMIT $2::INTEGER"
)
REDACTIONS = (
    "SELECT id, at, actor_kind, actor_id, data FROM complaint_events "
    "WHERE complaint_id = $1::UUID AND kind = $2 ORDER BY chain_seq"
)
PUBLIC_ATTACHMENTS = (
    "SELECT id, complaint_id, filename, content_type, size, sha256, visibility, "
    "uploaded_by_kind, uploaded_by_id, created_at, storage_key FROM attachments "
    "WHERE complaint_id = $1::UUID AND visibility IN ($2) ORDER BY created_at, id"
)
AGENCY_NAMES = "SELECT code, name_th, name_en FROM agencies WHERE id = $1::UUID"
IDEM_LOCK = "SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))"
IDEM_GET = (
    "SELECT scope, key, request_hash, resource_id, created_at, expires_at FROM idempotency_keys "
    "WHERE scope = $1::VARCHAR AND key = $2::VARCHAR AND expires_at > $3::TIMESTAMP WITH TIME ZONE"
)
CATEGORY = (
    "SELECT id, service_code, name_th, name_en, sla_class, parent_id, mou_area_id, is_active, "
    "version FROM categories WHERE id = $1::UUID"
)
DISTRICT_EXISTS = "SELECT EXISTS (SELECT * FROM districts WHERE code = $1::VARCHAR) AS anon_1"
NEXT_NUMBER = "SELECT nextval(to_regclass($1))"
CATEGORIES = (
    "SELECT id, service_code, name_th, name_en, sla_class, parent_id, mou_area_id, is_active, "
    "version FROM categories ORDER BY service_code"
)
ROUTING_RULES = (
    "SELECT id, category_id, district_code, target_kind, target_agency_id, is_active, "
    "assign_at_intake, version FROM routing_rules WHERE deleted_at IS NULL AND is_active IS true"
)
AGENCY_COLUMNS = (
    "id, code, kind, name_th, name_en, district_code, phone, fax, email, line_id, is_active, "
    "version, head_name, head_title_th, head_email"
)
AGENCY_FULL = f"SELECT {AGENCY_COLUMNS} FROM agencies WHERE id = $1::UUID"
AGENCIES_OF_KIND = f"SELECT {AGENCY_COLUMNS} FROM agencies WHERE kind = $1"
COORDINATORS = (
    "SELECT id, agency_id, name, level, title_th, phone, fax, email, line_id, line_user_id, "
    "status, is_primary, backup_rank, user_id, is_active, version FROM coordinators "
    "WHERE agency_id = $1::UUID ORDER BY id"
)
DUPLICATE_CANDIDATES = (
    "SELECT complaints.id, complaints.case_number, complaints.district_code, complaints.lat, "
    "complaints.lon, complaints.created_at, complaints.search_text FROM complaints "
    "WHERE complaints.category_id = $1::UUID AND complaints.id != $2::UUID "
    "AND complaints.created_at >= $3::TIMESTAMP WITH TIME ZONE "
    "ORDER BY complaints.created_at DESC, complaints.id LIMIT $4::INTEGER"
)
INSERT_CASE = (
    f"INSERT INTO complaints ({COLUMNS}) VALUES ($1::UUID, $2::VARCHAR, $3::VARCHAR, $4, "
    "$5::VARCHAR, $6::VARCHAR, $7::VARCHAR, $8::UUID, $9::VARCHAR, $10::VARCHAR, $11::FLOAT, "
    "$12::FLOAT, $13::VARCHAR, $14::JSONB, $15::VARCHAR, $16::VARCHAR, $17::VARCHAR, "
    "$18::VARCHAR, $19::BOOLEAN, $20::BOOLEAN, $21::VARCHAR, $22::BOOLEAN, $23, $24::INTEGER, "
    "$25::VARCHAR, $26::TIMESTAMP WITH TIME ZONE, $27, $28::UUID, $29::UUID, $30::UUID, "
    "$31::UUID, $32::UUID, $33::INTEGER, $34::INTEGER, $35::VARCHAR, "
    "$36::TIMESTAMP WITH TIME ZONE, $37::TIMESTAMP WITH TIME ZONE, "
    "$38::TIMESTAMP WITH TIME ZONE, $39::UUID, $40::VARCHAR, $41::VARCHAR, $42::VARCHAR, "
    "$43::BOOLEAN, $44::BOOLEAN, $45::TIMESTAMP WITH TIME ZONE, $46::VARCHAR, $47::UUID, "
    "$48::UUID, $49::TIMESTAMP WITH TIME ZONE, $50::TIMESTAMP WITH TIME ZONE, $51::INTEGER, "
    "$52::VARCHAR, $53::JSONB, $54::TIMESTAMP WITH TIME ZONE, $55::TIMESTAMP WITH TIME ZONE, "
    "$56::TIMESTAMP WITH TIME ZONE, $57::TIMESTAMP WITH TIME ZONE, $58::VARCHAR)"
)
INSERT_CHANGE = (
    "INSERT INTO complaint_changes (complaint_id, changed_at) VALUES ($1::UUID, "
    "$2::TIMESTAMP WITH TIME ZONE) RETURNING complaint_changes.seq"
)
INSERT_OUTBOX = (
    "INSERT INTO outbox_events (id, type, subject_id, occurred_at, data, attempts) VALUES "
    "($1::UUID, $2::VARCHAR, $3::UUID, $4::TIMESTAMP WITH TIME ZONE, $5::JSONB, $6::INTEGER) "
    "RETURNING outbox_events.seq"
)
INSERT_SECRET = (
    "INSERT INTO complainant_secrets (complaint_id, secret_hash, created_at) VALUES "
    "($1::UUID, $2::VARCHAR, $3::TIMESTAMP WITH TIME ZONE)"
)
IDEM_DELETE = "DELETE FROM idempotency_keys WHERE scope = $1::VARCHAR AND key = $2::VARCHAR"
IDEM_INSERT = (
    "INSERT INTO idempotency_keys (scope, key, request_hash, resource_id, created_at, "
    "expires_at) VALUES ($1::VARCHAR, $2::VARCHAR, $3::VARCHAR, $4::UUID, "
    "$5::TIMESTAMP WITH TIME ZONE, $6::TIMESTAMP WITH TIME ZONE)"
)
EVENT_LAST = (
    "SELECT chain_seq, hash FROM complaint_events WHERE complaint_id = $1::UUID "
    "ORDER BY chain_seq DESC LIMIT $2::INTEGER"
)
EVENT_INSERT = (
    "INSERT INTO complaint_events (id, complaint_id, at, kind, visibility, actor_kind, "
    "actor_id, request_id, data, chain_seq, prev_hash, hash) VALUES ($1::UUID, $2::UUID, "
    "$3::TIMESTAMP WITH TIME ZONE, $4, $5, $6::VARCHAR, $7::UUID, $8::VARCHAR, $9::JSONB, "
    "$10::BIGINT, $11::VARCHAR, $12::VARCHAR)"
)

GENESIS = "0" * 64
TOKEN_LIFETIME = timedelta(hours=8)
DUPLICATE_WINDOW = timedelta(days=30)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# ---- helpers ----------------------------------------------------------------------------------


def _dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        _dumps(body), status_code=status, media_type="application/json", headers=headers
    )


def _problem(status: int, title: str) -> Response:
    return Response(
        _dumps({"type": "about:blank", "title": title, "status": status}),
        status_code=status,
        media_type="application/problem+json",
    )


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _milestone(
    done: datetime | None, due: datetime | None, soon: datetime | None, now: datetime
) -> dict[str, Any]:
    if done is not None:
        return {"state": "met", "due_at": None, "time_left_seconds": None}
    if due is None:
        return {"state": "paused", "due_at": None, "time_left_seconds": None}
    state = "breached" if now >= due else "due_soon" if soon and now >= soon else "on_track"
    return {
        "state": state,
        "due_at": _iso(due),
        "time_left_seconds": int((due - now).total_seconds()),
    }


def complaint_json(
    r: Any, co: list[Any], rating: Any, now: datetime, secret: str | None = None
) -> dict[str, Any]:
    """The app's ComplaintRead shape from a row (full personal data: an OMB officer)."""
    status = r["status"]
    done = r["resolved_at"] or r["closed_at"]
    return {
        "id": str(r["id"]),
        "case_number": r["case_number"],
        "tracking_code": r["tracking_code"],
        "channel": r["channel"],
        "channel_ref": r["channel_ref"],
        "title": r["title"],
        "description": r["description"],
        "category_id": r["category_id"] and str(r["category_id"]),
        "district_code": r["district_code"],
        "subdistrict_code": r["subdistrict_code"],
        "location": {"lat": r["lat"], "lon": r["lon"], "address": r["address"]},
        "complainant": {
            "name": r["complainant_name"],
            "phone": r["complainant_phone"],
            "email": r["complainant_email"],
            "line_user_id": r["complainant_line_user_id"],
            "confidential": r["confidential"],
            "no_contact": r["no_contact"],
            "language": r["complainant_language"],
            "personal_data": "full",
        },
        "fast_track": r["fast_track"],
        "urgency": r["urgency"],
        "mou_area_id": r["mou_area_id"],
        "consent": (
            {"version": r["consent_version"], "given_at": _iso(r["consent_at"])}
            if r["consent_version"]
            else None
        ),
        "status": status,
        "status_label": LABELS[status],
        "is_open": status in OPEN,
        "allowed_actions": ACTIONS[status],
        "lead_agency_id": r["lead_agency_id"] and str(r["lead_agency_id"]),
        "coordinator_id": r["coordinator_id"] and str(r["coordinator_id"]),
        "assignee_id": r["assignee_id"] and str(r["assignee_id"]),
        "proposed_agency_id": r["proposed_agency_id"] and str(r["proposed_agency_id"]),
        "proposed_coordinator_id": r["proposed_coordinator_id"]
        and str(r["proposed_coordinator_id"]),
        "co_handler_ids": [str(a) for a in co],
        "transfer_count": r["transfer_count"],
        "reopen_count": r["reopen_count"],
        "resolution": r["resolution"],
        "resolved_at": _iso(r["resolved_at"]),
        "closed_at": _iso(r["closed_at"]),
        "merged_into": r["merged_into"] and str(r["merged_into"]),
        "rejection_reason": r["rejection_reason"],
        "referred_to": r["referred_to"],
        "needs_triage": r["needs_triage"],
        "flagged_for_omb": r["flagged_for_omb"],
        "first_response_at": _iso(r["first_response_at"]),
        "sla": {
            "sla_class": r["sla_class"],
            "first_response": _milestone(
                r["first_response_at"],
                r["first_response_due_at"],
                r["first_response_due_soon_at"],
                now,
            ),
            "resolution": _milestone(
                done, r["resolution_due_at"], r["resolution_due_soon_at"], now
            ),
        },
        "activity_id": r["activity_id"] and str(r["activity_id"]),
        "intake_suggestion": json.loads(r["intake_suggestion"]) if r["intake_suggestion"] else None,
        "created_at": _iso(r["created_at"]),
        "updated_at": _iso(r["updated_at"]),
        "version": r["version"],
        "rating": None
        if rating is None
        else {
            "score": rating["score"],
            "comment": rating["comment"],
            "rated_at": _iso(rating["rated_at"]),
        },
        "complainant_secret": secret,
    }


def _link(prev: str, payload: dict[str, Any]) -> str:
    return hashlib.sha256(
        (prev + json.dumps(payload, sort_keys=True, default=str)).encode()
    ).hexdigest()


async def _access_log(
    conn: asyncpg.Connection, user_id: Any, complaint_ids: list[Any], request_id: str
) -> None:
    """The personal-data access log, as the app writes it: one hash-chained row per case read,
    each in its case's stream (`complaint:<id>`), the streams' locks taken in one statement
    and their heads read in one."""
    now = datetime.now(UTC)
    streams = sorted(f"complaint:{cid}" for cid in complaint_ids)
    if len(streams) == 1:
        await conn.execute(CHAIN_LOCK, f"chain:{streams[0]}")
        last = await conn.fetchrow(PD_LAST, streams[0], 1)
        heads = {streams[0]: (last["chain_seq"], last["hash"])} if last else {}
    else:
        await conn.execute(CHAIN_LOCKS, [f"chain:{s}" for s in streams])
        found = await conn.fetch(PD_HEADS, streams)
        heads = {r["key"]: (r["chain_seq"], r["hash"]) for r in found}
    rows = []
    for cid in complaint_ids:
        stream = f"complaint:{cid}"
        seq, prev = heads.get(stream, (0, GENESIS))
        seq += 1
        entry = {"at": now, "actor": user_id, "complaint": cid, "seq": seq, "stream": stream}
        digest = _link(prev, entry)
        heads[stream] = (seq, digest)
        rows.append(
            (
                uuid.uuid4(),
                now,
                "user",
                user_id,
                cid,
                None,
                '["name"]',
                "case_view",
                request_id,
                stream,
                seq,
                prev,
                digest,
            )
        )
    await conn.executemany(PD_INSERT, rows)


async def _staff(conn: asyncpg.Connection, request: Request) -> Any:
    """Bearer token → its active user: the app's one lookup. None if not authenticated."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        return None
    digest = hashlib.sha256(header[7:].encode()).hexdigest()
    return await conn.fetchrow(TOKEN_OWNER, digest, datetime.now(UTC) - TOKEN_LIFETIME)


def _pool(request: Request) -> asyncpg.Pool:
    pool: asyncpg.Pool = request.app.state.pool
    return pool


# ---- endpoints --------------------------------------------------------------------------------


async def healthz(request: Request) -> Response:
    return _json({"status": "ok"})


async def get_complaint(request: Request) -> Response:
    cid = uuid.UUID(request.path_params["complaint_id"])
    now = datetime.now(UTC)
    async with _pool(request).acquire() as conn, conn.transaction():
        user = await _staff(conn, request)
        if user is None:
            return _problem(401, "Unauthorized")
        rows = await conn.fetch(CASE_BY_ID, cid)
        if not rows:
            return _problem(404, "Not Found")
        row = rows[0]
        co = [r["co_handler_id"] for r in rows if r["co_handler_id"] is not None]
        rating = await conn.fetchrow(RATING, cid)
        await _access_log(conn, user["id"], [cid], uuid.uuid4().hex)
    body = complaint_json(row, co, rating, now)
    return _json(body, headers={"ETag": f'"{row["version"]}"', "Cache-Control": "no-store"})


def _cursor(rows: list[Any]) -> str | None:
    if not rows:
        return None
    last = rows[-1]
    raw = json.dumps([last["created_at"].isoformat(), str(last["id"])], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


async def list_complaints(request: Request) -> Response:
    limit = int(request.query_params.get("limit", 50))
    q = request.query_params.get("q")
    now = datetime.now(UTC)
    async with _pool(request).acquire() as conn, conn.transaction():
        user = await _staff(conn, request)
        if user is None:
            return _problem(401, "Unauthorized")
        if q:
            pattern = (
                "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            rows = await conn.fetch(SEARCH, pattern, limit)
        else:
            rows = await conn.fetch(QUEUE, limit)
        ids = [r["id"] for r in rows]
        co: dict[Any, list[Any]] = {}
        if ids:
            for r in await conn.fetch(CO_HANDLERS_OF, ids):
                co.setdefault(r["complaint_id"], []).append(r["agency_id"])
            await _access_log(conn, user["id"], ids, uuid.uuid4().hex)
    items = [complaint_json(r, co.get(r["id"], []), None, now) for r in rows]
    cursor = _cursor(rows) if len(rows) == limit else None
    return _json({"items": items, "next_cursor": cursor}, headers={"Cache-Control": "no-store"})


def _milestone_stats(r: Any) -> dict[str, Any]:
    if r is None:
        return {
            "met": 0,
            "breached": 0,
            "pending": 0,
            "compliance_rate": None,
            "median_seconds": None,
            "p90_seconds": None,
        }
    decided = r["met"] + r["breached"]
    return {
        "met": r["met"],
        "breached": r["breached"],
        "pending": r["pending"],
        "compliance_rate": r["met"] / decided if decided else None,
        "median_seconds": r["median_seconds"],
        "p90_seconds": r["p90_seconds"],
    }


def _rating_summary(counts: dict[int, int]) -> dict[str, Any]:
    n = sum(counts.values())
    return {
        "count": n,
        "average": sum(s * c for s, c in counts.items()) / n if n else None,
        "distribution": {str(s): counts.get(s, 0) for s in range(1, 6)},
    }


async def stats(request: Request) -> Response:
    async with _pool(request).acquire() as conn, conn.transaction():
        user = await _staff(conn, request)
        if user is None:
            return _problem(401, "Unauthorized")
        refreshed = await conn.fetchval(ROLLUP_AT, "stats")
        counts = await conn.fetch(ROLLUP_COUNTS, "", "")
        days = await conn.fetch(ROLLUP_DAYS, "", "")
        sla = await conn.fetch(ROLLUP_SLA, "", "")
        ratings = await conn.fetch(RATINGS)
    by: dict[str, dict[str, int]] = {
        d: {} for d in ("status", "district", "agency", "category", "channel", "mou_area")
    }
    for r in counts:
        by.setdefault(r["dimension"], {})[r["key"]] = r["n"]
    months: dict[date, int] = {}
    for r in days:
        m = r["day"].replace(day=1)
        months[m] = months.get(m, 0) + r["n"]
    milestones = {r["milestone"]: r for r in sla}
    overall: dict[int, int] = {}
    by_agency: dict[str, dict[int, int]] = {}
    by_district: dict[str, dict[int, int]] = {}
    for r in ratings:
        s, n = r["score"], r["count_1"]
        overall[s] = overall.get(s, 0) + n
        a = by_agency.setdefault(str(r["lead_agency_id"] or "unknown"), {})
        a[s] = a.get(s, 0) + n
        d = by_district.setdefault(r["district_code"] or "unknown", {})
        d[s] = d.get(s, 0) + n
    total = sum(by["status"].values())
    body = {
        "total": total,
        "by": by,
        "series": [{"period_start": m.isoformat(), "count": n} for m, n in sorted(months.items())],
        "first_response": _milestone_stats(milestones.get("first_response")),
        "resolution": _milestone_stats(milestones.get("resolution")),
        "generated_at": _iso(datetime.now(UTC)),
        "source": "rollup",
        "as_of": _iso(refreshed),
        "notes": [],
        "satisfaction": {
            "overall": _rating_summary(overall),
            "by_agency": {k: _rating_summary(v) for k, v in by_agency.items()},
            "by_district": {k: _rating_summary(v) for k, v in by_district.items()},
        },
    }
    return _json(body)


async def track(request: Request) -> Response:
    code = request.path_params["tracking_code"].strip().upper()
    now = datetime.now(UTC)
    address = request.client.host if request.client else "unknown"
    async with _pool(request).acquire() as conn:
        if not await _admit(request.app, conn, f"public:track:{address}", now):
            return _problem(429, "Too Many Requests")
        async with conn.transaction():
            return await _track(conn, code)


async def _admit(app: Starlette, conn: asyncpg.Connection, key: str, now: datetime) -> bool:
    """What the app's LeasedRateLimiter does: admit from the admissions this process leased;
    when they are used up, lease `lease_size` more in one upsert committed on its own (every
    lookup from one address updates the same row, which must not stay locked through the
    reads). An upsert every `lease_size` lookups, none in between."""
    limit: int = app.state.tracking_per_minute
    size = max(1, limit // 8)
    leases: dict[str, list[Any]] = app.state.leases  # key -> [left, window end, exhausted]
    admitted = _from_lease(leases.get(key), now)
    if admitted is not None:
        return admitted
    # One lease at a time, as the app's limiter holds a lock per key: without it the 16
    # connections' first lookups each leased (16 × limit/8 added to the count at once).
    async with app.state.lease_lock:
        admitted = _from_lease(leases.get(key), now)
        if admitted is not None:
            return admitted
        return await _lease(conn, leases, key, now, limit, size)


def _from_lease(held: list[Any] | None, now: datetime) -> bool | None:
    if held is None or now > held[1]:
        return None
    if held[0] > 0:
        held[0] -= 1
        return True
    if held[2]:
        return False
    return None


async def _lease(
    conn: asyncpg.Connection,
    leases: dict[str, list[Any]],
    key: str,
    now: datetime,
    limit: int,
    size: int,
) -> bool:
    row = await conn.fetchrow(RATE_LEASE, key, size, now, None, now - TRACKING_WINDOW)
    count, start = int(row[0]), row[1]
    granted = max(0, min(size, limit - (count - size)))
    leases[key] = [granted - 1 if granted else 0, start + TRACKING_WINDOW, count >= limit]
    return granted > 0


async def _track(conn: asyncpg.Connection, code: str) -> Response:
    rows = await conn.fetch(CASE_BY_TRACKING, code)
    if not rows:
        return _problem(404, "Not Found")
    row = rows[0]
    found = row["id"]
    events = await conn.fetch(PUBLIC_EVENTS, found, 201, "public")
    await conn.fetch(REDACTIONS, found, "redacted")
    attachments = await conn.fetch(PUBLIC_ATTACHMENTS, found, "public")
    agency = (
        await conn.fetchrow(AGENCY_NAMES, row["lead_agency_id"]) if row["lead_agency_id"] else None
    )
    rating = await conn.fetchrow(RATING, found)
    body = {
        "tracking_code": row["tracking_code"],
        "case_number": row["case_number"],
        "status": row["status"],
        "status_label": LABELS[row["status"]],
        "agency": None
        if agency is None
        else {"code": agency["code"], "name_th": agency["name_th"], "name_en": agency["name_en"]},
        "created_at": _iso(row["created_at"]),
        "updated_at": _iso(row["updated_at"]),
        "resolved_at": _iso(row["resolved_at"]),
        "closed_at": _iso(row["closed_at"]),
        "timeline": [{"at": _iso(e["at"]), "kind": e["kind"]} for e in events],
        "attachments": [
            {
                "id": str(a["id"]),
                "filename": a["filename"],
                "content_type": a["content_type"],
                "size": a["size"],
                "url": f"/api/v1/public/attachments/{a['id']}",
            }
            for a in attachments
        ],
        "merged_into": None,
        "rated": rating is not None,
        "can_rate": row["status"] in ("resolved", "closed") and rating is None,
        "reopen_until": None,
    }
    return _json(body, headers={"Cache-Control": "no-store"})


def _tracking_code() -> str:
    raw = "".join(secrets.choice(CROCKFORD) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


async def create_complaint(request: Request) -> Response:
    raw = await request.body()
    body = json.loads(raw)
    key = request.headers.get("idempotency-key")
    if not key:
        return _problem(422, "Idempotency-Key missing")
    now = datetime.now(UTC)
    request_id = uuid.uuid4().hex
    async with _pool(request).acquire() as conn, conn.transaction():
        user = await _staff(conn, request)
        if user is None:
            return _problem(401, "Unauthorized")
        scope = f"user:{user['id']}"
        await conn.fetchval(IDEM_LOCK, f"idem:{scope}:{key}")
        if await conn.fetchrow(IDEM_GET, scope, key, now) is not None:
            return _problem(409, "Idempotency key reused")
        category = await conn.fetchrow(CATEGORY, uuid.UUID(body["category_id"]))
        district = body.get("district_code")
        await conn.fetchval(DISTRICT_EXISTS, district)
        year = now.year + 543
        number = await conn.fetchval(NEXT_NUMBER, f"case_numbers_{year}")
        case_number = f"FT-{year}-{number:06d}"
        await conn.fetch(SLA_POLICIES)
        await conn.fetch(CLOSURE_DAYS)
        await conn.fetch(CATEGORIES)
        await conn.fetch(ROUTING_RULES)
        office = request.app.state.district_offices.get(district)
        await conn.fetchrow(AGENCY_FULL, office)
        await conn.fetch(AGENCIES_OF_KIND, "district_office")
        await conn.fetch(COORDINATORS, office)
        cid = uuid.uuid4()
        candidates = await conn.fetch(
            DUPLICATE_CANDIDATES, category["id"], cid, now - DUPLICATE_WINDOW, 200
        )
        # The SLA due times as the app stores them (the bare app does no business-time walk).
        fr_due, res_due = now + timedelta(days=1), now + timedelta(days=15)
        contact = body.get("complainant") or {}
        location = body.get("location") or {}
        title, description = body["title"], body["description"]
        row = (
            cid,
            case_number,
            _tracking_code(),
            body["channel"],
            body.get("channel_ref"),
            title,
            description,
            category["id"],
            district,
            body.get("subdistrict_code"),
            location.get("lat"),
            location.get("lon"),
            location.get("address"),
            "null",
            contact.get("name"),
            contact.get("phone"),
            contact.get("email"),
            contact.get("line_user_id"),
            bool(contact.get("confidential")),
            bool(contact.get("no_contact")),
            contact.get("language") or "th",
            bool(body.get("fast_track")),
            body.get("urgency") or "normal",
            category["mou_area_id"],
            None,
            None,
            "received",
            None,
            None,
            None,
            None,
            None,
            0,
            0,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            False,
            False,
            None,
            "user",
            user["id"],
            None,
            now,
            now,
            1,
            category["sla_class"],
            "[]",
            fr_due,
            fr_due - timedelta(hours=2),
            res_due,
            res_due - timedelta(days=4),
            f"{title} {description}".lower(),
        )
        await conn.execute(INSERT_CASE, *row)
        await conn.fetchval(INSERT_CHANGE, cid, now)
        outbox_id = uuid.uuid4()
        await conn.fetchval(
            INSERT_OUTBOX,
            outbox_id,
            "complaint.created",
            cid,
            now,
            json.dumps(
                {
                    "complaint_id": str(cid),
                    "case_number": case_number,
                    "status": "received",
                    "entry_id": str(outbox_id),
                }
            ),
            0,
        )
        secret = "-".join("".join(secrets.choice(CROCKFORD) for _ in range(4)) for _ in range(4))
        await conn.execute(INSERT_SECRET, cid, hashlib.sha256(secret.encode()).hexdigest(), now)
        await conn.execute(IDEM_DELETE, scope, key)
        await conn.execute(
            IDEM_INSERT,
            scope,
            key,
            hashlib.sha256(raw).hexdigest(),
            cid,
            now,
            now + timedelta(days=1),
        )
        await conn.fetchrow(RATING, cid)
        await _access_log(conn, user["id"], [cid], request_id)
        await conn.execute(CHAIN_LOCK, f"chain:timeline:{cid}")
        last = await conn.fetchrow(EVENT_LAST, cid, 1)
        seq, prev = (last["chain_seq"], last["hash"]) if last else (0, GENESIS)
        events = [("created", "public", {"channel": body["channel"], "case_number": case_number})]
        if candidates:
            events.append(("flagged", "internal", {"reason": "possible_duplicates"}))
        rows = []
        for kind, visibility, data in events:
            seq += 1
            digest = _link(prev, {"kind": kind, "data": data, "seq": seq})
            rows.append(
                (
                    uuid.uuid4(),
                    cid,
                    now,
                    kind,
                    visibility,
                    "user",
                    user["id"],
                    request_id,
                    json.dumps(data, ensure_ascii=False),
                    seq,
                    prev,
                    digest,
                )
            )
            prev = digest
        await conn.executemany(EVENT_INSERT, rows)
    view = complaint_json(_Row(row), [], None, now, secret)
    return _json(
        view,
        status=201,
        headers={
            "Location": f"/api/v1/complaints/{cid}",
            "ETag": '"1"',
            "Cache-Control": "no-store",
        },
    )


class _Row(dict[str, Any]):
    """The inserted values by column name, to answer without reading the row back (as the
    app does)."""

    def __init__(self, values: tuple[Any, ...]) -> None:
        super().__init__(zip((c.strip() for c in COLUMNS.split(",")), values, strict=True))


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    dsn = getattr(app.state, "dsn", None) or os.environ.get(
        "BENCH_HTTP_DSN", "postgresql://postgres@127.0.0.1:5432/fasttrack_bench_http"
    )
    size = int(os.environ.get("BENCH_HTTP_POOL", "20"))
    app.state.pool = await asyncpg.create_pool(dsn, min_size=size, max_size=size)
    app.state.tracking_per_minute = int(
        os.environ.get("BENCH_HTTP_TRACKING_PER_MINUTE", str(TRACKING_PER_MINUTE))
    )
    app.state.leases = {}
    app.state.lease_lock = asyncio.Lock()
    async with app.state.pool.acquire() as conn:
        # Start-up only: which agency is each district's office (the app reads it per request
        # through its routing; the bare app sends the same per-request statements).
        app.state.district_offices = {
            r["district_code"]: r["id"]
            for r in await conn.fetch(
                "SELECT district_code, id FROM agencies WHERE kind = 'district_office'"
            )
        }
    try:
        yield
    finally:
        await app.state.pool.close()


app = Starlette(
    routes=[
        Route("/healthz", healthz),
        Route("/api/v1/complaints", list_complaints, methods=["GET"]),
        Route("/api/v1/complaints", create_complaint, methods=["POST"]),
        Route("/api/v1/complaints/{complaint_id}", get_complaint),
        Route("/api/v1/stats/complaints", stats),
        Route("/api/v1/public/complaints/{tracking_code}", track),
    ],
    lifespan=lifespan,
)
