"""Hash chains over the append-only logs (admin audit log, personal-data access log, each
case's timeline): each entry carries its position in its stream, the previous entry's hash and
its own, sha256 over a canonical JSON of its content and that previous hash.

Streams: the admin audit log is one; the personal-data access log has one per subject
(`complaint:<id>`, `activity:<id>`, in its `stream` column); each case's timeline is one.

Entries are buffered per session and chained by the session's commit (`ChainWriter.flush`):
on PostgreSQL a per-stream advisory lock is taken there, log by log and in stream order
within a log (one statement for all of a log's streams), and held only for the few inserts
left before the commit, so appends to one stream never fork the chain and different streams
never wait on each other. SQLite serialises writers (BEGIN IMMEDIATE). `verify` walks every
stream and reports the first broken link of each.
"""

from __future__ import annotations

import enum
import hashlib
import json
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from infra.db.tables import AuditLogRow, ComplaintEventRow, PersonalDataAccessRow, table_of

GENESIS = "0" * 64
AUDIT_STREAM = "audit_log"


def pd_access_stream(complaint_id: object, activity_id: object) -> str:
    """The access log's stream of an entry: its subject, a case or an activity (exactly one
    is set; the table's check constraint holds it)."""
    if complaint_id is not None:
        return f"complaint:{complaint_id}"
    if activity_id is not None:
        return f"activity:{activity_id}"
    raise ValueError("an access-log entry is about one complaint or one activity")


_AS_IS = frozenset({str, int, float, bool, type(None)})


def canonical(value: Any) -> Any:
    """The JSON-able form every hash is taken over: the same before and after a database
    round trip (UUIDs and enums as text, datetimes in UTC to the microsecond).

    Exact types are tried first (a page of 50 cases hashes ~700 values through here on every
    read: issue 22); subclasses (a StrEnum is a str, an IntEnum an int) take the general path,
    so the result is what it always was (tests/unit/test_hot_path_helpers.py holds it)."""
    t = type(value)
    if t in _AS_IS:
        return value
    if t is dict:
        return {str(k): canonical(v) for k, v in value.items()}
    if t is uuid.UUID:
        return str(value)
    if t is datetime and value.year >= 1000:  # isoformat pads the year, %Y does not below 1000
        return value.astimezone(UTC).replace(tzinfo=None).isoformat("T", "microseconds") + "Z"
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


def entry_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    body = json.dumps(canonical(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainedLog:
    """One append-only table and how its rows fall into streams."""

    name: str
    table: sa.Table
    content: tuple[str, ...]  # the columns the hash covers (with chain_seq)
    stream_of: Callable[[Mapping[str, Any]], str]
    stream_column: str | None  # the column naming the stream (None: one stream)

    @cached_property
    def _head(self) -> sa.Select[Any]:
        """The last entry of a stream, built once with the stream a `:stream` parameter
        (issue 22: its cache key is memoised, not generated for every entry appended)."""
        c = self.table.c
        stmt = sa.select(c.chain_seq, c.hash).order_by(c.chain_seq.desc()).limit(1)
        if self.stream_column:
            stmt = stmt.where(c[self.stream_column] == sa.bindparam("stream"))
        return stmt

    def head(self, connection: sa.Connection, values: Mapping[str, Any]) -> Any:
        """The last entry (chain_seq, hash) of the stream `values` belong to, or None."""
        params = {"stream": values[self.stream_column]} if self.stream_column else None
        return connection.execute(self._head, params).first()

    @cached_property
    def insert(self) -> sa.Insert:
        return sa.insert(self.table)

    def heads_query(self, keys: Sequence[Any]) -> sa.CompoundSelect[Any]:
        """The heads of several streams in one statement (a stream with no entry yet is
        absent): one `ORDER BY chain_seq DESC LIMIT 1` on the unique (stream, chain_seq)
        index per stream, joined by UNION ALL."""
        assert self.stream_column
        c = self.table.c
        key = c[self.stream_column]
        parts = [
            sa.select(
                sa.select(key.label("key"), c.chain_seq, c.hash)
                .where(key == k)
                .order_by(c.chain_seq.desc())
                .limit(1)
                .subquery()
            )
            for k in keys
        ]
        return sa.union_all(*parts)

    def content_of(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return {k: values.get(k) for k in self.content}


AUDIT_LOG = ChainedLog(
    "audit_log",
    table_of(AuditLogRow),
    (
        "chain_seq",
        "id",
        "at",
        "actor_kind",
        "actor_id",
        "action",
        "entity_type",
        "entity_id",
        "before",
        "after",
        "request_id",
    ),
    lambda _v: AUDIT_STREAM,
    None,
)
PD_ACCESS_LOG = ChainedLog(
    "personal_data_access_log",
    table_of(PersonalDataAccessRow),
    (
        "chain_seq",
        "id",
        "at",
        "actor_kind",
        "actor_id",
        "complaint_id",
        "activity_id",
        "fields",
        "purpose",
        "request_id",
        "stream",
    ),
    lambda v: str(v["stream"]),
    "stream",
)
TIMELINES = ChainedLog(
    "complaint_events",
    table_of(ComplaintEventRow),
    (
        "chain_seq",
        "id",
        "complaint_id",
        "at",
        "kind",
        "visibility",
        "actor_kind",
        "actor_id",
        "request_id",
        "data",
    ),
    lambda v: f"timeline:{v['complaint_id']}",
    "complaint_id",
)
CHAINED_LOGS = (AUDIT_LOG, PD_ACCESS_LOG, TIMELINES)


@dataclass
class ChainWriter:
    """The entries a session will append, chained and inserted just before it commits."""

    pending: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    logs: dict[str, ChainedLog] = field(default_factory=dict)

    def add(self, log: ChainedLog, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            key = (log.stream_of(row), log.name)
            self.pending.setdefault(key, []).append(dict(row))
            self.logs[log.name] = log

    def flush(self, session: Session) -> None:
        """Chain and insert every pending entry. The stream locks are taken in one order (log
        by log, in `CHAINED_LOGS` order, and by stream within a log), so two transactions
        appending to the same streams never deadlock; no lock spans more than one stream.
        Per log: one statement takes its streams' locks, one reads their heads, one inserts."""
        pending, self.pending = self.pending, {}
        if not pending:
            return
        session.flush()  # rows the entries may refer to (ORM objects still pending) go first
        # The transaction's connection, not the ORM session's execute (issue 22).
        connection = session.connection()
        postgres = connection.dialect.name == "postgresql"
        by_log: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for (stream, name), rows in sorted(pending.items()):
            by_log.setdefault(name, {})[stream] = rows
        order = {log.name: i for i, log in enumerate(CHAINED_LOGS)}
        for name in sorted(by_log, key=lambda n: (order.get(n, len(order)), n)):
            log, streams = self.logs[name], by_log[name]
            if postgres:
                locks = [f"chain:{stream}" for stream in streams]
                if len(locks) == 1:
                    connection.execute(_LOCK, {"s": locks[0]})
                else:
                    connection.execute(_LOCKS, {"s": locks})
            heads = self._heads(connection, log, streams)
            inserts: list[dict[str, Any]] = []
            for stream, rows in streams.items():
                seq, prev = heads.get(stream, (0, GENESIS))
                for row in rows:
                    seq += 1
                    row["chain_seq"] = seq
                    row["prev_hash"] = prev
                    row["hash"] = prev = entry_hash(prev, log.content_of(row))
                inserts.extend(rows)
            connection.execute(log.insert, inserts)

    @staticmethod
    def _heads(
        connection: sa.Connection, log: ChainedLog, streams: Mapping[str, list[dict[str, Any]]]
    ) -> dict[str, tuple[int, str]]:
        if len(streams) == 1 or not log.stream_column:
            out = {}
            for stream, rows in streams.items():
                head = log.head(connection, rows[0])
                if head:
                    out[stream] = (int(head.chain_seq), str(head.hash))
            return out
        column = log.stream_column
        keys = {rows[0][column]: stream for stream, rows in streams.items()}
        if connection.dialect.name == "postgresql":
            # One fixed statement whatever the number of streams (an array parameter): no
            # UNION ALL of N subqueries to build, key and compile on every request (a queue
            # page logs 50 cases' access; that statement cost more than the rest of the page).
            first = next(iter(keys))
            stmt = _pg_heads(log, "UUID" if isinstance(first, uuid.UUID) else "TEXT")
            found = connection.execute(stmt, {"keys": list(keys)}).all()
        else:
            found = connection.execute(log.heads_query(list(keys))).all()
        return {keys[r.key]: (int(r.chain_seq), str(r.hash)) for r in found}


_PG_HEADS: dict[tuple[str, str], sa.TextClause] = {}


def _pg_heads(log: ChainedLog, kind: str) -> sa.TextClause:
    """The heads of the streams named in `:keys`: for each, its last entry by the unique
    (stream, chain_seq) index (a stream with no entry yet is absent)."""
    stmt = _PG_HEADS.get((log.name, kind))
    if stmt is None:
        table, column = log.table.name, log.stream_column
        stmt = _PG_HEADS[log.name, kind] = sa.text(
            # the table and column names come from the schema, never from input
            f"SELECT k.key AS key, h.chain_seq, h.hash "
            f"FROM unnest(CAST(:keys AS {kind}[])) AS k(key) "
            f"JOIN LATERAL (SELECT chain_seq, hash FROM {table} WHERE {column} = k.key "
            f"ORDER BY chain_seq DESC LIMIT 1) AS h ON true"
        )
    return stmt


_LOCK = sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:s, 0))")
# Several streams' locks in one round trip, taken in the array's order (unnest keeps it).
_LOCKS = sa.text(
    "SELECT pg_advisory_xact_lock(hashtextextended(s, 0)) FROM unnest(CAST(:s AS TEXT[])) AS s"
)


def _before_commit(session: Session) -> None:
    writer = session.info.get(_WRITER)
    if writer is not None:
        writer.flush(session)


def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    writer = session.info.get(_WRITER)
    if writer is not None and not previous.nested:
        writer.pending.clear()


_WRITER = "fasttrack.chain_writer"


def writer_of(session: AsyncSession) -> ChainWriter:
    """The session's one chain writer, flushed by the session's own commit (whoever calls
    it: the unit of work or a bare session), emptied by its rollback."""
    sync = session.sync_session
    writer = sync.info.get(_WRITER)
    if writer is None:
        writer = sync.info[_WRITER] = ChainWriter()
    return writer


# Listening on every session (the hooks do nothing for a session without a writer), not on
# each session that gets one: an instance's own listeners cost more to set up than the
# access-log entry they flush (issue 22).
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_soft_rollback", _after_rollback)


# --- verification -------------------------------------------------------------------------


@dataclass(frozen=True)
class BrokenLink:
    """The first entry of a stream whose link does not hold."""

    stream: str
    entry_id: uuid.UUID
    chain_seq: int
    problem: str


@dataclass(frozen=True)
class VerifyReport:
    streams: int
    entries: int
    broken: Sequence[BrokenLink]

    @property
    def ok(self) -> bool:
        return not self.broken


async def _rows(session: AsyncSession | AsyncConnection, log: ChainedLog) -> AsyncIterator[Any]:
    c = log.table.c
    order = [c[log.stream_column]] if log.stream_column else []
    stmt = sa.select(log.table).order_by(*order, c.chain_seq)
    result = await session.stream(stmt.execution_options(yield_per=1000))
    async for row in result:
        yield row


# The admin audit log entry a retention purge of the access log writes (see
# SqlDataSubjectStore.purge_access_log): its `after` names, for every stream the purge cut,
# the last entry deleted — `{"streams": {stream: {"through_seq": n, "through_hash": h}}}`
# (an entry from before per-subject streams names one: `{"stream", "through_seq", ...}`).
RETENTION_PURGE_ACTION = "retention.purge_access_log"


async def retention_anchors(
    session: AsyncSession | AsyncConnection,
) -> dict[str, dict[int, str]]:
    """Where a purged stream may start again: {stream: {last deleted seq: its hash}}, read
    from the admin audit log — itself chained and verified, so an anchor cannot be made up
    without breaking that chain."""
    c = AUDIT_LOG.table.c
    rows = await session.execute(
        sa.select(c.after).where(c.action == RETENTION_PURGE_ACTION).order_by(c.chain_seq)
    )
    anchors: dict[str, dict[int, str]] = {}
    for (after,) in rows:
        after = after if isinstance(after, Mapping) else json.loads(after)
        if not isinstance(after, Mapping):
            continue
        cuts = after.get("streams")
        if not isinstance(cuts, Mapping):
            cuts = {after.get("stream"): after}
        for stream, cut in cuts.items():
            try:
                seq, h = int(cut["through_seq"]), str(cut["through_hash"])
            except (KeyError, TypeError, ValueError):
                continue
            if isinstance(stream, str):
                anchors.setdefault(stream, {})[seq] = h
    return anchors


async def verify_log(
    session: AsyncSession | AsyncConnection,
    log: ChainedLog,
    anchors: Mapping[str, Mapping[int, str]] | None = None,
) -> tuple[int, int, list[BrokenLink]]:
    """(streams, entries, first broken link per stream) of one log. A stream whose first
    entries were purged by retention starts at the purge's recorded anchor: the first entry
    kept must follow the last one deleted, and link to its hash."""
    streams = entries = 0
    broken: list[BrokenLink] = []
    stream: str | None = None
    seq, prev, bad = 0, GENESIS, False
    async for row in _rows(session, log):
        values = row._mapping
        this = log.stream_of(values)
        if this != stream:
            stream, seq, prev, bad = this, 0, GENESIS, False
            streams += 1
            start = int(values["chain_seq"]) - 1
            anchor = (anchors or {}).get(this, {}).get(start)
            if start > 0 and anchor is not None:
                seq, prev = start, anchor
        entries += 1
        if bad:
            continue
        problem = None
        if values["chain_seq"] != seq + 1:
            problem = f"entry {seq + 1} is missing (found {values['chain_seq']})"
        elif values["prev_hash"] != prev:
            problem = "does not link to the entry before it"
        elif values["hash"] != entry_hash(prev, log.content_of(values)):
            problem = "its content does not match its hash"
        if problem:
            broken.append(BrokenLink(this, values["id"], int(values["chain_seq"]), problem))
            bad = True
            continue
        seq, prev = int(values["chain_seq"]), str(values["hash"])
    return streams, entries, broken


async def verify(session: AsyncSession | AsyncConnection) -> VerifyReport:
    streams = entries = 0
    broken: list[BrokenLink] = []
    anchors = await retention_anchors(session)
    for log in CHAINED_LOGS:
        s, e, b = await verify_log(session, log, anchors)
        streams, entries = streams + s, entries + e
        broken.extend(b)
    return VerifyReport(streams, entries, broken)
