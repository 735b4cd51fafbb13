"""The SDK's examples run against the live server, as a partner would run them."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from fasttrack_client.api.complaints import create_complaint
from fasttrack_client.helpers import partner_client, unwrap
from fasttrack_client.models import Channel, ComplaintCreate

from infra.db.engine import build_engine
from infra.db.tables import ComplaintRow
from tests.e2e.conftest import SDK, LiveServer

pytestmark = pytest.mark.e2e


def _partner_env(server: LiveServer) -> dict[str, str]:
    p = server.partner
    return {
        **os.environ,
        "FASTTRACK_URL": server.base_url,
        "FASTTRACK_CLIENT_ID": p.client_id,
        "FASTTRACK_CLIENT_SECRET": p.client_secret,
    }


def test_submit_complaints_example_is_idempotent(live_server: LiveServer, tmp_path: Path) -> None:
    tickets = tmp_path / "tickets.jsonl"
    rows = [
        {
            "id": f"{tmp_path.name}-1",
            "title": "ไฟถนนดับ",
            "description": "Street light out.",
            "district_code": "1026",
        },
        {
            "id": f"{tmp_path.name}-2",
            "title": "ท่อระบายน้ำอุดตัน",
            "description": "Drain blocked.",
            "district_code": "1026",
        },
    ]
    tickets.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    env = _partner_env(live_server)
    script = [sys.executable, str(SDK / "examples" / "submit_complaints.py"), str(tickets)]
    first = subprocess.run(script, env=env, capture_output=True, text=True, check=True).stdout
    again = subprocess.run(script, env=env, capture_output=True, text=True, check=True).stdout
    assert len(first.splitlines()) == 2 and first.startswith(rows[0]["id"])
    assert first == again  # the same cases: nothing filed twice


async def test_export_breached_cases_example_writes_the_weeks_breached_cases(
    live_server: LiveServer, live_database: str, tmp_path: Path
) -> None:
    """Two fast-track cases of the partner, filed now: neither has breached yet. To make one
    breached without waiting days (the server runs on the real clock, in another process),
    its stored first-response due time is moved into the past directly in the database; the
    API judges the SLA filters on exactly those stored due times."""
    p = live_server.partner

    def body(title: str) -> ComplaintCreate:
        return ComplaintCreate(
            title=title,
            description="Flooded underpass, cars stuck.",
            channel=Channel.PARTNER_API,
            district_code="1026",
            fast_track=True,
        )

    with partner_client(live_server.base_url, p.client_id, p.client_secret) as client:
        late = unwrap(create_complaint.sync_detailed(client=client, body=body("น้ำท่วมอุโมงค์")))
        on_time = unwrap(create_complaint.sync_detailed(client=client, body=body("ไฟจราจรเสีย")))

    past = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    engine = build_engine(live_database)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                sa.update(ComplaintRow)
                .where(ComplaintRow.id == late.id)  # type: ignore[arg-type]
                .values(first_response_due_at=past, first_response_due_soon_at=past)
            )
    finally:
        await engine.dispose()

    output = tmp_path / "reports" / "breached.csv"
    env = {**_partner_env(live_server), "FASTTRACK_OUTPUT": str(output)}
    script = [sys.executable, str(SDK / "examples" / "export_breached_cases.py")]
    proc = await asyncio.create_subprocess_exec(
        *script, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert str(output) in out.decode()

    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    with output.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames and reader.fieldnames[0] == "case_number"
        rows = {r["case_number"]: r for r in reader}
    assert late.case_number in rows and on_time.case_number not in rows
    row = rows[late.case_number]
    assert row["title"] == "น้ำท่วมอุโมงค์"
    assert row["first_response_breached"] == "yes"
    assert dt.datetime.fromisoformat(row["first_response_due_at"]) < dt.datetime.now(dt.UTC)
