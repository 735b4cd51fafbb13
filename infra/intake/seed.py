"""Seeding of smart intake's reference data: sub-districts and the default keyword rules."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from infra.db.tables import CategoryRow, IntakeKeywordRuleRow, SubdistrictRow
from infra.intake.gazetteer import default_gazetteer


def default_keywords() -> dict[str, list[str]]:
    text = (
        resources.files("infra.reference_data")
        .joinpath("intake_keywords.json")
        .read_text(encoding="utf-8")
    )
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


async def seed_intake(s: AsyncSession, now: datetime) -> tuple[int, int]:
    """Insert missing sub-districts; the default keyword rules only into an empty table (so
    rules an admin deleted stay deleted). Returns (sub-districts, keyword rules) added."""
    have = set((await s.execute(select(col(SubdistrictRow.code)))).scalars())
    new = [
        SubdistrictRow(
            code=sd.code,
            district_code=sd.district_code,
            name_th=sd.name_th,
            name_en=sd.name_en,
            postal_codes=list(sd.postal_codes),
        )
        for sd in default_gazetteer().subdistricts()
        if sd.code not in have
    ]
    s.add_all(new)
    await s.flush()
    rules = 0
    if not (await s.execute(select(func.count()).select_from(IntakeKeywordRuleRow))).scalar_one():
        rows = (await s.execute(select(col(CategoryRow.service_code), col(CategoryRow.id)))).all()
        by_code: dict[str, uuid.UUID] = {code: cid for code, cid in rows}
        for code, keywords in default_keywords().items():
            if code in by_code:
                s.add(
                    IntakeKeywordRuleRow(
                        category_id=by_code[code], keywords=keywords, updated_at=now
                    )
                )
                rules += 1
        await s.flush()
    return len(new), rules
