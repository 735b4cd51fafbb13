"""concurrent writers: change-feed positions stamped after commit

Complaint writers no longer take one global lock to put change-feed rows in commit order:
`seq` becomes an insertion id, and the feed reads by `position`, stamped by readers on rows
of committed transactions only (see SqlComplaintQueries.changes). Existing rows were written
under the old lock, so their `seq` is already in commit order: it becomes their position.

Case numbers on PostgreSQL come from per-year sequences (`case_numbers_<year>`) created on
demand by the application, starting after the year's row in case_number_counters; nothing
to create here. Downgrade folds them back into case_number_counters and drops them.

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-29 13:05:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0021'
down_revision: str | Sequence[str] | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('complaint_changes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
    op.execute('UPDATE complaint_changes SET position = seq')
    with op.batch_alter_table('complaint_changes', schema=None) as batch_op:
        batch_op.create_index('uq_complaint_changes_position', ['position'], unique=True)
        batch_op.create_index('ix_complaint_changes_unstamped', ['seq'], unique=False, postgresql_where=sa.text('position IS NULL'), sqlite_where=sa.text('position IS NULL'))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        names = bind.execute(sa.text(
            "SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE 'case\\_numbers\\_%'"
        )).scalars().all()
        for name in names:
            year = int(name.rsplit('_', 1)[1])
            last = bind.execute(sa.text(f'SELECT last_value, is_called FROM "{name}"')).one()
            used = int(last[0]) if last[1] else int(last[0]) - 1
            bind.execute(sa.text(
                'INSERT INTO case_number_counters (year_be, last) VALUES (:y, :n) '
                'ON CONFLICT (year_be) DO UPDATE SET last = greatest(case_number_counters.last, :n)'
            ), {'y': year, 'n': used})
            op.execute(f'DROP SEQUENCE "{name}"')
    # Back to reading by seq; a partner's cursor (a position) may skip or repeat changes made
    # since the upgrade, once.
    with op.batch_alter_table('complaint_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_changes_unstamped', postgresql_where=sa.text('position IS NULL'), sqlite_where=sa.text('position IS NULL'))
        batch_op.drop_index('uq_complaint_changes_position')
        batch_op.drop_column('position')
