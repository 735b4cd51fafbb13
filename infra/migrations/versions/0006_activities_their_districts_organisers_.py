"""activities, their districts, organisers and participants; MOU area targets

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 16:56:21.084899

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('activities',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('type', sa.Enum('mobile_unit', 'community_training', 'youth_training', 'traffic_campaign', 'meeting', name=op.f('ck_activities_type'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('mou_area_id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('venue', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('starts_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', 'postponed', name=op.f('ck_activities_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('status_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('postponed_from', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('target_groups', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('legal_consultations', sa.Integer(), nullable=True),
    sa.Column('participants_by_role', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=True),
    sa.Column('participants_by_district', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=True),
    sa.Column('outcome_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('outcome_recorded_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mou_area_id'], ['mou_areas.id'], name=op.f('fk_activities_mou_area_id_mou_areas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index('ix_activities_mou_area_starts_at', ['mou_area_id', 'starts_at', 'id'], unique=False)
        batch_op.create_index('ix_activities_starts_at_id', ['starts_at', 'id'], unique=False)

    op.create_table('activity_districts',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_districts_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['district_code'], ['districts.code'], name=op.f('fk_activity_districts_district_code_districts')),
    sa.PrimaryKeyConstraint('activity_id', 'district_code', name=op.f('pk_activity_districts'))
    )
    with op.batch_alter_table('activity_districts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_districts_district_code'), ['district_code'], unique=False)

    op.create_table('activity_organisers',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('agency_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_organisers_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_activity_organisers_agency_id_agencies')),
    sa.PrimaryKeyConstraint('activity_id', 'agency_id', name=op.f('pk_activity_organisers'))
    )
    with op.batch_alter_table('activity_organisers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_organisers_agency_id'), ['agency_id'], unique=False)

    op.create_table('activity_participants',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sa.Enum('community_chair', 'public_health_volunteer', 'civil_defence_volunteer', 'community_organisation_leader', 'women_leader', 'religious_leader', 'elderly_club', 'youth', name=op.f('ck_activity_participants_role'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('consent_version', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('consent_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_participants_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['district_code'], ['districts.code'], name=op.f('fk_activity_participants_district_code_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_participants'))
    )
    with op.batch_alter_table('activity_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_participants_activity_id'), ['activity_id'], unique=False)

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaints_activity_id'), ['activity_id'], unique=False)

    with op.batch_alter_table('mou_areas', schema=None) as batch_op:
        batch_op.add_column(sa.Column('targets', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('mou_areas', schema=None) as batch_op:
        batch_op.drop_column('targets')

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaints_activity_id'))

    with op.batch_alter_table('activity_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_participants_activity_id'))

    op.drop_table('activity_participants')
    with op.batch_alter_table('activity_organisers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_organisers_agency_id'))

    op.drop_table('activity_organisers')
    with op.batch_alter_table('activity_districts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_districts_district_code'))

    op.drop_table('activity_districts')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index('ix_activities_starts_at_id')
        batch_op.drop_index('ix_activities_mou_area_starts_at')

    op.drop_table('activities')
