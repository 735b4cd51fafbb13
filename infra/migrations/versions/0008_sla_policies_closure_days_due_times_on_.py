"""sla policies, closure days, due times on complaints

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 17:04:47.445985

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401
from sqlalchemy.dialects import postgresql

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('closure_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_closure_days'))
    )
    op.create_table('sla_policies',
    sa.Column('sla_class', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('always_open', sa.Boolean(), nullable=False),
    sa.Column('weekdays', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('start_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('end_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('targets', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('fast_track_targets', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('due_soon_share', sa.Float(), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sla_class', name=op.f('pk_sla_policies'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sla_class', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False, server_default='standard'))
        batch_op.add_column(sa.Column('sla_pauses', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('first_response_due_at', infra.db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('first_response_due_soon_at', infra.db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('resolution_due_at', infra.db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('resolution_due_soon_at', infra.db.types.UTCDateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_column('resolution_due_soon_at')
        batch_op.drop_column('resolution_due_at')
        batch_op.drop_column('first_response_due_soon_at')
        batch_op.drop_column('first_response_due_at')
        batch_op.drop_column('sla_pauses')
        batch_op.drop_column('sla_class')

    op.drop_table('sla_policies')
    op.drop_table('closure_days')
