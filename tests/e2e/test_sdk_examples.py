"""The SDK's examples run against the live server, as a partner would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import SDK, LiveServer

pytestmark = pytest.mark.e2e


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
    p = live_server.partner
    env = {
        **os.environ,
        "PYTHONPATH": str(SDK),
        "FASTTRACK_URL": live_server.base_url,
        "FASTTRACK_CLIENT_ID": p.client_id,
        "FASTTRACK_CLIENT_SECRET": p.client_secret,
    }
    script = [sys.executable, str(SDK / "examples" / "submit_complaints.py"), str(tickets)]
    first = subprocess.run(script, env=env, capture_output=True, text=True, check=True).stdout
    again = subprocess.run(script, env=env, capture_output=True, text=True, check=True).stdout
    assert len(first.splitlines()) == 2 and first.startswith(rows[0]["id"])
    assert first == again  # the same cases: nothing filed twice
