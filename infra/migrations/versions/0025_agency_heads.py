"""agencies.head_*: the agency's head (district director, bureau director), the coordinator's
supervisor, whom escalation rules can name (escalation target `agency_head`); the default
breach rules, where an admin has not changed them, now also tell the agency's head

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-29 13:50:00

"""
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = '0025'
down_revision: str | Sequence[str] | None = '0024'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


BREACH_RULES = ('6f1c2a10-0000-4000-8000-000000000003', '6f1c2a10-0000-4000-8000-000000000004')
SEEDED = ['coordinator', 'omb_on_duty']
WITH_HEAD = ['coordinator', 'omb_on_duty', 'agency_head']
_rules = sa.table(
    'escalation_rules',
    sa.column('id', sa.Uuid()),
    sa.column('notify', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')),
    sa.column('version', sa.Integer()),
)


def _default_breach_rules(before: list[str], after: list[str]) -> None:
    """The seeded breach rules that still name `before` name `after` instead."""
    bind = op.get_bind()
    for rule_id in BREACH_RULES:
        row = bind.execute(
            sa.select(_rules.c.notify, _rules.c.version).where(_rules.c.id == uuid.UUID(rule_id))
        ).first()
        if row is not None and list(row.notify) == before:
            bind.execute(
                _rules.update()
                .where(_rules.c.id == uuid.UUID(rule_id))
                .values(notify=after, version=row.version + 1)
            )


def upgrade() -> None:
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('head_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('head_title_th', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('head_email', sa.String(length=320), nullable=True))
    _default_breach_rules(SEEDED, WITH_HEAD)


def downgrade() -> None:
    _default_breach_rules(WITH_HEAD, SEEDED)
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_column('head_email')
        batch_op.drop_column('head_title_th')
        batch_op.drop_column('head_name')
