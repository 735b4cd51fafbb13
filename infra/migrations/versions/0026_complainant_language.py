"""complaints.complainant_language: the language the platform writes to the complainant in

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-29 14:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0026'
down_revision: str | Sequence[str] | None = '0025'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'complainant_language', sa.String(length=2), server_default='th', nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_column('complainant_language')
