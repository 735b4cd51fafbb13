"""complaints reference categories and coordinators

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 17:09:08.378135

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401


revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_complaints_proposed_coordinator_id_coordinators'), 'coordinators', ['proposed_coordinator_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_complaints_coordinator_id_coordinators'), 'coordinators', ['coordinator_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_complaints_category_id_categories'), 'categories', ['category_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_complaints_category_id_categories'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_complaints_coordinator_id_coordinators'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_complaints_proposed_coordinator_id_coordinators'), type_='foreignkey')

