"""Readiness: the database answers and its schema is at the latest migration."""

from __future__ import annotations

from sqlalchemy import text

from domain.errors import Unavailable
from infra.db.engine import Database
from infra.db.migrate import current_revisions, head_revisions


async def check_ready(database: Database) -> None:
    try:
        async with database.engine.connect() as conn:
            conn = await conn.execution_options(sqlite_begin="BEGIN")
            await conn.execute(text("SELECT 1"))
        current = await current_revisions(database.engine)
    except Exception as exc:  # any driver error means "not ready", never a 500
        raise Unavailable(
            "The database is not reachable.",
            code="readiness.database_unreachable",
            detail_th="ไม่สามารถเชื่อมต่อฐานข้อมูลได้",
        ) from exc
    if current != head_revisions():
        raise Unavailable(
            "The database schema is not at the latest migration; run `fasttrack migrate`.",
            code="readiness.migrations_pending",
            detail_th="โครงสร้างฐานข้อมูลยังไม่เป็นรุ่นล่าสุด โปรดรัน fasttrack migrate",
            extra={"current": sorted(current), "head": sorted(head_revisions())},
        )
