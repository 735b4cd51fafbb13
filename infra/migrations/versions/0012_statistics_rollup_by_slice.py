"""statistics rollup by slice: counts, days and SLA figures per OMB-wide slice

Replaces complaint_daily_counts (one row per day and combination of every dimension, which
did not compress) with three small tables keyed by slice: every case, or one value of one
dimension. `fasttrack maintenance` rebuilds them; until then requests are computed live.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28 19:40:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401


revision: str = '0012'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _slice() -> list[sa.Column]:
    return [
        sa.Column('slice_dimension', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('slice_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table('complaint_daily_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_daily_counts_day'))
    op.drop_table('complaint_daily_counts')
    op.execute("DELETE FROM stats_rollups")

    op.create_table('stats_rollup_counts',
    *_slice(),
    sa.Column('dimension', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('slice_dimension', 'slice_key', 'dimension', 'key', name=op.f('pk_stats_rollup_counts'))
    )
    op.create_table('stats_rollup_days',
    *_slice(),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('slice_dimension', 'slice_key', 'day', name=op.f('pk_stats_rollup_days'))
    )
    op.create_table('stats_rollup_sla',
    *_slice(),
    sa.Column('milestone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('met', sa.Integer(), nullable=False),
    sa.Column('breached', sa.Integer(), nullable=False),
    sa.Column('pending', sa.Integer(), nullable=False),
    sa.Column('median_seconds', sa.Float(), nullable=True),
    sa.Column('p90_seconds', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('slice_dimension', 'slice_key', 'milestone', name=op.f('pk_stats_rollup_sla'))
    )


def downgrade() -> None:
    op.drop_table('stats_rollup_sla')
    op.drop_table('stats_rollup_days')
    op.drop_table('stats_rollup_counts')
    op.execute("DELETE FROM stats_rollups")
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
