"""Idempotent seeding of reference data: districts, bureaus, OMB, ThaiHealth, MOU areas, targets."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from infra.db.tables import AgencyKind, AgencyRow, DistrictRow, MouAreaRow

OMB_CODE = "OMB"
THAIHEALTH_CODE = "THAIHEALTH"

# The MOU's own targets, as [kind, value] pairs; admins edit them later (PATCH /mou-areas/{id}).
MOU_TARGETS: dict[int, list[list[Any]]] = {
    1: [],
    2: [["districts_held", 50]],
    3: [],
    4: [["participants", 100], ["participant_home_districts", 50]],
    5: [],
}

MOU_AREAS: list[dict[str, Any]] = [
    {
        "id": 1,
        "name_th": "การแก้ไขปัญหาเรื่องร้องเรียนแบบเร่งด่วน (FAST TRACK OMB & BMA)",
        "name_en": "FAST TRACK OMB & BMA",
        "description_th": "รับและแก้ไขเรื่องร้องเรียนเร่งด่วนของประชาชนร่วมกันระหว่าง"
        "สำนักงานผู้ตรวจการแผ่นดินและกรุงเทพมหานคร ผ่าน LINE สายด่วน 1676 และช่องทางอื่น",
        "description_en": "Urgent complaints received through LINE, the 1676 hotline and other "
        "channels, routed to a district office or bureau and worked jointly until resolved.",
    },
    {
        "id": 2,
        "name_th": "การประชาสัมพันธ์เชิงรุกโดยหน่วยเคลื่อนที่",
        "name_en": "Public outreach by mobile units",
        "description_th": "หน่วยเคลื่อนที่ลงพื้นที่ทุกเขต ให้คำปรึกษากฎหมายและรับเรื่องร้องเรียน",
        "description_en": "Mobile units visit the districts, give free legal advice and take "
        "complaints on the spot.",
    },
    {
        "id": 3,
        "name_th": "เครือข่ายชุมชน",
        "name_en": "Community network",
        "description_th": "อบรมผู้นำชุมชน อสม. อปพร. ผู้นำสตรี ผู้นำศาสนา และชมรมผู้สูงอายุ",
        "description_en": "Training community leaders: community chairs, public-health and "
        "civil-defence volunteers, women and religious leaders, elderly clubs.",
    },
    {
        "id": 4,
        "name_th": "เครือข่ายเยาวชน",
        "name_en": "Youth network",
        "description_th": "อบรมเยาวชนจากทั้ง 50 เขต",
        "description_en": "Training young people from all 50 districts.",
    },
    {
        "id": 5,
        "name_th": "วินัยจราจรและทางม้าลาย",
        "name_en": "Traffic discipline and zebra crossings",
        "description_th": "รณรงค์วินัยจราจรและการใช้ทางม้าลายร่วมกับ สสส.",
        "description_en": "Campaigns with ThaiHealth for drivers, shops and pedestrians.",
    },
]


@dataclass(frozen=True)
class SeedReport:
    districts: int
    agencies: int
    mou_areas: int


def _csv(name: str) -> list[dict[str, str]]:
    text = resources.files("infra.reference_data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def reference_districts() -> list[dict[str, str]]:
    return _csv("bangkok_districts.csv")


def reference_bureaus() -> list[dict[str, str]]:
    return _csv("bma_bureaus.csv")


async def seed_reference_data(sessions: async_sessionmaker[AsyncSession]) -> SeedReport:
    """Insert what is missing; never overwrite what an admin may have edited."""
    now = datetime.now(UTC)
    async with sessions() as s:
        have_d = set((await s.execute(select(col(DistrictRow.code)))).scalars())
        new_d = [
            DistrictRow(
                code=r["code"],
                name_th=r["name_th"],
                name_en=r["name_en"],
                lat=float(r["lat"]),
                lon=float(r["lon"]),
            )
            for r in reference_districts()
            if r["code"] not in have_d
        ]
        s.add_all(new_d)
        await s.flush()

        have_a = set((await s.execute(select(col(AgencyRow.code)))).scalars())
        wanted: list[AgencyRow] = []
        for r in reference_districts():
            wanted.append(
                AgencyRow(
                    id=uuid.uuid4(),
                    code=r["code"],
                    kind=AgencyKind.district_office,
                    name_th=f"สำนักงานเขต{r['name_th']}",
                    name_en=f"{r['name_en']} District Office",
                    district_code=r["code"],
                    created_at=now,
                    updated_at=now,
                )
            )
        for r in reference_bureaus():
            wanted.append(
                AgencyRow(
                    id=uuid.uuid4(),
                    code=r["code"],
                    kind=AgencyKind.bureau,
                    name_th=r["name_th"],
                    name_en=r["name_en"],
                    created_at=now,
                    updated_at=now,
                )
            )
        wanted.append(
            AgencyRow(
                id=uuid.uuid4(),
                code=OMB_CODE,
                kind=AgencyKind.omb,
                name_th="สำนักงานผู้ตรวจการแผ่นดิน",
                name_en="Office of the Ombudsman",
                created_at=now,
                updated_at=now,
            )
        )
        wanted.append(
            AgencyRow(
                id=uuid.uuid4(),
                code=THAIHEALTH_CODE,
                kind=AgencyKind.external_partner,
                name_th="สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)",
                name_en="ThaiHealth Promotion Foundation",
                created_at=now,
                updated_at=now,
            )
        )
        new_a = [a for a in wanted if a.code not in have_a]
        s.add_all(new_a)

        have_m = set((await s.execute(select(col(MouAreaRow.id)))).scalars())
        new_m = [
            MouAreaRow(**m, targets=MOU_TARGETS.get(m["id"], []))
            for m in MOU_AREAS
            if m["id"] not in have_m
        ]
        s.add_all(new_m)
        # Areas seeded before targets existed get the MOU's; a set (even empty) list stays.
        for area_id, targets in MOU_TARGETS.items():
            await s.execute(
                update(MouAreaRow)
                .where(col(MouAreaRow.id) == area_id, col(MouAreaRow.targets).is_(None))
                .values(targets=targets)
            )
        await s.commit()
    return SeedReport(districts=len(new_d), agencies=len(new_a), mou_areas=len(new_m))
