"""personal-data access log: entries for activities' named participants

An entry is about a complaint (its complainant) or an activity (its named participants):
complaint_id becomes nullable, activity_id joins it, and a CHECK keeps exactly one set.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 09:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('personal_data_access_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('activity_id', sa.Uuid(), nullable=True))
        batch_op.alter_column('complaint_id', existing_type=sa.Uuid(), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f('fk_personal_data_access_log_activity_id_activities'),
            'activities',
            ['activity_id'],
            ['id'],
        )
        batch_op.create_index('ix_pd_access_activity_at', ['activity_id', 'at'], unique=False)
        batch_op.create_check_constraint(
            'subject', '(complaint_id IS NULL) <> (activity_id IS NULL)'
        )


def downgrade() -> None:
    # The older schema cannot hold entries about activities: they go with the column.
    op.execute('DELETE FROM personal_data_access_log WHERE activity_id IS NOT NULL')
    with op.batch_alter_table('personal_data_access_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_personal_data_access_log_subject'), type_='check')
        batch_op.drop_index('ix_pd_access_activity_at')
        batch_op.drop_constraint(
            batch_op.f('fk_personal_data_access_log_activity_id_activities'), type_='foreignkey'
        )
        batch_op.alter_column('complaint_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column('activity_id')
