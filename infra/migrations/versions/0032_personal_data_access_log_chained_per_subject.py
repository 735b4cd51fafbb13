"""the personal-data access log is chained per subject: a `stream` column
(`complaint:<id>` or `activity:<id>`), covered by each entry's hash, unique `(stream,
chain_seq)` instead of a unique `chain_seq`. Existing rows get their subject's stream and are
chained again, stream by stream, 1..n in their old chain order, so `audit verify` passes;
the writers of two different subjects no longer wait for one lock (`chain:pd_access`).

The table refuses UPDATE (migration 0022) and every DELETE but retention's (0030). The
re-chaining goes around that as the table's owner knowingly does, inside this migration's
transaction: on PostgreSQL the UPDATE trigger is disabled and enabled again (ALTER TABLE …
DISABLE TRIGGER); on SQLite the triggers are dropped and created again exactly as 0022 and
0030 made them (the batch rebuilds would drop them anyway).

Downgrade: one stream again, chained 1..n in (at, id) order as 0022 did, without `stream`.

Revision ID: 0032
Revises: 0031
Create Date: 2026-11-29 20:45:00

"""
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from infra.db.chain import GENESIS, entry_hash
from infra.db.types import UTCDateTime, json_type

revision: str = '0032'
down_revision: str | Sequence[str] | None = '0031'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOG = 'personal_data_access_log'
# The columns each entry's hash covers besides chain_seq (and, from here on, stream).
_CONTENT: dict[str, Any] = {
    'id': sa.Uuid(), 'at': UTCDateTime(), 'actor_kind': sa.String(), 'actor_id': sa.Uuid(),
    'complaint_id': sa.Uuid(), 'activity_id': sa.Uuid(), 'fields': json_type(),
    'purpose': sa.String(), 'request_id': sa.String(),
}

_SQLITE_NO_UPDATE = (
    f"CREATE TRIGGER {LOG}_no_update BEFORE UPDATE ON {LOG} "
    f"BEGIN SELECT RAISE(ABORT, '{LOG} is append-only: UPDATE refused'); END"
)
_SQLITE_RETENTION = (
    f"CREATE TRIGGER {LOG}_no_delete BEFORE DELETE ON {LOG} "
    f"WHEN NOT EXISTS (SELECT 1 FROM retention_permits p "
    f"WHERE p.log_table = '{LOG}' AND OLD.at < p.before) "
    f"BEGIN SELECT RAISE(ABORT, '{LOG} is append-only: DELETE refused'); END"
)


def _postgres() -> bool:
    return bool(op.get_bind().dialect.name == 'postgresql')


def _table(with_stream: bool) -> sa.TableClause:
    return sa.table(
        LOG,
        *(sa.column(c, type_) for c, type_ in _CONTENT.items()),
        *([sa.column('stream', sa.Text())] if with_stream else []),
        sa.column('chain_seq', sa.BigInteger()),
        sa.column('prev_hash', sa.String()),
        sa.column('hash', sa.String()),
    )


def _stream(values: dict[str, Any]) -> str:
    if values['complaint_id'] is not None:
        return f"complaint:{values['complaint_id']}"
    return f"activity:{values['activity_id']}"


class BrokenAccessLog(RuntimeError):
    pass


def _old_anchors() -> dict[int, str]:
    """Where the one old stream may start after retention purges: {last deleted seq: hash},
    from the (chained) admin audit log, as `audit verify` reads them."""
    audit = sa.table('audit_log', sa.column('action', sa.String()), sa.column('after', json_type()),
                     sa.column('chain_seq', sa.BigInteger()))
    anchors: dict[int, str] = {}
    rows = op.get_bind().execute(
        sa.select(audit.c.after).where(audit.c.action == 'retention.purge_access_log')
        .order_by(audit.c.chain_seq)
    )
    for (after,) in rows:
        after = json.loads(after) if isinstance(after, str) else after
        try:
            if after['stream'] == 'pd_access':
                anchors[int(after['through_seq'])] = str(after['through_hash'])
        except (KeyError, TypeError, ValueError):
            continue
    return anchors


def _check_old_link(
    values: dict[str, Any], last: tuple[int, str] | None, anchors: dict[int, str]
) -> tuple[int, str]:
    """The entry links to the one before it in the old single chain, and its hash covers its
    content: re-chaining a chain that was already broken would make the break verify."""
    seq, prev, stored = int(values['chain_seq']), str(values['prev_hash']), str(values['hash'])
    if last is None:
        expected_prev = GENESIS if seq == 1 else anchors.get(seq - 1)
    else:
        expected_prev = last[1] if seq == last[0] + 1 else None
    content = {c: values[c] for c in _CONTENT} | {'chain_seq': seq}
    if expected_prev is None or prev != expected_prev or entry_hash(prev, content) != stored:
        raise BrokenAccessLog(
            f'{LOG}: entry {seq} ({values["id"]}) does not verify in the old chain; the '
            'upgrade re-chains every entry and would hide the break. Run `fasttrack audit '
            'verify` on the previous release and resolve it first.'
        )
    return seq, stored


def _rechain(per_subject: bool) -> None:
    """Chain every row again: per subject in the old chain order (upgrade, after checking
    each entry against the old chain), or as one stream in (at, id) order (downgrade, as
    0022 did)."""
    t = _table(per_subject)
    bind = op.get_bind()
    columns = [t.c[c] for c in _CONTENT]
    if per_subject:
        columns += [t.c.chain_seq, t.c.prev_hash, t.c.hash]
    order = [t.c.chain_seq, t.c.id] if per_subject else [t.c.at, t.c.id]
    anchors = _old_anchors() if per_subject else {}
    last: tuple[int, str] | None = None
    heads: dict[str, tuple[int, str]] = {}
    updates = []
    for row in bind.execute(sa.select(*columns).order_by(*order)):
        values = dict(row._mapping)
        if per_subject:
            last = _check_old_link(values, last, anchors)
            values = {c: values[c] for c in _CONTENT}
        stream = _stream(values) if per_subject else ''
        seq, prev = heads.get(stream, (0, GENESIS))
        seq += 1
        content = {**values, 'chain_seq': seq}
        if per_subject:
            content['stream'] = stream
        h = entry_hash(prev, content)
        heads[stream] = (seq, h)
        updates.append({'_id': values['id'], '_stream': stream, '_seq': seq, '_prev': prev, '_hash': h})
    if not updates:
        return
    changes: dict[str, Any] = {
        'chain_seq': sa.bindparam('_seq'),
        'prev_hash': sa.bindparam('_prev'),
        'hash': sa.bindparam('_hash'),
    }
    if per_subject:
        changes['stream'] = sa.bindparam('_stream')
    else:
        for u in updates:
            del u['_stream']
    bind.execute(sa.update(t).where(t.c.id == sa.bindparam('_id')).values(**changes), updates)


def _unguard() -> None:
    if _postgres():
        op.execute(f"ALTER TABLE {LOG} DISABLE TRIGGER {LOG}_append_only")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {LOG}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {LOG}_no_delete")


def _guard() -> None:
    if _postgres():
        op.execute(f"ALTER TABLE {LOG} ENABLE TRIGGER {LOG}_append_only")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {LOG}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {LOG}_no_delete")
        op.execute(_SQLITE_NO_UPDATE)
        op.execute(_SQLITE_RETENTION)


def upgrade() -> None:
    _unguard()
    with op.batch_alter_table(LOG, schema=None) as batch_op:
        batch_op.drop_constraint(op.f(f'uq_{LOG}_chain_seq'), type_='unique')
        batch_op.add_column(sa.Column('stream', sa.Text(), nullable=True))
    _rechain(per_subject=True)
    with op.batch_alter_table(LOG, schema=None) as batch_op:
        batch_op.alter_column('stream', existing_type=sa.Text(), nullable=False)
        batch_op.create_index('uq_pd_access_stream_seq', ['stream', 'chain_seq'], unique=True)
    _guard()


def downgrade() -> None:
    _unguard()
    with op.batch_alter_table(LOG, schema=None) as batch_op:
        batch_op.drop_index('uq_pd_access_stream_seq')
    _rechain(per_subject=False)
    with op.batch_alter_table(LOG, schema=None) as batch_op:
        batch_op.drop_column('stream')
        batch_op.create_unique_constraint(op.f(f'uq_{LOG}_chain_seq'), ['chain_seq'])
    _guard()
