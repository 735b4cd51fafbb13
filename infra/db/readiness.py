"""Readiness: the database answers, its schema is at the latest migration, and (PostgreSQL)
pg_trgm can index Thai."""

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
    if database.engine.dialect.name == "postgresql":
        await check_thai_trigrams(database)


async def check_thai_trigrams(database: Database) -> None:
    """pg_trgm keeps only alphanumerics by the database's LC_CTYPE; under `C` Thai letters
    are none, so `show_trgm('ไทย')` is empty and Thai search silently finds nothing."""
    try:
        async with database.engine.connect() as conn:
            found = (await conn.execute(text("SELECT cardinality(show_trgm('ไทย'))"))).scalar()
    except Exception as exc:
        raise Unavailable(
            "The database is not reachable.",
            code="readiness.database_unreachable",
            detail_th="ไม่สามารถเชื่อมต่อฐานข้อมูลได้",
        ) from exc
    if not found:
        raise Unavailable(
            "pg_trgm extracts no trigrams from Thai (the database's LC_CTYPE is C), so Thai "
            "search cannot work; recreate the database with a UTF-8 LC_CTYPE such as C.UTF-8.",
            code="readiness.thai_trigrams_missing",
            detail_th="pg_trgm แยกไตรแกรมภาษาไทยไม่ได้ (LC_CTYPE ของฐานข้อมูลเป็น C) "
            "โปรดสร้างฐานข้อมูลใหม่ด้วย LC_CTYPE แบบ UTF-8",
        )
