"""directory: agency contacts, coordinators, categories, routing rules

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 16:45:33.077020

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op

import infra.db.types  # noqa: F401


revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('categories',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('service_code', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('name_th', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('sla_class', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('mou_area_id', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mou_area_id'], ['mou_areas.id'], name=op.f('fk_categories_mou_area_id_mou_areas')),
    sa.ForeignKeyConstraint(['parent_id'], ['categories.id'], name=op.f('fk_categories_parent_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('service_code', name=op.f('uq_categories_service_code'))
    )
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_categories_parent_id'), ['parent_id'], unique=False)

    op.create_table('routing_rules',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=True),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('target_kind', sa.Enum('agency', 'district_office', name=op.f('ck_routing_rules_target_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('target_agency_id', sa.Uuid(), nullable=True),
    sa.Column('scope_key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("(target_kind = 'agency') = (target_agency_id IS NOT NULL)", name=op.f('ck_routing_rules_target_agency')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_routing_rules_category_id_categories')),
    sa.ForeignKeyConstraint(['district_code'], ['districts.code'], name=op.f('fk_routing_rules_district_code_districts')),
    sa.ForeignKeyConstraint(['target_agency_id'], ['agencies.id'], name=op.f('fk_routing_rules_target_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_rules'))
    )
    with op.batch_alter_table('routing_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_rules_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_rules_target_agency_id'), ['target_agency_id'], unique=False)
        batch_op.create_index('uq_routing_rules_scope', ['scope_key'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('coordinators',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('agency_id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('level', sa.Enum('district', 'bureau', 'other', name=op.f('ck_coordinators_level'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title_th', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('fax', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('line_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('line_user_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('status', sa.Enum('active', 'on_leave', name=op.f('ck_coordinators_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('backup_rank', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('backup_rank IS NULL OR backup_rank >= 1', name=op.f('ck_coordinators_backup_rank_positive')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_coordinators_agency_id_agencies')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_coordinators_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordinators')),
    sa.UniqueConstraint('user_id', name=op.f('uq_coordinators_user_id'))
    )
    with op.batch_alter_table('coordinators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coordinators_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index('uq_coordinators_primary', ['agency_id'], unique=True, sqlite_where=sa.text('is_primary = 1'), postgresql_where=sa.text('is_primary'))

    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch_op.add_column(sa.Column('fax', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch_op.add_column(sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True))
        batch_op.add_column(sa.Column('line_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        # Existing agencies start at version 1 (optimistic concurrency of admin edits).
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))



def downgrade() -> None:
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('line_id')
        batch_op.drop_column('email')
        batch_op.drop_column('fax')
        batch_op.drop_column('phone')

    with op.batch_alter_table('coordinators', schema=None) as batch_op:
        batch_op.drop_index('uq_coordinators_primary', sqlite_where=sa.text('is_primary = 1'), postgresql_where=sa.text('is_primary'))
        batch_op.drop_index(batch_op.f('ix_coordinators_agency_id'))

    op.drop_table('coordinators')
    with op.batch_alter_table('routing_rules', schema=None) as batch_op:
        batch_op.drop_index('uq_routing_rules_scope', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_routing_rules_target_agency_id'))
        batch_op.drop_index(batch_op.f('ix_routing_rules_category_id'))

    op.drop_table('routing_rules')
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_categories_parent_id'))

    op.drop_table('categories')
