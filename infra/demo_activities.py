"""Demo activities (FASTTRACK_DEMO=1): the first weeks after the MOU was signed on 10 August 2022.

Idempotent: every activity has a fixed id and is only inserted when missing. The activities
go through the domain's own rules (plan, hold, record the outcome)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.activity.model import (
    Activity,
    ActivityAction,
    ActivityType,
    Outcome,
    ParticipantRole,
    TargetGroup,
)
from domain.sla.calendar import BANGKOK
from infra.db.tables import AgencyRow, table_of
from infra.db.uow import SqlUnitOfWork
from infra.seed import OMB_CODE, THAIHEALTH_CODE, reference_districts

MOU_SIGNED = datetime(2022, 8, 10, 10, 0, tzinfo=BANGKOK)
_NAMESPACE = uuid.UUID("6f1d3c2e-0a5b-4e8e-9a51-6d2b0c7e1a10")


def demo_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, key)


def _at(day: int, month: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2022, month, day, hour, minute, tzinfo=BANGKOK)


@dataclass(frozen=True)
class DemoActivity:
    key: str
    type: ActivityType
    title: str
    districts: tuple[str, ...]
    venue: str
    starts_at: datetime
    ends_at: datetime
    organisers: tuple[str, ...]
    held: bool
    outcome: Outcome | None = None
    target_groups: tuple[TargetGroup, ...] = ()
    description: str | None = None


def _mobile_unit(
    key: str, code: str, name: str, venue: str, start: datetime, held: bool, consultations: int = 0
) -> DemoActivity:
    return DemoActivity(
        key=key,
        type=ActivityType.mobile_unit,
        title=f"หน่วยเคลื่อนที่ สผผ. - กทม. เขต{name}",
        districts=(code,),
        venue=venue,
        starts_at=start,
        ends_at=start + timedelta(hours=6),
        organisers=(OMB_CODE, code),
        held=held,
        outcome=Outcome(legal_consultations=consultations) if held else None,
        description="ให้คำปรึกษากฎหมายและรับเรื่องร้องเรียนนอกสถานที่ โดยไม่มีค่าใช้จ่าย",
    )


def demo_activities() -> list[DemoActivity]:
    every_district = {r["code"]: 2 for r in reference_districts()}
    return [
        # Pilots of the mobile unit, held in the first weeks after the signing.
        _mobile_unit(
            "mobile-unit-1034", "1034", "สวนหลวง", "สำนักงานเขตสวนหลวง", _at(13, 8, 9), True, 38
        ),
        _mobile_unit(
            "mobile-unit-1048",
            "1048",
            "ทวีวัฒนา",
            "สำนักงานเขตทวีวัฒนา",
            _at(14, 8, 9),
            True,
            24,
        ),
        _mobile_unit(
            "mobile-unit-1032", "1032", "ประเวศ", "สำนักงานเขตประเวศ", _at(18, 8, 9), True, 31
        ),
        _mobile_unit(
            "mobile-unit-1026", "1026", "ดินแดง", "สำนักงานเขตดินแดง", _at(20, 8, 9), True, 42
        ),
        # Planned next.
        _mobile_unit(
            "mobile-unit-1022",
            "1022",
            "ภาษีเจริญ",
            "สำนักงานเขตภาษีเจริญ",
            _at(21, 8, 9),  # Sunday 21 August 2022
            False,
        ),
        _mobile_unit(
            "mobile-unit-1009",
            "1009",
            "พระโขนง",
            "สำนักงานเขตพระโขนง",
            _at(24, 9, 9),  # Saturday 24 September 2022
            False,
        ),
        DemoActivity(
            key="community-network-1034",
            type=ActivityType.community_training,
            title="นำร่องเครือข่ายชุมชน เขตสวนหลวง",
            districts=("1034",),
            venue="ห้องประชุมสำนักงานเขตสวนหลวง",
            starts_at=_at(17, 9, 9),  # Saturday 17 September 2022
            ends_at=_at(17, 9, 16),
            organisers=(OMB_CODE, "1034"),
            held=False,
            description="อบรมประธานชุมชน อสม. อปพร. ผู้นำสตรี ผู้นำศาสนา และชมรมผู้สูงอายุ",
        ),
        DemoActivity(
            key="youth-network-2022",
            type=ActivityType.youth_training,
            title="อบรมเครือข่ายเยาวชน 50 เขต รุ่นที่ 1",
            districts=("1001",),
            venue="ศาลาว่าการกรุงเทพมหานคร (เสาชิงช้า)",
            starts_at=_at(19, 8, 8, 30),
            ends_at=_at(19, 8, 16, 30),
            organisers=(OMB_CODE, "OPS"),
            held=True,
            outcome=Outcome(
                participants_by_role={ParticipantRole.youth: 100},
                participants_by_district=every_district,
                notes="เยาวชน 100 คน เขตละ 2 คน จากทั้ง 50 เขต",
            ),
        ),
        DemoActivity(
            key="zebra-crossing-1026",
            type=ActivityType.traffic_campaign,
            title="รณรงค์หยุดรถให้คนข้ามทางม้าลาย ถนนดินแดง",
            districts=("1026",),
            venue="ทางม้าลายหน้าโรงเรียน ถนนดินแดง",
            starts_at=_at(17, 8, 7),
            ends_at=_at(17, 8, 9),
            organisers=(OMB_CODE, THAIHEALTH_CODE, "1026"),
            held=True,
            target_groups=(TargetGroup.drivers, TargetGroup.shops, TargetGroup.pedestrians),
            outcome=Outcome(notes="แจกแผ่นพับให้ผู้ขับขี่และร้านค้า สาธิตการข้ามทางม้าลาย"),
        ),
    ]


async def _agency_ids(sessions: async_sessionmaker[AsyncSession]) -> dict[str, uuid.UUID]:
    a = table_of(AgencyRow).c
    async with sessions() as s:
        return {r.code: r.id for r in await s.execute(select(a.code, a.id))}


async def seed_demo_activities(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Insert the demo activities that are missing; returns how many were added."""
    agencies = await _agency_ids(sessions)
    added = 0
    for demo in demo_activities():
        activity_id = demo_id(demo.key)
        async with SqlUnitOfWork(sessions) as uow:
            if await uow.activities.get(activity_id) is not None:
                continue
            activity = Activity.plan(
                id=activity_id,
                type=demo.type,
                title=demo.title,
                description=demo.description,
                district_codes=demo.districts,
                venue=demo.venue,
                starts_at=demo.starts_at,
                ends_at=demo.ends_at,
                now=MOU_SIGNED,
                organiser_agency_ids=[agencies[c] for c in demo.organisers if c in agencies],
                target_groups=demo.target_groups,
            )
            if demo.held:
                activity = activity.apply(ActivityAction.hold, demo.ends_at)
                if demo.outcome is not None:
                    activity = activity.record_outcome(demo.outcome, demo.ends_at)
            await uow.activities.add(activity)
            await uow.commit()
            added += 1
    return added
