"""queue indexes, normalised search text (pg_trgm / FTS5 trigram), change feed

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 17:40:53.960074

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401
from domain.search.normalize import normalize_for_search


revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('complaint_changes',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('changed_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_changes_complaint_id_complaints')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_complaint_changes'))
    )
    with op.batch_alter_table('complaint_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_changes_complaint_id'), ['complaint_id'], unique=False)

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_text', sa.Text(), nullable=False, server_default=''))
        batch_op.create_index('ix_complaints_assignee_created', ['assignee_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_district_created', ['district_code', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_district_due', ['district_code', 'resolution_due_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_first_response_due', ['first_response_due_at'], unique=False)
        batch_op.create_index('ix_complaints_lead_agency_due', ['lead_agency_id', 'resolution_due_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_lead_agency_updated', ['lead_agency_id', 'updated_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_resolution_due', ['resolution_due_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_submitted_by_created', ['submitted_by_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_updated', ['updated_at', 'id'], unique=False)

    # Backfill the normalised copy in Python: the same function the application writes with.
    bind = op.get_bind()
    rows = bind.execute(sa.text('SELECT id, title, description FROM complaints')).all()
    for row in rows:
        bind.execute(
            sa.text('UPDATE complaints SET search_text = :t WHERE id = :id'),
            {'t': normalize_for_search(f'{row.title} {row.description}'), 'id': row.id},
        )

    # Search objects autogenerate cannot describe (ignored by `alembic check` in env.py).
    if bind.dialect.name == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        op.execute(
            'CREATE INDEX ix_complaints_search_trgm ON complaints '
            'USING gin (search_text gin_trgm_ops)'
        )
    else:
        # Its own copy of the text keyed by case id (not an external-content table on the
        # rowid, which batch-mode table rebuilds would renumber); the repository keeps it in sync.
        op.execute(
            "CREATE VIRTUAL TABLE complaints_fts USING fts5("
            "complaint_id UNINDEXED, search_text, tokenize='trigram')"
        )
        op.execute(
            'INSERT INTO complaints_fts (complaint_id, search_text) '
            'SELECT id, search_text FROM complaints'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP INDEX IF EXISTS ix_complaints_search_trgm')
    else:
        op.execute('DROP TABLE IF EXISTS complaints_fts')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_updated')
        batch_op.drop_index('ix_complaints_submitted_by_created')
        batch_op.drop_index('ix_complaints_resolution_due')
        batch_op.drop_index('ix_complaints_lead_agency_updated')
        batch_op.drop_index('ix_complaints_lead_agency_due')
        batch_op.drop_index('ix_complaints_first_response_due')
        batch_op.drop_index('ix_complaints_district_due')
        batch_op.drop_index('ix_complaints_district_created')
        batch_op.drop_index('ix_complaints_assignee_created')
        batch_op.drop_column('search_text')

    with op.batch_alter_table('complaint_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_changes_complaint_id'))

    op.drop_table('complaint_changes')
