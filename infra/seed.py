"""Idempotent seeding of reference data: districts, bureaus, the OMB, ThaiHealth, the MOU
areas and their targets, complaint categories, routing rules, SLA policies, the privacy notice."""

from __future__ import annotations

import csv
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from domain.directory.routing import TargetKind
from domain.sla.model import SlaPolicy, SlaTarget, Urgency, WorkingHours
from infra.db.repositories.directory import scope_key
from infra.db.repositories.sla import policy_values
from infra.db.tables import (
    AgencyKind,
    AgencyRow,
    CategoryRow,
    DistrictRow,
    MouAreaRow,
    PrivacyNoticeRow,
    RoutingRuleRow,
    SlaPolicyRow,
)
from infra.intake.seed import seed_intake

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


PRIVACY_NOTICE: dict[str, str] = {
    "version": "2026-01",
    "text_th": (
        "สำนักงานผู้ตรวจการแผ่นดินและกรุงเทพมหานครเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน "
        "(ชื่อ หมายเลขโทรศัพท์ อีเมล LINE และตำแหน่งที่ตั้ง) เพื่อรับและแก้ไขเรื่องร้องเรียน "
        "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เฉพาะเจ้าหน้าที่ที่จำเป็นเท่านั้น"
        "ที่เห็นข้อมูลของท่าน ท่านเลือกให้ปกปิดตัวตนต่อหน่วยงานหรือไม่ประสงค์ให้ติดต่อกลับได้ "
        "ข้อมูลส่วนบุคคลของผู้ร้องเรียนเก็บไว้ {retention_case_years} ปีนับแต่ปิดเรื่อง "
        "ไฟล์แนบ {retention_attachment_years} ปีนับแต่ปิดเรื่อง และบันทึกการเข้าถึงข้อมูล "
        "{retention_access_log_years} ปี เว้นแต่มีคำสั่งระงับการลบตามกฎหมาย "
        "ท่านมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูล หรือขอให้ระงับการใช้ข้อมูลได้"
    ),
    "text_en": (
        "The Office of the Ombudsman and the Bangkok Metropolitan Administration collect, use "
        "and disclose your personal data (name, phone, e-mail, LINE and location) to receive "
        "and resolve your complaint under the Personal Data Protection Act B.E. 2562 (2019). "
        "Only staff who need it see your data. You may ask to stay anonymous to the agencies "
        "or not to be contacted. A complainant's personal data is kept for "
        "{retention_case_years} years after the case is closed, attachments for "
        "{retention_attachment_years} years after closure and the record of access to "
        "personal data for {retention_access_log_years} years, unless a legal hold requires "
        "longer; you may ask to access, correct or erase it, or to restrict its use."
    ),
}


def _t(first_response_hours: float, resolution_hours: float) -> SlaTarget:
    return SlaTarget(timedelta(hours=first_response_hours), timedelta(hours=resolution_hours))


def default_sla_policies() -> list[SlaPolicy]:
    """Starting targets (business time; a working day is 08:30-16:30); admins tune them."""
    day = 8
    office = WorkingHours()  # 08:30-16:30, Monday to Friday, on the Thai calendar
    standard = {
        Urgency.LOW: _t(2 * day, 15 * day),
        Urgency.NORMAL: _t(day, 10 * day),
        Urgency.HIGH: _t(4, 5 * day),
        Urgency.CRITICAL: _t(2, 3 * day),
    }
    standard_fast = {
        Urgency.LOW: _t(day, 7 * day),
        Urgency.NORMAL: _t(4, 5 * day),
        Urgency.HIGH: _t(2, 3 * day),
        Urgency.CRITICAL: _t(1, 2 * day),
    }
    urgent = {
        Urgency.LOW: _t(8, 72),
        Urgency.NORMAL: _t(4, 48),
        Urgency.HIGH: _t(2, 24),
        Urgency.CRITICAL: _t(1, 12),
    }
    urgent_fast = {
        Urgency.LOW: _t(4, 48),
        Urgency.NORMAL: _t(2, 24),
        Urgency.HIGH: _t(1, 12),
        Urgency.CRITICAL: _t(0.5, 6),
    }
    extended = {
        Urgency.LOW: _t(5 * day, 45 * day),
        Urgency.NORMAL: _t(3 * day, 30 * day),
        Urgency.HIGH: _t(2 * day, 20 * day),
        Urgency.CRITICAL: _t(day, 10 * day),
    }
    extended_fast = {
        u: _t(t.first_response.total_seconds() / 7200, t.resolution.total_seconds() / 7200)
        for u, t in extended.items()
    }
    return [
        SlaPolicy("standard", office, standard, standard_fast),
        SlaPolicy("urgent_24x7", WorkingHours.around_the_clock(), urgent, urgent_fast),
        SlaPolicy("extended", office, extended, extended_fast),
    ]


@dataclass(frozen=True)
class SeedReport:
    districts: int
    agencies: int
    mou_areas: int
    categories: int = 0
    routing_rules: int = 0
    subdistricts: int = 0
    keyword_rules: int = 0


def _csv(name: str) -> list[dict[str, str]]:
    text = resources.files("infra.reference_data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def reference_districts() -> list[dict[str, str]]:
    return _csv("bangkok_districts.csv")


def reference_bureaus() -> list[dict[str, str]]:
    return _csv("bma_bureaus.csv")


def _json(name: str) -> list[dict[str, Any]]:
    text = resources.files("infra.reference_data").joinpath(name).read_text(encoding="utf-8")
    data: list[dict[str, Any]] = json.loads(text)
    return data


def reference_categories() -> list[dict[str, Any]]:
    """The category tree, parents before children."""
    return _json("categories.json")


def reference_routing_rules() -> list[dict[str, Any]]:
    return _json("routing_rules.json")


async def _seed_categories(s: AsyncSession, now: datetime) -> int:
    ids: dict[str, uuid.UUID] = {
        code: id_
        for code, id_ in (
            await s.execute(select(col(CategoryRow.service_code), col(CategoryRow.id)))
        ).all()
    }
    added = 0
    for c in reference_categories():
        if c["service_code"] in ids:
            continue
        row = CategoryRow(
            id=uuid.uuid4(),
            service_code=c["service_code"],
            parent_id=ids[c["parent"]] if c["parent"] else None,
            name_th=c["name_th"],
            name_en=c["name_en"],
            sla_class=c["sla_class"],
            mou_area_id=c["mou_area"],
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        ids[row.service_code] = row.id
        added += 1
    await s.flush()
    return added


async def _seed_routing_rules(s: AsyncSession, now: datetime) -> int:
    """Insert the rules whose scope never had a rule: one an admin deleted stays deleted."""
    categories: dict[str, uuid.UUID] = {
        code: id_
        for code, id_ in (
            await s.execute(select(col(CategoryRow.service_code), col(CategoryRow.id)))
        ).all()
    }
    agencies: dict[str, uuid.UUID] = {
        code: id_
        for code, id_ in (await s.execute(select(col(AgencyRow.code), col(AgencyRow.id)))).all()
    }
    # Deleted rules included, on purpose.
    seen = set((await s.execute(select(col(RoutingRuleRow.scope_key)))).scalars())
    added = 0
    for r in reference_routing_rules():
        category_id = categories.get(r["category"]) if r["category"] else None
        if r["category"] and category_id is None:
            continue
        key = scope_key(category_id, r["district"])
        if key in seen:
            continue
        target = r["target"]
        agency_id = agencies.get(target["agency_code"]) if isinstance(target, dict) else None
        if isinstance(target, dict) and agency_id is None:
            continue
        s.add(
            RoutingRuleRow(
                id=uuid.uuid4(),
                category_id=category_id,
                district_code=r["district"],
                target_kind=TargetKind.agency if agency_id else TargetKind.district_office,
                target_agency_id=agency_id,
                scope_key=key,
                created_at=now,
                updated_at=now,
            )
        )
        seen.add(key)
        added += 1
    await s.flush()
    return added


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

        have_n = set((await s.execute(select(col(PrivacyNoticeRow.version)))).scalars())
        if PRIVACY_NOTICE["version"] not in have_n:
            s.add(PrivacyNoticeRow(**PRIVACY_NOTICE, published_at=now))

        have_p = set((await s.execute(select(col(SlaPolicyRow.sla_class)))).scalars())
        for policy in default_sla_policies():
            if policy.sla_class not in have_p:
                s.add(SlaPolicyRow(sla_class=policy.sla_class, **policy_values(policy)))

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
        await s.flush()

        categories = await _seed_categories(s, now)
        rules = await _seed_routing_rules(s, now)
        subdistricts, keyword_rules = await seed_intake(s, now)
        await s.commit()
    return SeedReport(
        districts=len(new_d),
        agencies=len(new_a),
        mou_areas=len(new_m),
        categories=categories,
        routing_rules=rules,
        subdistricts=subdistricts,
        keyword_rules=keyword_rules,
    )
