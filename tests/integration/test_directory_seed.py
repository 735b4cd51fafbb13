"""Seeding categories and routing rules: idempotent, and a deleted rule stays deleted."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from infra.db.engine import Database
from infra.db.tables import CategoryRow, RoutingRuleRow
from infra.db.uow import SqlUnitOfWork
from infra.seed import reference_categories, reference_routing_rules, seed_reference_data
from tests.support.directory import category_id_of


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
