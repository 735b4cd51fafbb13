"""Seeding categories and routing rules: idempotent, and a deleted rule stays deleted."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel
from domain.complaint.service import NewComplaint, Transition
from domain.shared.principal import Role
from infra.auth.passwords import password_helper
from infra.bootstrap import DEMO_USERS, seed_demo_users
from infra.db.engine import Database
from infra.db.tables import CategoryRow, RoutingRuleRow, UserRow
from infra.db.uow import SqlUnitOfWork
from infra.seed import reference_categories, reference_routing_rules, seed_reference_data
from tests.support.complaints import principal, service
from tests.support.directory import category_id_of
from tests.support.identity import Staff


async def _count(database: Database, model: type, *where: object) -> int:
    async with database.sessions() as s:
        stmt = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
        return int((await s.execute(stmt)).scalar_one())


async def test_seeded_tree_and_rules_match_the_reference_files(database: Database) -> None:
    assert await _count(database, CategoryRow) == len(reference_categories())
    assert await _count(database, RoutingRuleRow) == len(reference_routing_rules())
    blocked = await category_id_of(database.sessions, "drainage_and_flooding.blocked_drain")
    parent = await category_id_of(database.sessions, "drainage_and_flooding")
    async with SqlUnitOfWork(database.sessions) as uow:
        category = await uow.categories.get(blocked)
    assert category is not None and category.parent_id == parent


async def test_seeding_again_adds_nothing_and_keeps_deleted_rules_deleted(
    database: Database,
) -> None:
    drainage = await category_id_of(database.sessions, "drainage_and_flooding")
    async with SqlUnitOfWork(database.sessions) as uow:
        (rule,) = [r for r in await uow.routing_rules.all() if r.category_id == drainage]
        await uow.routing_rules.delete(rule.id, at=datetime.now(UTC))
        await uow.commit()

    report = await seed_reference_data(database.sessions)

    assert (report.districts, report.agencies, report.mou_areas) == (0, 0, 0)
    assert (report.categories, report.routing_rules) == (0, 0)
    async with SqlUnitOfWork(database.sessions) as uow:
        assert [r for r in await uow.routing_rules.all() if r.category_id == drainage] == []
        assert await uow.routing_rules.get(rule.id) is None
    # The row itself stays, for the cases that name it.
    assert await _count(database, RoutingRuleRow, RoutingRuleRow.id == rule.id) == 1


async def test_demo_coordinator_users_are_their_agencies_primary_coordinators(
    database: Database, staff: dict[str, Staff]
) -> None:
    """With FASTTRACK_DEMO=1 each demo coordinator user is its agency's primary coordinator
    record, so triage proposes them out of the box; seeding again changes nothing."""
    helper = password_helper("fast")
    await seed_demo_users(database.sessions, helper)
    coordinators = [
        (email, code) for email, role, code, _ in DEMO_USERS if role is Role.coordinator
    ]
    assert len(coordinators) == 3
    records = {}
    for email, code in coordinators:
        async with database.sessions() as s:
            user = (await s.execute(select(UserRow).where(UserRow.email == email))).scalar_one()  # type: ignore[arg-type]
        assert user.agency_id is not None
        async with SqlUnitOfWork(database.sessions) as uow:
            mine = [
                c
                for c in await uow.coordinators.list_for_agency(user.agency_id)
                if c.user_id == user.id
            ]
        assert len(mine) == 1, code
        assert mine[0].is_primary and mine[0].is_available, code
        assert mine[0].contacts.email == email
        records[code] = mine[0]
    assert await seed_demo_users(database.sessions, helper) == 0
    async with SqlUnitOfWork(database.sessions) as uow:
        assert len(await uow.coordinators.list_for_agency(records["1026"].agency_id)) == 1

    # Triage of a Din Daeng case proposes the demo coordinator.
    svc = service(database)
    omb = principal(staff["omb"])
    view = await svc.create(
        omb,
        NewComplaint(
            title="ไฟถนนดับ", description="ไฟถนนดับทั้งซอย", channel=Channel.line, district_code="1026"
        ),
    )
    triaged = await svc.transition(
        omb, view.complaint.id, Transition(ComplaintAction.TRIAGE), view.complaint.version
    )
    assert triaged.complaint.proposed_coordinator_id == records["1026"].id
