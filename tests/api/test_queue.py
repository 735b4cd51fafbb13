"""The work queue on both databases: filters, sorts, keyset pages, Thai search, scope, masking,
the change feed, exports and duplicates."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select, update
from sqlmodel import col

from domain.complaint.filters import QueueFilter
from domain.complaint.model import Channel
from domain.complaint.service import NewComplaint
from domain.shared.principal import Role
from infra.db import migrate
from infra.db.engine import Database
from infra.db.tables import ComplaintRow, PersonalDataAccessRow
from infra.seed import seed_reference_data
from tests.support.complaints import principal, service
from tests.support.databases import fresh_database
from tests.support.identity import Staff, make_staff

URL = "/api/v1/complaints"

ZEBRA = {
    "title": "ทางม้าลายหน้าโรงเรียนสีซีดจาง",
    "description": "ขอให้ทาสีทางม้าลายหน้าโรงเรียนใหม่ รถไม่หยุดให้เด็กข้าม",
    "channel": "hotline_1676",
    "district_code": "1026",
    "fast_track": True,
    "urgency": "high",
    "complainant": {"name": "สมชาย ใจดี", "phone": "0812345678", "email": "somchai@example.com"},
}


async def _create(client: httpx.AsyncClient, who: Staff, **body: Any) -> dict[str, Any]:
    r = await client.post(URL, headers=who.headers, json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


async def _ids(client: httpx.AsyncClient, who: Staff, **params: Any) -> list[str]:
    r = await client.get(URL, headers=who.headers, params={"limit": 200, **params})
    assert r.status_code == 200, r.text
    return [c["id"] for c in r.json()["items"]]


async def _fixture(client: httpx.AsyncClient, omb: Staff) -> dict[str, dict[str, Any]]:
    cases = {
        "zebra": await _create(client, omb, **ZEBRA),
        "drain": await _create(
            client,
            omb,
            title="Blocked DRAIN on Soi 5",
            description="น้ำท่วมขังหน้าบ้าน ท่อระบายน้ำอุดตัน",
            channel="line",
            district_code="1034",
        ),
        "light": await _create(
            client,
            omb,
            title="ไฟฟ้าส่องสว่างดับ",
            description="ไฟถนนดับทั้งซอย มืดมาก",
            channel="web",
            district_code="1026",
            urgency="low",
        ),
    }
    return cases


async def test_filters_and_keyset_pages(client: httpx.AsyncClient, staff: dict[str, Staff]) -> None:
    omb = staff["omb"]
    cases = await _fixture(client, omb)
    mine = {c["id"] for c in cases.values()}

    def only(ids: list[str]) -> set[str]:
        return set(ids) & mine

    assert only(await _ids(client, omb, district_code="1026")) == {
        cases["zebra"]["id"],
        cases["light"]["id"],
    }
    assert only(await _ids(client, omb, channel="line")) == {cases["drain"]["id"]}
    assert only(await _ids(client, omb, fast_track="true")) == {cases["zebra"]["id"]}
    assert only(await _ids(client, omb, urgency="low")) == {cases["light"]["id"]}
    assert only(await _ids(client, omb, status=["received", "closed"])) == mine
    assert only(await _ids(client, omb, status="closed")) == set()
    assert only(await _ids(client, omb, created_from="2000-01-01T00:00:00Z")) == mine
    assert only(await _ids(client, omb, created_to="2000-01-01T00:00:00Z")) == set()
    assert only(await _ids(client, omb, resolved_from="2000-01-01T00:00:00Z")) == set()

    # Keyset pages of 1 walk every case once, newest first, by each sort.
    for sort in ("created", "updated", "due"):
        seen: list[str] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 1, "sort": sort, "district_code": "1026"}
            if cursor:
                params["cursor"] = cursor
            r = await client.get(URL, headers=omb.headers, params=params)
            assert r.status_code == 200, r.text
            seen += [c["id"] for c in r.json()["items"]]
            cursor = r.json()["next_cursor"]
            if not cursor:
                break
        assert len(seen) == len(set(seen))
        assert only(seen) == {cases["zebra"]["id"], cases["light"]["id"]}
    newest = await _ids(client, omb, district_code="1026", sort="created")
    assert newest.index(cases["light"]["id"]) < newest.index(cases["zebra"]["id"])

    bad = await client.get(URL, headers=omb.headers, params={"cursor": "nope"})
    assert bad.status_code == 422 and bad.json()["code"] == "cursor.invalid"


async def test_sla_filters_use_stored_due_times(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    omb = staff["omb"]
    cases = await _fixture(client, omb)
    now = datetime.now(UTC)
    plan = {
        "zebra": (now - timedelta(hours=1), now - timedelta(hours=2)),  # breached
        "drain": (now + timedelta(hours=1), now - timedelta(minutes=5)),  # due soon
        "light": (now + timedelta(days=3), now + timedelta(days=2)),  # on track
    }
    async with database.sessions() as s:
        for key, (due, soon) in plan.items():
            await s.execute(
                update(ComplaintRow)
                .where(ComplaintRow.id == uuid.UUID(cases[key]["id"]))  # type: ignore[arg-type]
                .values(
                    resolution_due_at=due,
                    resolution_due_soon_at=soon,
                    first_response_due_at=None,  # met
                    first_response_due_soon_at=None,
                )
            )
        await s.commit()
    mine = {c["id"] for c in cases.values()}
    for state, key in (("breached", "zebra"), ("due_soon", "drain"), ("on_track", "light")):
        ids = set(await _ids(client, omb, resolution_sla=state)) & mine
        assert ids == {cases[key]["id"]}, state
        assert set(await _ids(client, omb, first_response_sla=state)) & mine == set()
    due_order = [i for i in await _ids(client, omb, sort="due") if i in mine]
    assert due_order == [cases["zebra"]["id"], cases["drain"]["id"], cases["light"]["id"]]


THAI_FIXTURES = [
    ("ทางม้าลาย", "zebra"),
    ("ทาสีทางม้าลายหน้าโรงเรียน", "zebra"),
    ("drain", "drain"),
    ("DRAIN on", "drain"),
    ("ท่อระบาย", "drain"),
    ("ไฟ", "light"),  # two characters: the LIKE fallback on SQLite
    ("ดั", "light"),
]


async def test_thai_search(client: httpx.AsyncClient, staff: dict[str, Staff]) -> None:
    omb = staff["omb"]
    cases = await _fixture(client, omb)
    variant = await _create(
        client,
        omb,
        # Spelled with NIKHAHIT + SARA AA instead of SARA AM, and the tone mark before the
        # vowel sign: looks identical to น้ำท่วม.
        title="น\u0e49\u0e4d\u0e32ท\u0e48\u0e27มซอย",
        description="ทดสอบ",
        channel="web",
    )
    mine = {c["id"] for c in [*cases.values(), variant]}
    for q, key in THAI_FIXTURES:
        assert set(await _ids(client, omb, q=q)) & mine == {cases[key]["id"]}, q
    # ำ and ํ+า match each other, both ways, and tone/vowel order does not matter.
    found = set(await _ids(client, omb, q="น้ำท่วม")) & mine
    assert found == {variant["id"], cases["drain"]["id"]}
    assert set(await _ids(client, omb, q="น\u0e4d\u0e49\u0e32ท่วม")) & mine == found
    assert set(await _ids(client, omb, q="ไม่มีคำนี้เลย")) & mine == set()
    assert set(await _ids(client, omb, q="50%_")) & mine == set()
    # Edits are searchable at once.
    r = await client.patch(
        f"{URL}/{cases['light']['id']}",
        headers={**omb.headers, "If-Match": f'"{cases["light"]["version"]}"'},
        json={"title": "เสาไฟล้ม"},
    )
    assert r.status_code == 200, r.text
    assert set(await _ids(client, omb, q="เสาไฟล้ม")) & mine == {cases["light"]["id"]}


async def test_scope_and_masking_like_the_single_read(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database, api_client: Any
) -> None:
    omb = staff["omb"]
    case = await _create(client, omb, **ZEBRA)
    cid = uuid.UUID(case["id"])
    # Route it to Din Daeng through the lifecycle.
    coord = staff["coord_dindaeng"]
    r = await client.post(
        f"{URL}/{cid}/transitions",
        headers={**omb.headers, "If-Match": f'"{case["version"]}"'},
        json={"action": "triage"},
    )
    r = await client.post(
        f"{URL}/{cid}/transitions",
        headers={**omb.headers, "If-Match": f'"{r.json()["version"]}"'},
        json={"action": "assign", "agency_id": str(coord.agency_id), "reason": "queue test"},
    )
    assert r.status_code == 200, r.text
    for who in ("admin", "omb", "coord_dindaeng", "staff_dindaeng", "api_client"):
        actor = api_client if who == "api_client" else staff[who]
        listed = await client.get(URL, headers=actor.headers, params={"limit": 200})
        assert listed.status_code == 200, (who, listed.text)
        item = next(c for c in listed.json()["items"] if c["id"] == str(cid))
        single = (await client.get(f"{URL}/{cid}", headers=actor.headers)).json()
        assert item["complainant"] == single["complainant"], who
        assert item["allowed_actions"] == single["allowed_actions"], who
    for who in ("coord_suanluang", "staff_suanluang", "coord_dds"):
        listed = await client.get(URL, headers=staff[who].headers, params={"limit": 200})
        assert str(cid) not in {c["id"] for c in listed.json()["items"]}, who
    staff_view = await client.get(URL, headers=staff["staff_dindaeng"].headers)
    body = staff_view.text
    assert "0812345678" not in body and "somchai@" not in body and "สมชาย ใจดี" not in body
    # OMB sees it unmasked, so the list read is logged like the single read.
    async with database.sessions() as s:
        purposes = (
            await s.execute(
                select(col(PersonalDataAccessRow.purpose)).where(
                    col(PersonalDataAccessRow.complaint_id) == cid
                )
            )
        ).scalars()
        assert "case_list" in set(purposes)


async def test_change_feed_pages_in_sequence(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    start = (await client.get(f"{URL}/changes", headers=omb.headers, params={"limit": 200})).json()
    cursor = start["next_cursor"]
    while True:  # catch up with changes of earlier tests in this database
        page = (
            await client.get(f"{URL}/changes", headers=omb.headers, params={"after": cursor})
        ).json()
        if not page["items"]:
            break
        cursor = page["next_cursor"]
    cases = await _fixture(client, omb)
    r = await client.patch(
        f"{URL}/{cases['zebra']['id']}",
        headers={**omb.headers, "If-Match": f'"{cases["zebra"]["version"]}"'},
        json={"urgency": "critical"},
    )
    assert r.status_code == 200
    got = []
    while True:
        r = await client.get(
            f"{URL}/changes", headers=omb.headers, params={"after": cursor, "limit": 1}
        )
        assert r.status_code == 200, r.text
        if not r.json()["items"]:
            break
        got += [(i["seq"], i["complaint"]["id"]) for i in r.json()["items"]]
        cursor = r.json()["next_cursor"]
    seqs = [s for s, _ in got]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    ids = [i for _, i in got]
    order = ("zebra", "drain", "light", "zebra")
    assert ids == [cases[k]["id"] for k in order]
    # Scoped: Suan Luang's staff see none of them (nothing is routed to them).
    other = await client.get(f"{URL}/changes", headers=staff["coord_suanluang"].headers)
    assert other.status_code == 200
    assert not {i["complaint"]["id"] for i in other.json()["items"]} & set(ids)


async def test_partner_polling_sees_every_concurrent_change_once(
    backend: str, tmp_path: Path
) -> None:
    from domain.complaint.queue import QueueService
    from domain.shared.clock import SystemClock
    from infra.db.uow import SqlUnitOfWork

    async with fresh_database(backend, tmp_path) as url:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            await seed_reference_data(db.sessions)
            omb = await make_staff(db.sessions, "omb", Role.omb_officer, "OMB")
            svc = service(db)
            queue = QueueService(lambda: SqlUnitOfWork(db.sessions), SystemClock())
            actor = principal(omb)
            created = [
                (
                    await svc.create(
                        actor,
                        NewComplaint(title=f"เรื่อง {i}", description="ทดสอบ", channel=Channel.web),
                    )
                ).complaint
                for i in range(8)
            ]
            rounds = 4
            seen: list[tuple[int, uuid.UUID]] = []
            cursor = 0
            done = asyncio.Event()

            async def edit(c: Any) -> None:
                version = c.version
                for r in range(rounds):
                    view = await svc.update(actor, c.id, {"title": f"แก้ไข {r} {c.id}"}, version)
                    version = view.complaint.version
                    await asyncio.sleep(0)

            async def poll() -> None:
                nonlocal cursor
                while True:
                    finished = done.is_set()
                    items, cursor = await queue.changes(actor, cursor, 7)
                    seen.extend((s, v.complaint.id) for s, v in items)
                    if finished and not items:
                        return
                    await asyncio.sleep(0)

            poller = asyncio.create_task(poll())
            await asyncio.gather(*(edit(c) for c in created))
            done.set()
            await poller
        finally:
            await db.dispose()
    seqs = [s for s, _ in seen]
    assert len(seqs) == len(set(seqs)), "a change was delivered twice"
    assert seqs == sorted(seqs)
    per_case: dict[uuid.UUID, int] = {}
    for _, cid in seen:
        per_case[cid] = per_case.get(cid, 0) + 1
    # Each case: its creation and each of its edits, exactly once.
    assert per_case == {c.id: 1 + rounds for c in created}


async def test_export_csv_and_geojson(client: httpx.AsyncClient, staff: dict[str, Staff]) -> None:
    omb = staff["omb"]
    await _create(
        client,
        omb,
        **{**ZEBRA, "location": {"lat": 13.7700, "lon": 100.5530, "address": "หน้าโรงเรียน"}},
    )
    r = await client.get(
        f"{URL}/export", headers=omb.headers, params={"format": "csv", "q": "ทางม้าลาย"}
    )
    assert r.status_code == 200, r.text
    assert r.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows and all("ทางม้าลาย" in row["title"] for row in rows)
    assert "0812345678" not in r.text and "สมชาย ใจดี" not in r.text
    assert rows[0]["complainant_name"] == "ส***"
    g = await client.get(
        f"{URL}/export", headers=omb.headers, params={"format": "geojson", "q": "ทางม้าลาย"}
    )
    assert g.status_code == 200
    doc = json.loads(g.content)
    assert doc["type"] == "FeatureCollection"
    assert doc["features"] and all(f["geometry"]["type"] == "Point" for f in doc["features"])
    assert "0812345678" not in g.text
    denied = await client.get(f"{URL}/export")
    assert denied.status_code == 401


async def test_similar_ranks_a_nearby_zebra_crossing_first(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    here = {"lat": 13.7700, "lon": 100.5530}
    original = await _create(client, omb, **{**ZEBRA, "location": here})
    near = await _create(
        client,
        omb,
        **{
            **ZEBRA,
            "title": "ทางม้าลายหน้าโรงเรียนมองไม่เห็น",
            "location": {"lat": 13.77045, "lon": 100.5530},  # ~50 m north
        },
    )
    await _create(
        client,
        omb,
        title="ไฟถนนดับ",
        description="ไฟถนนดับทั้งซอย",
        channel="web",
        district_code="1026",
        location={"lat": 13.7701, "lon": 100.5531},
    )
    r = await client.get(f"{URL}/{original['id']}/similar", headers=omb.headers)
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items[0]["complaint"]["id"] == near["id"]
    assert 40 <= items[0]["distance_m"] <= 60
    assert {"nearby", "same_district", "similar_text"} <= set(items[0]["reasons"])
    assert all(i["score"] <= items[0]["score"] for i in items)
    missing = await client.get(f"{URL}/{uuid.uuid4()}/similar", headers=omb.headers)
    assert missing.status_code == 404


async def test_readiness_fails_when_pg_trgm_cannot_see_thai(settings: Any) -> None:
    """A database created with LC_CTYPE C: pg_trgm extracts nothing from Thai, /readyz says so."""
    import asyncpg

    from api.app import create_app
    from tests.support.databases import require_postgres

    admin = await require_postgres()
    name = f"fasttrack_test_c_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(
            f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
        )
    finally:
        await conn.close()
    url = admin.rpartition("/")[0] + f"/{name}"
    url = url.replace("postgresql://", "postgresql+asyncpg://", 1)
    try:
        await migrate.upgrade(url)
        db = Database.from_url(url)
        try:
            app = create_app(settings, database=db)
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                r = await c.get("/readyz")
            assert r.status_code == 503
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.json()["code"] == "readiness.thai_trigrams_missing"
            assert "LC_CTYPE" in r.json()["detail"]
        finally:
            await db.dispose()
    finally:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            await conn.close()


async def test_export_memory_does_not_grow_with_rows(
    database: Database, staff: dict[str, Staff]
) -> None:
    """tracemalloc peak of the streaming generator itself at N and 5N rows (an in-process
    HTTP client would buffer the body and prove nothing)."""
    import tracemalloc

    from api.complaints.export import export_csv
    from domain.complaint.queue import QueueService
    from domain.shared.clock import SystemClock
    from infra.db.uow import SqlUnitOfWork

    omb = principal(staff["omb"])
    svc = service(database)
    queue = QueueService(lambda: SqlUnitOfWork(database.sessions), SystemClock())
    tag = uuid.uuid4().hex[:8]

    async def add(n: int) -> None:
        for i in range(n):
            await svc.create(
                omb,
                NewComplaint(
                    title=f"ส่งออก{tag} เรื่องที่ {i}",
                    description="ทดสอบหน่วยความจำ " * 20,
                    channel=Channel.web,
                ),
            )

    async def peak() -> tuple[int, int]:
        rows = 0
        tracemalloc.start()
        try:
            async for chunk in export_csv(queue, omb, QueueFilter(q=f"ส่งออก{tag}"), 20):
                rows += chunk.count(b"\r\n")
            return tracemalloc.get_traced_memory()[1], rows
        finally:
            tracemalloc.stop()

    n = 40
    await add(n)
    small, rows_small = await peak()
    await add(4 * n)
    large, rows_large = await peak()
    assert rows_small == n + 1 and rows_large == 5 * n + 1
    assert large < small * 1.5, (small, large)


async def test_thai_search_letters_next_to_digits_match_with_or_without_a_space(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    tag = uuid.uuid4().hex[:6]
    joined = await _create(
        client,
        omb,
        title=f"ท่อแตกซอยลาดพร้าว71 {tag}",
        description="น้ำประปาไหลนองถนน",
        channel="line",
    )
    spaced = await _create(
        client,
        omb,
        title=f"ไฟดับซอยรามคำแหง 24 {tag}",
        description="มืดทั้งซอย สาย8 ผ่านบ่อย",
        channel="line",
    )
    mine = {joined["id"], spaced["id"]}
    for q, expected in (
        ("ลาดพร้าว 71", joined),
        ("ลาดพร้าว71", joined),
        ("ลาดพร้าว๗๑", joined),  # Thai digits
        ("รามคำแหง24", spaced),
        ("รามคำแหง 24", spaced),
        ("สาย 8", spaced),
        ("สาย8", spaced),
    ):
        assert set(await _ids(client, omb, q=q)) & mine == {expected["id"]}, q
