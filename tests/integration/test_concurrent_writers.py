"""Concurrent complaint writers: no shared lock, unique case numbers, a change feed that skips
nothing and repeats nothing (see SqlComplaintQueries.changes for the proof being tested).

No timing assertions: waits are generous (a loaded 2-core CI box), and the only timeout
guards a writer that would otherwise wait forever for another writer's open transaction.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Channel, Complainant, buddhist_year
from domain.complaint.queue import QueueService
from domain.complaint.service import ComplaintService, NewComplaint, Transition
from domain.complaint.view import ComplaintView
from domain.errors import ConcurrentUpdate, Conflict
from domain.privacy.masking import ContactDetails
from domain.shared.principal import Principal, Role
from infra.db import migrate
from infra.db.engine import Database
from infra.db.tables import CaseNumberCounterRow, ComplaintChangeRow, ComplaintRow, table_of
from infra.db.uow import SqlUnitOfWork
from infra.seed import seed_reference_data
from tests.support.complaints import locator, principal
from tests.support.databases import fresh_database
from tests.support.identity import make_staff

CH = table_of(ComplaintChangeRow).c
C = table_of(ComplaintRow).c
# Generous: only a writer blocked behind another's open transaction ever gets near it.
NO_WAIT = 120.0


class TickingClock:
    """Real time, but no two readings equal: each committed write is told apart by the
    `updated_at` it stores (and its change row's `changed_at`)."""

    def __init__(self) -> None:
        self._base = datetime.now(UTC)
        self._ticks = 0

    def now(self) -> datetime:
        self._ticks += 1
        return self._base + timedelta(microseconds=self._ticks)


class FailingCommit(SqlUnitOfWork):
    """A unit of work whose commit fails: everything it wrote rolls back."""

    async def commit(self) -> None:
        raise RuntimeError("forced rollback")


@dataclass
class World:
    db: Database
    svc: ComplaintService
    failing: ComplaintService
    queue: QueueService
    actor: Principal
    agency: uuid.UUID | None
    # (case, updated_at) -> version, for every committed write
    committed: dict[tuple[uuid.UUID, datetime], int] = field(default_factory=dict)

    def note(self, view: ComplaintView) -> None:
        case = view.complaint
        self.committed[(case.id, case.updated_at)] = case.version


@pytest.fixture
async def world(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[World]:
    async with fresh_database(request.param, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url, pool_size=24)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            district = await make_staff(db.sessions, "dd", Role.coordinator, "1026")
            clock = TickingClock()
            yield World(
                db=db,
                svc=ComplaintService(lambda: SqlUnitOfWork(db.sessions), clock, locator()),
                failing=ComplaintService(lambda: FailingCommit(db.sessions), clock, locator()),
                queue=QueueService(lambda: SqlUnitOfWork(db.sessions), clock),
                actor=principal(omb),
                agency=district.agency_id,
            )
        finally:
            await db.dispose()


def complaint(title: str) -> NewComplaint:
    return NewComplaint(
        title=title,
        description=f"{title}: ทางเท้าหน้าตลาดชำรุด ขอให้เขตซ่อม",
        channel=Channel.hotline_1676,
        district_code="1026",
        complainant=Complainant(ContactDetails("ผู้ร้อง ทดสอบ", "0812345678", None, None)),
    )


async def drain(w: World, cursor: int, seen: list[tuple[int, uuid.UUID]]) -> int:
    while True:
        items, cursor = await w.queue.changes(w.actor, cursor, 50)
        seen.extend((pos, view.complaint.id) for pos, view in items)
        if not items:
            return cursor


@pytest.mark.parametrize("world", ["postgresql"], indirect=True)
async def test_a_writer_neither_waits_for_an_open_one_nor_lets_the_feed_skip_it(
    world: World,
) -> None:
    """Writer A stays open after filing a case's serial and changing case X (the old code
    made every other writer queue behind it); writer B files and transitions a case and
    commits meanwhile; the feed shows B at once, and A's change after A commits, above the
    reader's cursor (a feed read by insertion order would have skipped it)."""
    w = world
    x = (await w.svc.create(w.actor, complaint("เรื่อง X"))).complaint
    seen: list[tuple[int, uuid.UUID]] = []
    cursor = await drain(w, 0, seen)
    assert [cid for _, cid in seen] == [x.id]

    async with SqlUnitOfWork(w.db.sessions) as a:
        now = datetime.now(UTC)
        serial_a = await a.complaints.next_serial(buddhist_year(now))
        loaded = await a.complaints.get(x.id)
        assert loaded is not None
        await a.complaints.update(
            loaded.with_changes(title="A แก้ไข", updated_at=now), loaded.version
        )

        async def writer_b() -> uuid.UUID:
            view = await w.svc.create(w.actor, complaint("เรื่อง B"))
            view = await w.svc.transition(
                w.actor,
                view.complaint.id,
                Transition(ComplaintAction.TRIAGE),
                view.complaint.version,
            )
            return view.complaint.id

        b = await asyncio.wait_for(writer_b(), NO_WAIT)
        before = len(seen)
        cursor = await asyncio.wait_for(drain(w, cursor, seen), NO_WAIT)
        assert [cid for _, cid in seen[before:]] == [b, b]  # filed, triaged; not A's X
        await a.commit()

    before = len(seen)
    cursor = await drain(w, cursor, seen)
    assert [cid for _, cid in seen[before:]] == [x.id], "A's committed change was skipped"
    positions = [p for p, _ in seen]
    assert positions == sorted(set(positions))
    b_number = (await w.svc.get(w.actor, b)).complaint.case_number
    assert b_number != f"FT-{buddhist_year(datetime.now(UTC))}-{serial_a:06d}"


@pytest.mark.parametrize(
    ("world", "writers"), [("postgresql", 16), ("sqlite", 4)], indirect=["world"]
)
async def test_many_writers_and_a_polling_reader_see_every_committed_change_once(
    world: World, writers: int
) -> None:
    w = world
    shared = [(await w.svc.create(w.actor, complaint(f"ร่วม {i}"))).complaint for i in range(4)]
    for c in shared:
        w.committed[(c.id, c.updated_at)] = c.version
    rounds = 3
    done = asyncio.Event()
    seen: list[tuple[int, uuid.UUID]] = []
    rolled_back: list[str] = []

    async def edit_shared(rng: random.Random, tag: str) -> None:
        """Version-checked edits of cases other writers edit too: commit order = version."""
        target = rng.choice(shared).id
        while True:
            version = (await w.svc.get(w.actor, target)).complaint.version
            try:
                w.note(await w.svc.update(w.actor, target, {"title": tag}, version))
                return
            except ConcurrentUpdate:
                await asyncio.sleep(rng.random() / 100)

    async def writer(n: int) -> None:
        rng = random.Random(n)
        for r in range(rounds):
            view = await w.svc.create(w.actor, complaint(f"ผู้เขียน {n} รอบ {r}"))
            w.note(view)
            c = view.complaint
            view = await w.svc.transition(
                w.actor, c.id, Transition(ComplaintAction.TRIAGE), c.version
            )
            w.note(view)
            assign = Transition(ComplaintAction.ASSIGN, agency_id=w.agency, reason="ทดสอบ")
            if (n + r) % 3 == 0:  # forced rollbacks: a transition and an intake
                with pytest.raises(RuntimeError):
                    await w.failing.transition(w.actor, c.id, assign, view.complaint.version)
                title = f"ย้อนกลับ {n} {r}"
                with pytest.raises(RuntimeError):
                    await w.failing.create(w.actor, complaint(title))
                rolled_back.append(title)
            w.note(await w.svc.transition(w.actor, c.id, assign, view.complaint.version))
            await edit_shared(rng, f"แก้ไขโดย {n} รอบ {r}")

    async def reader() -> None:
        cursor = 0
        while not done.is_set():
            items, cursor = await w.queue.changes(w.actor, cursor, 7)
            seen.extend((pos, view.complaint.id) for pos, view in items)
            await asyncio.sleep(0.005)
        await drain(w, cursor, seen)

    polling = asyncio.create_task(reader())
    try:
        await asyncio.gather(*(writer(n) for n in range(writers)))
    finally:
        done.set()
        await polling

    async with w.db.sessions() as s:
        rows = (await s.execute(select(CH.position, CH.complaint_id, CH.changed_at))).all()
        numbers = (await s.execute(select(C.case_number, C.title))).all()
    # Every change row was stamped and read exactly once, in position order.
    positions = [p for p, _ in seen]
    assert positions == sorted(positions), "the feed went backwards"
    assert len(positions) == len(set(positions)), "a change was read twice"
    assert all(r.position is not None for r in rows)
    assert {(r.position, r.complaint_id) for r in rows} == set(seen), "a change was skipped"
    # Exactly the committed writes, none of the rolled-back ones.
    written = {(r.complaint_id, r.changed_at) for r in rows}
    assert written == set(w.committed), "a change row of a rolled-back write, or one missing"
    assert len(rows) == len(w.committed) == 4 + writers * rounds * 4
    # Per case, the feed's order is the order the writes committed (versions only grow).
    version_at = {
        (r.complaint_id, r.changed_at): w.committed[(r.complaint_id, r.changed_at)] for r in rows
    }
    by_position = {r.position: (r.complaint_id, r.changed_at) for r in rows}
    last: dict[uuid.UUID, int] = {}
    for pos in positions:
        case, at = by_position[pos]
        assert version_at[(case, at)] > last.get(case, 0), f"case {case} out of commit order"
        last[case] = version_at[(case, at)]
    # Case numbers: unique (gaps allowed), none from a rolled-back intake.
    assert len({n for n, _ in numbers}) == len(numbers) == 4 + writers * rounds
    assert not {t for _, t in numbers} & set(rolled_back)
    async with w.db.sessions() as s:
        assert (
            await s.execute(select(func.count()).select_from(table_of(ComplaintRow)))
        ).scalar_one() == len(numbers)


@pytest.mark.parametrize("world", ["postgresql"], indirect=True)
async def test_writers_of_two_cases_in_opposite_orders_get_a_409_not_a_hang(world: World) -> None:
    """No global lock orders multi-case writers any more: PostgreSQL breaks their deadlock by
    aborting one, which the unit of work reports as a Conflict to retry."""
    w = world
    a, b = [(await w.svc.create(w.actor, complaint(f"คู่ {i}"))).complaint for i in range(2)]
    first_locked = asyncio.Barrier(2)

    async def write(first: uuid.UUID, second: uuid.UUID) -> None:
        async with SqlUnitOfWork(w.db.sessions) as uow:
            for n, case_id in enumerate((first, second)):
                loaded = await uow.complaints.get(case_id)
                assert loaded is not None
                await uow.complaints.update(loaded.with_changes(title="ชน"), loaded.version)
                if n == 0:
                    await first_locked.wait()
            await uow.commit()

    results = await asyncio.wait_for(
        asyncio.gather(write(a.id, b.id), write(b.id, a.id), return_exceptions=True), NO_WAIT
    )
    failed = [r for r in results if isinstance(r, BaseException)]
    assert len(failed) == 1, results
    assert isinstance(failed[0], Conflict) and failed[0].code == "database.write_collision"


@pytest.mark.parametrize("world", ["postgresql"], indirect=True)
async def test_first_intakes_of_a_year_racing_to_create_its_sequence_get_distinct_serials(
    world: World,
) -> None:
    """The year's sequence starts after the old counter row; the second first intake waits
    on the catalog for the first one's commit, then uses its sequence; a rolled-back serial
    is a gap, never handed out again."""
    w = world
    async with w.db.sessions() as s:
        await s.execute(insert(table_of(CaseNumberCounterRow)).values(year_be=2999, last=41))
        await s.commit()
    async with SqlUnitOfWork(w.db.sessions) as a:
        first = await a.complaints.next_serial(2999)  # creates case_numbers_2999, uncommitted

        async def second_intake() -> int:
            async with SqlUnitOfWork(w.db.sessions) as b:
                serial = await b.complaints.next_serial(2999)
                await b.commit()
                return serial

        racing = asyncio.create_task(second_intake())
        async with w.db.sessions() as s:  # wait (generously) until it waits on our catalog row
            for _ in range(int(NO_WAIT * 10)):
                waiting = await s.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock'"
                    )
                )
                if waiting.scalar_one() or racing.done():
                    break
                await asyncio.sleep(0.1)
        await a.commit()
    second = await asyncio.wait_for(racing, NO_WAIT)
    assert (first, second) == (42, 43)
    async with SqlUnitOfWork(w.db.sessions) as rolled_back:
        assert await rolled_back.complaints.next_serial(2999) == 44
    async with SqlUnitOfWork(w.db.sessions) as after:
        assert await after.complaints.next_serial(2999) == 45  # 44 is a gap
