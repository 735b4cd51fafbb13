"""events: the transactional outbox, e-mail notifications, SLA alerts, notification preferences

Domain events are written to outbox_events in the transaction of their change; the job
runner dispatches them (e-mails rendered into email_notifications, sent from there).
sla_alerts remembers which due-soon/breach milestones were announced.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29 08:22:36.354049

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401

revision: str = '0016'
down_revision: str | Sequence[str] | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('email_notifications',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('recipient', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('html', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('claimed_until', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('sent_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_email_notifications')),
    sa.UniqueConstraint('event_id', 'recipient', name=op.f('uq_email_notifications_event_id_recipient'))
    )
    with op.batch_alter_table('email_notifications', schema=None) as batch_op:
        batch_op.create_index('ix_email_notifications_due', ['status', 'next_attempt_at'], unique=False)

    op.create_table('outbox_events',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('dispatched_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox_events')),
    sa.UniqueConstraint('id', name=op.f('uq_outbox_events_id'))
    )
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_events_pending', ['dispatched_at', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_events_subject_id'), ['subject_id'], unique=False)

    op.create_table('notification_preferences',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notification_preferences_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'kind', name=op.f('pk_notification_preferences'))
    )
    op.create_table('sla_alerts',
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('milestone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('due_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('raised_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_sla_alerts_complaint_id_complaints')),
    sa.PrimaryKeyConstraint('complaint_id', 'milestone', 'due_at', name=op.f('pk_sla_alerts'))
    )


def downgrade() -> None:
    op.drop_table('sla_alerts')
    op.drop_table('notification_preferences')
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_events_subject_id'))
        batch_op.drop_index('ix_outbox_events_pending')

    op.drop_table('outbox_events')
    with op.batch_alter_table('email_notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_email_notifications_due')

    op.drop_table('email_notifications')
