"""Coordinators on LINE: staff users linked to LINE users, and their one-time link codes

`line_links` ties one staff user to one LINE user (unique both ways) and says where their
notifications go (`email`, `line` or `both`); `line_link_codes` holds each user's one live
linking code as a keyed hash, with its expiry.

Revision ID: 0031
Revises: 0030
Create Date: 2026-11-29 16:50:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel types)
from alembic import op

import infra.db.types  # noqa: F401

revision: str = '0031'
down_revision: str | Sequence[str] | None = '0030'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('line_links',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('line_user_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('linked_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('notify_via', sa.Enum('email', 'line', 'both', name=op.f('ck_line_links_notify_via'), native_enum=False, create_constraint=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_line_links_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_line_links')),
    sa.UniqueConstraint('line_user_id', name=op.f('uq_line_links_line_user_id'))
    )
    op.create_table('line_link_codes',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('code_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('expires_at', infra.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_line_link_codes_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_line_link_codes')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_line_link_codes_code_hash'))
    )
    with op.batch_alter_table('line_link_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_line_link_codes_expires_at'), ['expires_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('line_link_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_line_link_codes_expires_at'))

    op.drop_table('line_link_codes')
    op.drop_table('line_links')
