"""escalation rules and the escalated timeline entry

escalation_rules say who hears of an SLA milestone (due soon, breached) per SLA class; four
defaults for every class are inserted. complaint_events.kind gains `escalated`.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29 08:43:39.655974

"""
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401

revision: str = '0017'
down_revision: str | Sequence[str] | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


KINDS = (
    'created', 'state_changed', 'assigned', 'transferred', 'co_handler_added', 'updated',
    'note', 'coordination_message', 'field_visit', 'response', 'flagged',
)
DEFAULT_RULES = (
    ('6f1c2a10-0000-4000-8000-000000000001', 'first_response_due_soon', ['coordinator']),
    ('6f1c2a10-0000-4000-8000-000000000002', 'resolution_due_soon', ['coordinator', 'assignee']),
    ('6f1c2a10-0000-4000-8000-000000000003', 'first_response_breached', ['coordinator', 'omb_on_duty']),
    ('6f1c2a10-0000-4000-8000-000000000004', 'resolution_breached', ['coordinator', 'omb_on_duty']),
)


def _kinds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table('complaint_events', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_complaint_events_kind'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_complaint_events_kind'),
            'kind IN (' + ', '.join(f"'{k}'" for k in kinds) + ')',
        )


def upgrade() -> None:
    rules = op.create_table('escalation_rules',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('milestone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('sla_class', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('notify', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_rules'))
    )
    now = datetime.now(UTC)
    op.bulk_insert(rules, [
        {'id': uuid.UUID(i), 'milestone': m, 'sla_class': None, 'notify': n, 'is_active': True,
         'created_at': now, 'updated_at': now, 'version': 1}
        for i, m, n in DEFAULT_RULES
    ])
    _kinds((*KINDS, 'escalated'))


def downgrade() -> None:
    op.execute("DELETE FROM complaint_events WHERE kind = 'escalated'")
    _kinds(KINDS)
    op.drop_table('escalation_rules')
