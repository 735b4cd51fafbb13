"""legal holds (restriction of processing, PDPA s. 34) and the one way old entries leave the
personal-data access log: retention. The access log's DELETE trigger now lets through rows
recorded before a horizon the retention purge sets in its own transaction — on PostgreSQL
the transaction-local setting `fasttrack.retention_before`, on SQLite a `retention_permits`
row — and refuses every other DELETE as before (UPDATE and TRUNCATE stay refused).

Revision ID: 0030
Revises: 0027
Create Date: 2026-11-29 17:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from infra.db.types import UTCDateTime

revision: str = '0030'
down_revision: str | Sequence[str] | None = '0027'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOG = 'personal_data_access_log'

_PG_RETENTION = """
CREATE OR REPLACE FUNCTION fasttrack_retention_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    horizon text := current_setting('fasttrack.retention_before', true);
BEGIN
    IF horizon IS NULL OR horizon = '' OR OLD.at >= horizon::timestamptz THEN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
            USING HINT = 'Only the retention purge deletes entries, and only old ones.';
    END IF;
    RETURN OLD;
END
$$
"""

_SQLITE_REFUSE = (
    f"CREATE TRIGGER {LOG}_no_delete BEFORE DELETE ON {LOG} "
    f"BEGIN SELECT RAISE(ABORT, '{LOG} is append-only: DELETE refused'); END"
)
_SQLITE_RETENTION = (
    f"CREATE TRIGGER {LOG}_no_delete BEFORE DELETE ON {LOG} "
    f"WHEN NOT EXISTS (SELECT 1 FROM retention_permits p "
    f"WHERE p.log_table = '{LOG}' AND OLD.at < p.before) "
    f"BEGIN SELECT RAISE(ABORT, '{LOG} is append-only: DELETE refused'); END"
)


def upgrade() -> None:
    op.create_table(
        'legal_holds',
        sa.Column('complaint_id', sa.Uuid(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('placed_at', UTCDateTime(), nullable=False),
        sa.Column('placed_by', sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_legal_holds_complaint_id_complaints')),
        sa.PrimaryKeyConstraint('complaint_id', name=op.f('pk_legal_holds')),
    )
    op.create_table(
        'retention_permits',
        sa.Column('log_table', sa.String(length=64), nullable=False),
        sa.Column('before', UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('log_table', name=op.f('pk_retention_permits')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(_PG_RETENTION)
        op.execute(f"DROP TRIGGER {LOG}_append_only ON {LOG}")
        op.execute(
            f"CREATE TRIGGER {LOG}_append_only BEFORE UPDATE OR TRUNCATE ON {LOG} "
            "FOR EACH STATEMENT EXECUTE FUNCTION fasttrack_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {LOG}_retention BEFORE DELETE ON {LOG} "
            "FOR EACH ROW EXECUTE FUNCTION fasttrack_retention_delete()"
        )
    else:
        op.execute(f"DROP TRIGGER {LOG}_no_delete")
        op.execute(_SQLITE_RETENTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f"DROP TRIGGER {LOG}_retention ON {LOG}")
        op.execute(f"DROP TRIGGER {LOG}_append_only ON {LOG}")
        op.execute(
            f"CREATE TRIGGER {LOG}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {LOG} "
            "FOR EACH STATEMENT EXECUTE FUNCTION fasttrack_append_only()"
        )
        op.execute("DROP FUNCTION fasttrack_retention_delete()")
    else:
        op.execute(f"DROP TRIGGER {LOG}_no_delete")
        op.execute(_SQLITE_REFUSE)
    op.drop_table('retention_permits')
    op.drop_table('legal_holds')
