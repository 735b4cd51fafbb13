"""sla_policies.version, mou_areas.version: the ETag / If-Match convention covers them too

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-29 13:20:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0024'
down_revision: str | Sequence[str] | None = '0023'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ('sla_policies', 'mou_areas'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False)
            )


def downgrade() -> None:
    for table in ('sla_policies', 'mou_areas'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
