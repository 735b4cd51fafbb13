"""append-only, hash-chained audit: the admin audit log, the personal-data access log and case
timelines refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL) in the database itself, and each
entry carries its stream position, the previous entry's hash and its own (infra/db/chain.py);
existing rows are chained here, in (at, id) order per stream. Timeline entries gain the kind
`redacted`.

Note for later migrations: on SQLite a batch (copy-and-move) rebuild of one of these tables
drops its triggers with the old table; create them again (`_sqlite_triggers`).

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-29 13:10:00

"""
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from infra.db.chain import GENESIS, entry_hash
from infra.db.types import UTCDateTime, json_type

revision: str = '0022'
down_revision: str | Sequence[str] | None = '0021'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_KINDS = ['created', 'state_changed', 'assigned', 'transferred', 'co_handler_added', 'updated', 'note', 'coordination_message', 'field_visit', 'response', 'flagged', 'escalated', 'rated']

# table -> (the column naming the stream or None, the columns the hash covers besides chain_seq)
_LOGS: dict[str, tuple[str | None, dict[str, Any]]] = {
    'audit_log': (None, {
        'id': sa.Uuid(), 'at': UTCDateTime(), 'actor_kind': sa.String(), 'actor_id': sa.Uuid(),
        'action': sa.String(), 'entity_type': sa.String(), 'entity_id': sa.String(),
        'before': json_type(), 'after': json_type(), 'request_id': sa.String(),
    }),
    'personal_data_access_log': (None, {
        'id': sa.Uuid(), 'at': UTCDateTime(), 'actor_kind': sa.String(), 'actor_id': sa.Uuid(),
        'complaint_id': sa.Uuid(), 'activity_id': sa.Uuid(), 'fields': json_type(),
        'purpose': sa.String(), 'request_id': sa.String(),
    }),
    'complaint_events': ('complaint_id', {
        'id': sa.Uuid(), 'complaint_id': sa.Uuid(), 'at': UTCDateTime(), 'kind': sa.String(),
        'visibility': sa.String(), 'actor_kind': sa.String(), 'actor_id': sa.Uuid(),
        'request_id': sa.String(), 'data': json_type(),
    }),
}
_UNIQUE = {
    'audit_log': ['chain_seq'],
    'personal_data_access_log': ['chain_seq'],
    'complaint_events': ['complaint_id', 'chain_seq'],
}


def _event_kinds(batch_op: Any, kinds: list[str]) -> None:
    listed = ", ".join(f"'{k}'" for k in kinds)
    batch_op.drop_constraint(op.f('ck_complaint_events_kind'), type_='check')
    batch_op.create_check_constraint(op.f('ck_complaint_events_kind'), sa.text(f"kind IN ({listed})"))


def _backfill(name: str) -> None:
    stream_column, columns = _LOGS[name]
    t = sa.table(
        name,
        *(sa.column(c, type_) for c, type_ in columns.items()),
        sa.column('chain_seq', sa.BigInteger()),
        sa.column('prev_hash', sa.String()),
        sa.column('hash', sa.String()),
    )
    order = [t.c[stream_column]] if stream_column else []
    bind = op.get_bind()
    rows = bind.execute(sa.select(*(t.c[c] for c in columns)).order_by(*order, t.c.at, t.c.id))
    stream: object = object()
    seq, prev = 0, GENESIS
    updates = []
    for row in rows:
        values = dict(row._mapping)
        this = values[stream_column] if stream_column else None
        if this != stream:
            stream, seq, prev = this, 0, GENESIS
        seq += 1
        h = entry_hash(prev, {**values, 'chain_seq': seq})
        updates.append({'_id': values['id'], '_seq': seq, '_prev': prev, '_hash': h})
        prev = h
    if updates:
        bind.execute(
            sa.update(t)
            .where(t.c.id == sa.bindparam('_id'))
            .values(
                chain_seq=sa.bindparam('_seq'),
                prev_hash=sa.bindparam('_prev'),
                hash=sa.bindparam('_hash'),
            ),
            updates,
        )


_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION fasttrack_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING HINT = 'Append a new entry instead (a redaction, for a timeline entry).';
END
$$
"""


def _pg_triggers() -> None:
    op.execute(_PG_FUNCTION)
    for name in _LOGS:
        op.execute(
            f"CREATE TRIGGER {name}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {name} "
            "FOR EACH STATEMENT EXECUTE FUNCTION fasttrack_append_only()"
        )


def _sqlite_triggers() -> None:
    # SQLite has no TRUNCATE: a DELETE without WHERE fires the DELETE trigger like any other.
    for name in _LOGS:
        for verb in ('UPDATE', 'DELETE'):
            op.execute(
                f"CREATE TRIGGER {name}_no_{verb.lower()} BEFORE {verb} ON {name} "
                f"BEGIN SELECT RAISE(ABORT, '{name} is append-only: {verb} refused'); END"
            )


def upgrade() -> None:
    for name in _LOGS:
        op.add_column(name, sa.Column('chain_seq', sa.BigInteger(), nullable=True))
        op.add_column(name, sa.Column('prev_hash', sa.String(length=64), nullable=True))
        op.add_column(name, sa.Column('hash', sa.String(length=64), nullable=True))
        _backfill(name)
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in ('chain_seq', 'prev_hash', 'hash'):
                batch_op.alter_column(column, nullable=False)
            batch_op.create_unique_constraint(op.f(f"uq_{name}_{'_'.join(_UNIQUE[name])}"), _UNIQUE[name])
            if name == 'complaint_events':
                _event_kinds(batch_op, [*_KINDS, 'redacted'])
    if op.get_bind().dialect.name == 'postgresql':
        _pg_triggers()
    else:
        _sqlite_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for name in _LOGS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}_append_only ON {name}")
        op.execute("DROP FUNCTION IF EXISTS fasttrack_append_only()")
    else:
        for name in _LOGS:
            for verb in ('update', 'delete'):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_no_{verb}")
    op.execute("DELETE FROM complaint_events WHERE kind = 'redacted'")
    for name in _LOGS:
        with op.batch_alter_table(name, schema=None) as batch_op:
            if name == 'complaint_events':
                _event_kinds(batch_op, _KINDS)
            batch_op.drop_constraint(op.f(f"uq_{name}_{'_'.join(_UNIQUE[name])}"), type_='unique')
            batch_op.drop_column('hash')
            batch_op.drop_column('prev_hash')
            batch_op.drop_column('chain_seq')
