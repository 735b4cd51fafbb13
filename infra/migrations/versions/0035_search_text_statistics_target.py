"""search text: a larger statistics sample, so the rare-term search plan does not flip

PostgreSQL estimates `search_text LIKE '%term%'` from the column's most common values and
histogram. With the default target (100; 10 reproduces it more often) a rare term that
happens to sit in one histogram bound is estimated at 1 % or more of the cases, and the
planner then walks `ix_complaints_created` backwards filtering every row (125 ms) instead of
the pg_trgm index (3 ms). A target of 1,000 samples 300,000 rows (every case up to that), so
the estimate follows the data; the per-column target also wins over any
`default_statistics_target`. SQLite has no such statistics: nothing to do there.

Revision ID: 0035
Revises: 0032
Create Date: 2026-11-29 20:55:00

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0035"
down_revision: str | Sequence[str] | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Asserted by tests/integration/test_search_plan.py and
# `make bench` (bench/run.py).
SEARCH_TEXT_STATISTICS = 1000


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"ALTER TABLE complaints ALTER COLUMN search_text SET STATISTICS {SEARCH_TEXT_STATISTICS}"
    )
    op.execute("ANALYZE complaints (search_text)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE complaints ALTER COLUMN search_text SET STATISTICS -1")
