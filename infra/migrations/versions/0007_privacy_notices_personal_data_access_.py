"""privacy notices, personal data access log, attachments

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-28 16:53:11.751731

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op
from sqlalchemy import Text  # noqa: F401  (JSONB renders astext_type=Text())
from sqlalchemy.dialects import postgresql  # noqa: F401

import infra.db.types  # noqa: F401
from sqlalchemy.dialects import postgresql

revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('privacy_notices',
    sa.Column('version', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('text_th', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text_en', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('published_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_privacy_notices'))
    )
    with op.batch_alter_table('privacy_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_privacy_notices_published_at'), ['published_at'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('visibility', sa.Enum('internal', 'public', name=op.f('ck_attachments_visibility'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('uploaded_by_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('uploaded_by_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('storage_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_attachments_complaint_id_complaints')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('personal_data_access_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('fields', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('request_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_personal_data_access_log_complaint_id_complaints')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_data_access_log'))
    )
    with op.batch_alter_table('personal_data_access_log', schema=None) as batch_op:
        batch_op.create_index('ix_pd_access_actor_at', ['actor_id', 'at'], unique=False)
        batch_op.create_index('ix_pd_access_at_id', ['at', 'id'], unique=False)
        batch_op.create_index('ix_pd_access_complaint_at', ['complaint_id', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('personal_data_access_log', schema=None) as batch_op:
        batch_op.drop_index('ix_pd_access_complaint_at')
        batch_op.drop_index('ix_pd_access_at_id')
        batch_op.drop_index('ix_pd_access_actor_at')

    op.drop_table('personal_data_access_log')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_complaint_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('privacy_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_privacy_notices_published_at'))

    op.drop_table('privacy_notices')
