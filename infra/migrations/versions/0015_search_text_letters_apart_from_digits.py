"""search text: letters apart from digits, Thai digits as ASCII (recompute stored copies)

`normalize_for_search` now writes `ลาดพร้าว71` as `ลาดพร้าว 71` and `๗๑` as `71`, so the
stored `complaints.search_text` (and SQLite's FTS5 copy) is recomputed wherever it changes;
the pg_trgm index follows the column. The downgrade keeps the new spelling: the old
application still finds everything typed with a space.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 09:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from domain.search.normalize import normalize_for_search


revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    # Keyset pages by id: memory stays flat however many cases there are.
    page = sa.text(
        "SELECT id, title, description, search_text FROM complaints "
        "WHERE id > :last ORDER BY id LIMIT :n"
    )
    first = sa.text(
        "SELECT id, title, description, search_text FROM complaints ORDER BY id LIMIT :n"
    )
    last = None
    while True:
        if last is None:
            rows = bind.execute(first, {"n": BATCH}).all()
        else:
            rows = bind.execute(page, {"last": last, "n": BATCH}).all()
        if not rows:
            break
        last = rows[-1].id
        changed = []
        for row in rows:
            fresh = normalize_for_search(f"{row.title} {row.description}")
            if fresh != row.search_text:
                changed.append({"id": row.id, "t": fresh})
        if changed:
            bind.execute(sa.text("UPDATE complaints SET search_text = :t WHERE id = :id"), changed)
            if sqlite:
                bind.execute(
                    sa.text("UPDATE complaints_fts SET search_text = :t WHERE complaint_id = :id"),
                    changed,
                )


def downgrade() -> None:
    pass
