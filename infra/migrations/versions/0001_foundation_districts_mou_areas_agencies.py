"""foundation: districts, mou areas, agencies

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 16:26:57.879266

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op

import infra.db.types  # noqa: F401


revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('districts',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('name_th', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_districts'))
    )
    op.create_table('mou_areas',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name_th', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description_th', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description_en', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mou_areas'))
    )
    op.create_table('agencies',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('kind', sa.Enum('district_office', 'bureau', 'omb', 'external_partner', 'other_government', name=op.f('ck_agencies_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('name_th', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['district_code'], ['districts.code'], name=op.f('fk_agencies_district_code_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('code', name=op.f('uq_agencies_code'))
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agencies_district_code'), ['district_code'], unique=False)
        batch_op.create_index('uq_agencies_district_office', ['district_code'], unique=True, sqlite_where=sa.text("kind = 'district_office'"), postgresql_where=sa.text("kind = 'district_office'"))

    


def downgrade() -> None:
    
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_index('uq_agencies_district_office', sqlite_where=sa.text("kind = 'district_office'"), postgresql_where=sa.text("kind = 'district_office'"))
        batch_op.drop_index(batch_op.f('ix_agencies_district_code'))

    op.drop_table('agencies')
    op.drop_table('mou_areas')
    op.drop_table('districts')
    
