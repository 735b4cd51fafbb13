"""smart intake: sub-districts, suggestion models, keyword rules

Bangkok's sub-districts (seeded from the gazetteer package by `fasttrack seed`), the
sub-district and the recorded suggestion outcome on each case, the versioned suggestion
models (category model, road index) rebuilt by `fasttrack maintenance`, and the keyword rules
admins edit for the cold start.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 08:26:16.769641

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401

revision: str = '0013'
down_revision: str | Sequence[str] | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('intake_models',
    sa.Column('version', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('training_cases', sa.Integer(), nullable=False),
    sa.Column('cutoff', infra.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('metrics', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("kind IN ('category', 'roads')", name=op.f('ck_intake_models_kind')),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_intake_models'))
    )
    with op.batch_alter_table('intake_models', schema=None) as batch_op:
        batch_op.create_index('ix_intake_models_kind_version', ['kind', 'version'], unique=False)

    op.create_table('subdistricts',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
    sa.Column('district_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('name_th', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('postal_codes', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['district_code'], ['districts.code'], name=op.f('fk_subdistricts_district_code_districts')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_subdistricts'))
    )
    with op.batch_alter_table('subdistricts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subdistricts_district_code'), ['district_code'], unique=False)

    op.create_table('intake_keyword_rules',
    sa.Column('category_id', sa.Uuid(), nullable=False),
    sa.Column('keywords', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('updated_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_intake_keyword_rules_category_id_categories')),
    sa.PrimaryKeyConstraint('category_id', name=op.f('pk_intake_keyword_rules'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subdistrict_code', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=True))
        batch_op.add_column(sa.Column('intake_suggestion', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=True))
        batch_op.create_index('ix_complaints_subdistrict_created', ['subdistrict_code', 'created_at', 'id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_complaints_subdistrict_code_subdistricts'), 'subdistricts', ['subdistrict_code'], ['code'])



def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_complaints_subdistrict_code_subdistricts'), type_='foreignkey')
        batch_op.drop_index('ix_complaints_subdistrict_created')
        batch_op.drop_column('intake_suggestion')
        batch_op.drop_column('subdistrict_code')

    op.drop_table('intake_keyword_rules')
    with op.batch_alter_table('subdistricts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subdistricts_district_code'))

    op.drop_table('subdistricts')
    with op.batch_alter_table('intake_models', schema=None) as batch_op:
        batch_op.drop_index('ix_intake_models_kind_version')

    op.drop_table('intake_models')
