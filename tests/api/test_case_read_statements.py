"""A case is read with its co-handlers in one statement (issue 22): the staff view by id and
the public tracking lookup each send one statement that reads `complaints`, joined to
`complaint_co_handlers` (it was the case, then its co-handlers; by tracking code its id
first), and none that reads the co-handlers on their own. No timing is asserted."""

from __future__ import annotations

import re

import httpx

from infra.db.engine import Database
from tests.support.identity import Staff
from tests.support.sql import statements

READS_CASES = re.compile(r"\bFROM complaints\b", re.I)
READS_CO_HANDLERS = re.compile(r"\bFROM complaint_co_handlers\b", re.I)


async def test_a_case_and_its_co_handlers_are_read_in_one_statement(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    body = {
        "title": "ไฟจราจรเสีย",
        "description": "สัญญาณไฟแยกดินแดงดับ",
        "channel": "line",
        "district_code": "1026",
    }
    r = await client.post("/api/v1/complaints", headers=omb.headers, json=body)
    assert r.status_code == 201, r.text
    filed = r.json()

    with statements(database) as by_id:
        r = await client.get(f"/api/v1/complaints/{filed['id']}", headers=omb.headers)
    assert r.status_code == 200, r.text
    assert r.json()["co_handler_ids"] == filed["co_handler_ids"]
    with statements(database) as by_code:
        r = await client.get(f"/api/v1/public/complaints/{filed['tracking_code']}")
    assert r.status_code == 200, r.text
    assert r.json()["case_number"] == filed["case_number"]

    for seen in (by_id, by_code):
        cases = [s for s in seen if READS_CASES.search(s)]
        assert len(cases) == 1, cases
        assert "complaint_co_handlers" in cases[0]
        assert not [s for s in seen if READS_CO_HANDLERS.search(s)]
