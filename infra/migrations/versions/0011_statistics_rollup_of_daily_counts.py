"""statistics rollup of daily counts

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-28 17:48:44.837158

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401


revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('complaint_daily_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('lead_agency_id', sa.Uuid(), nullable=True),
    sa.Column('category_id', sa.Uuid(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('mou_area_id', sa.Integer(), nullable=False),
    sa.Column('fast_track', sa.Boolean(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_daily_counts'))
    )
    with op.batch_alter_table('complaint_daily_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_daily_counts_day'), ['day'], unique=False)

    op.create_table('stats_rollups',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('refreshed_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_stats_rollups'))
    )


def downgrade() -> None:
    op.drop_table('stats_rollups')
    with op.batch_alter_table('complaint_daily_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_daily_counts_day'))

    op.drop_table('complaint_daily_counts')
