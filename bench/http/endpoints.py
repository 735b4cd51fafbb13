"""The benchmarked requests, shared by the SQL capture, the shape test and the wrk scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from bench.http.prepare import Fixture


@dataclass(frozen=True)
class Endpoint:
    name: str  # the table's row
    key: str  # short id: the wrk script's ENDPOINT, the bare app's route
    method: str
    _path: Callable[[Fixture], str]
    auth: bool = True
    create: bool = False  # a POST with a fresh body and Idempotency-Key per request

    def path(self, f: Fixture) -> str:
        return self._path(f)

    def headers(self, f: Fixture, idempotency_key: str) -> dict[str, str]:
        out = {"Authorization": f"Bearer {f.token}"} if self.auth else {}
        if self.create:
            out |= {"Idempotency-Key": idempotency_key, "Content-Type": "application/json"}
        return out

    def body(self, f: Fixture, n: int = 0) -> bytes | None:
        return create_body(f, n).encode() if self.create else None


def create_body(f: Fixture, n: int) -> str:
    """A staff-recorded hotline complaint; `n` varies the text (the Lua script does the same)."""
    return json.dumps(
        {
            "title": f"ไฟทางดับหน้าตลาด จุดที่ {n}",
            "description": f"ไฟทางดับหน้าตลาด ขอให้เขตเข้ามาดูแล แจ้งครั้งที่ {n}",
            "channel": "hotline_1676",
            "category_id": f.category_id,
            "district_code": f.district_code,
            "complainant": {"name": "ผู้ร้องเรียน ทดสอบ", "phone": "0812345678"},
        },
        ensure_ascii=False,
    )


Q = "/api/v1/complaints"
ENDPOINTS = [
    Endpoint("GET /healthz", "healthz", "GET", lambda f: "/healthz", auth=False),
    Endpoint("GET /complaints/{id}", "by_id", "GET", lambda f: f"{Q}/{f.case_id}"),
    Endpoint("queue page (50 items)", "queue", "GET", lambda f: f"{Q}?limit=50"),
    Endpoint(
        "Thai search (50 items)",
        "search",
        "GET",
        lambda f: f"{Q}?q={quote(f.search_term)}&limit=50",
    ),
    Endpoint("statistics (rollup)", "stats", "GET", lambda f: "/api/v1/stats/complaints"),
    Endpoint(
        "public tracking",
        "tracking",
        "GET",
        lambda f: f"/api/v1/public/complaints/{f.tracking_code}",
        auth=False,
    ),
    Endpoint("create complaint", "create", "POST", lambda f: Q, create=True),
]
