"""complaint cases, timeline, case numbers, idempotency keys

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-28 16:45:37.070734

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy.dialects import postgresql

import infra.db.types  # noqa: F401
from sqlalchemy.dialects import postgresql

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('case_number_counters',
    sa.Column('year_be', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year_be', name=op.f('pk_case_number_counters'))
    )
    op.create_table('idempotency_keys',
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('request_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('resource_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'key', name=op.f('pk_idempotency_keys'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_expires_at'), ['expires_at'], unique=False)

    op.create_table('complaints',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('tracking_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('channel', sa.Enum('line', 'hotline_1676', 'phone', 'fax', 'email', 'mobile_unit', 'web', 'walk_in', 'partner_api', name=op.f('ck_complaints_channel'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('channel_ref', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=True),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('complainant_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('complainant_phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('complainant_email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('complainant_line_user_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('no_contact', sa.Boolean(), nullable=False),
    sa.Column('fast_track', sa.Boolean(), nullable=False),
    sa.Column('urgency', sa.Enum('low', 'normal', 'high', 'critical', name=op.f('ck_complaints_urgency'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('mou_area_id', sa.Integer(), nullable=False),
    sa.Column('consent_version', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('consent_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.Enum('received', 'triaged', 'assigned', 'in_progress', 'awaiting_complainant', 'resolved', 'closed', 'rejected', 'withdrawn', 'merged', name=op.f('ck_complaints_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('lead_agency_id', sa.Uuid(), nullable=True),
    sa.Column('coordinator_id', sa.Uuid(), nullable=True),
    sa.Column('assignee_id', sa.Uuid(), nullable=True),
    sa.Column('proposed_agency_id', sa.Uuid(), nullable=True),
    sa.Column('proposed_coordinator_id', sa.Uuid(), nullable=True),
    sa.Column('transfer_count', sa.Integer(), nullable=False),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('resolved_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('sla_paused_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.Uuid(), nullable=True),
    sa.Column('rejection_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('referred_to', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('withdrawal_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('needs_triage', sa.Boolean(), nullable=False),
    sa.Column('flagged_for_omb', sa.Boolean(), nullable=False),
    sa.Column('first_response_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('submitted_by_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('submitted_by_id', sa.Uuid(), nullable=True),
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_complaints_assignee_id_users')),
    sa.ForeignKeyConstraint(['district_code'], ['districts.code'], name=op.f('fk_complaints_district_code_districts')),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_complaints_lead_agency_id_agencies')),
    sa.ForeignKeyConstraint(['merged_into'], ['complaints.id'], name=op.f('fk_complaints_merged_into_complaints')),
    sa.ForeignKeyConstraint(['mou_area_id'], ['mou_areas.id'], name=op.f('fk_complaints_mou_area_id_mou_areas')),
    sa.ForeignKeyConstraint(['proposed_agency_id'], ['agencies.id'], name=op.f('fk_complaints_proposed_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints')),
    sa.UniqueConstraint('case_number', name=op.f('uq_complaints_case_number')),
    sa.UniqueConstraint('tracking_code', name=op.f('uq_complaints_tracking_code'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaints_category_id'), ['category_id'], unique=False)
        batch_op.create_index('ix_complaints_created', ['created_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_lead_agency_created', ['lead_agency_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_complaints_resolved_at', ['status', 'resolved_at'], unique=False)
        batch_op.create_index('ix_complaints_status_created', ['status', 'created_at', 'id'], unique=False)

    op.create_table('complaint_co_handlers',
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('agency_id', sa.Uuid(), nullable=False),
    sa.Column('added_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_complaint_co_handlers_agency_id_agencies')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_co_handlers_complaint_id_complaints')),
    sa.PrimaryKeyConstraint('complaint_id', 'agency_id', name=op.f('pk_complaint_co_handlers'))
    )
    with op.batch_alter_table('complaint_co_handlers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_co_handlers_agency_id'), ['agency_id'], unique=False)

    op.create_table('complaint_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.Enum('created', 'state_changed', 'assigned', 'transferred', 'co_handler_added', 'updated', 'note', 'coordination_message', 'field_visit', 'response', 'flagged', name=op.f('ck_complaint_events_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('visibility', sa.Enum('internal', 'public', name=op.f('ck_complaint_events_visibility'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('actor_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('request_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_events_complaint_id_complaints')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_events'))
    )
    with op.batch_alter_table('complaint_events', schema=None) as batch_op:
        batch_op.create_index('ix_complaint_events_complaint_at', ['complaint_id', 'at', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('complaint_events', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_events_complaint_at')

    op.drop_table('complaint_events')
    with op.batch_alter_table('complaint_co_handlers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_co_handlers_agency_id'))

    op.drop_table('complaint_co_handlers')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_status_created')
        batch_op.drop_index('ix_complaints_resolved_at')
        batch_op.drop_index('ix_complaints_lead_agency_created')
        batch_op.drop_index('ix_complaints_created')
        batch_op.drop_index(batch_op.f('ix_complaints_category_id'))

    op.drop_table('complaints')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_expires_at'))

    op.drop_table('idempotency_keys')
    op.drop_table('case_number_counters')
