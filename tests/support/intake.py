"""Smart-intake fixtures: the labelled corpus, cases written straight into the database, and
the intake service wired like the app does."""

from __future__ import annotations

import csv
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Channel
from domain.intake.place import PlaceMatcher
from domain.intake.service import IntakeCache, IntakeConfig, IntakeService
from domain.shared.clock import SystemClock
from domain.sla.model import Urgency
from infra.db.engine import Database
from infra.db.tables import CategoryRow, ComplaintRow
from infra.db.uow import SqlUnitOfWork
from infra.intake.gazetteer import default_gazetteer
from infra.intake.trainer import SklearnCategoryTrainer
from tests.support.complaints import locator

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_MATCHER: PlaceMatcher | None = None


def matcher() -> PlaceMatcher:
    global _MATCHER
    if _MATCHER is None:
        g = default_gazetteer()
        _MATCHER = PlaceMatcher(g.districts(), g.subdistricts())
    return _MATCHER


def corpus() -> list[dict[str, object]]:
    lines = (FIXTURES / "intake_corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def district_points() -> dict[str, tuple[float, float]]:
    """A point inside each district (the reference file's representative points)."""
    with (FIXTURES / "bangkok_districts.csv").open(encoding="utf-8") as f:
        return {r["code"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


async def category_ids(database: Database) -> dict[str, uuid.UUID]:
    async with database.sessions() as s:
        rows = (await s.execute(select(col(CategoryRow.service_code), col(CategoryRow.id)))).all()
    return {code: cid for code, cid in rows}


@dataclass(frozen=True)
class CaseSeed:
    text: str
    category: str | None = None
    district_code: str | None = None
    subdistrict_code: str | None = None
    located: bool = False
    id: uuid.UUID | None = None
    confidential: bool = False
    status: ComplaintStatus = ComplaintStatus.RECEIVED
    complainant_name: str | None = None
    complainant_phone: str | None = None


async def insert_cases(database: Database, seeds: list[CaseSeed]) -> list[uuid.UUID]:
    """Cases as the platform would hold them after intake (categorised, placed), written in
    one go: the corpus is hundreds of cases and the intake path is not what is measured."""
    cats = await category_ids(database)
    points = district_points()
    start = datetime.now(UTC) - timedelta(days=30)
    ids: list[uuid.UUID] = []
    async with database.sessions() as s:
        for n, seed in enumerate(seeds):
            case_id = seed.id or uuid.uuid4()
            ids.append(case_id)
            lat, lon = (
                points[seed.district_code] if seed.located and seed.district_code else (None, None)
            )
            at = start + timedelta(minutes=n)
            s.add(
                ComplaintRow(
                    id=case_id,
                    case_number=f"FT-2400-{uuid.uuid4().hex[:8]}",
                    tracking_code=uuid.uuid4().hex[:12].upper(),
                    channel=Channel.hotline_1676,
                    title=seed.text[:300],
                    description=seed.text[300:],
                    category_id=cats[seed.category] if seed.category else None,
                    district_code=seed.district_code,
                    subdistrict_code=seed.subdistrict_code,
                    lat=lat,
                    lon=lon,
                    confidential=seed.confidential,
                    complainant_name=seed.complainant_name,
                    complainant_phone=seed.complainant_phone,
                    urgency=Urgency.NORMAL,
                    mou_area_id=1,
                    status=seed.status,
                    submitted_by_kind="user",
                    created_at=at,
                    updated_at=at,
                )
            )
        await s.commit()
    return ids


def corpus_seeds() -> list[CaseSeed]:
    return [
        CaseSeed(
            text=str(r["text"]),
            category=str(r["category"]),
            district_code=str(r["district_code"]),
            subdistrict_code=str(r["subdistrict_code"]) if r["subdistrict_code"] else None,
            located=bool(r["located"]),
            id=uuid.UUID(str(r["id"])),
        )
        for r in corpus()
    ]


def intake_service(
    database: Database, config: IntakeConfig | None = None, cache: IntakeCache | None = None
) -> IntakeService:
    return IntakeService(
        lambda: SqlUnitOfWork(database.sessions),
        SystemClock(),
        matcher(),
        locator,
        cache or IntakeCache(),
        SklearnCategoryTrainer(),
        config,
    )
