"""Role x endpoint x own/other agency: the expected status of every protected operation.

Din Daeng (1026) staff are the "own" agency of the target resources; Suan Luang (1034) and
the Drainage and Sewerage Department (DDS) are "other". The table must list every operation
that declares a security requirement in the OpenAPI document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from api.cli import export_openapi
from infra.db.engine import Database
from tests.support.activities import din_daeng_activity
from tests.support.complaints import din_daeng_case
from tests.support.identity import Staff

ROLES = [
    "anonymous",
    "admin",
    "omb",
    "coord_dindaeng",
    "staff_dindaeng",
    "coord_suanluang",
    "staff_suanluang",
    "coord_dds",
]


@dataclass(frozen=True)
class Ctx:
    staff: dict[str, Staff]
    complaint_id: str = ""
    version: int = 0
    activity_id: str = ""


@dataclass(frozen=True)
class Case:
    method: str
    path: Callable[[Ctx], str]
    expected: dict[str, int]
    body: Callable[[Ctx], Any] | None = None
    headers: Callable[[Ctx], dict[str, str]] | None = None
    needs_complaint: bool = False
    # "planned" or "held": a Din Daeng activity (own district for Din Daeng's coordinator).
    needs_activity: str | None = None


def _all(status: int, **overrides: int) -> dict[str, int]:
    table = {role: status for role in ROLES if role != "anonymous"}
    table.update(overrides)
    table["anonymous"] = 401
    return table


def _target(c: Ctx) -> str:
    return str(c.staff["staff_dindaeng"].id)


def _case(c: Ctx) -> str:
    return f"/api/v1/complaints/{c.complaint_id}"


def _if_match(c: Ctx) -> dict[str, str]:
    return {"If-Match": f'"{c.version}"'}


def _activity(c: Ctx) -> str:
    return f"/api/v1/activities/{c.activity_id}"


# A Din Daeng-led case: own agency for Din Daeng staff, other for Suan Luang and DDS.
_DD = {"admin": 200, "omb": 200, "coord_dindaeng": 200, "staff_dindaeng": 200}
_DD_WRITE = {"admin": 403, "omb": 200, "coord_dindaeng": 200, "staff_dindaeng": 200}
# An activity in Din Daeng: OMB and admins anywhere, Din Daeng's coordinator in Din Daeng.
_ACT_WRITE = {"admin": 200, "omb": 200, "coord_dindaeng": 200}


MATRIX: dict[str, Case] = {
    "logout_user": Case("POST", lambda c: "/api/v1/auth/logout", _all(204)),
    "get_current_user": Case("GET", lambda c: "/api/v1/users/me", _all(200)),
    "update_current_user": Case(
        "PATCH", lambda c: "/api/v1/users/me", _all(200), lambda c: {"language": "en"}
    ),
    "list_users": Case("GET", lambda c: "/api/v1/users", _all(403, admin=200)),
    "create_user": Case(
        "POST",
        lambda c: "/api/v1/users",
        _all(403, admin=201),
        lambda c: {
            "email": "new.user@example.org",
            "full_name": "ผู้ใช้ใหม่",
            "role": "agency_staff",
            "agency_id": str(c.staff["staff_dindaeng"].agency_id),
        },
    ),
    "get_user": Case(
        "GET", lambda c: f"/api/v1/users/{_target(c)}", _all(404, admin=200, staff_dindaeng=200)
    ),
    "update_user": Case(
        "PATCH",
        lambda c: f"/api/v1/users/{_target(c)}",
        _all(403, admin=200),
        lambda c: {"phone": "021234567"},
    ),
    "deactivate_user": Case(
        "POST", lambda c: f"/api/v1/users/{_target(c)}/deactivate", _all(403, admin=200)
    ),
    "list_audit_entries": Case("GET", lambda c: "/api/v1/audit-log", _all(403, admin=200, omb=200)),
    "create_complaint": Case(
        "POST",
        lambda c: "/api/v1/complaints",
        _all(201, admin=403),
        lambda c: {
            "title": "ไฟส่องสว่างดับ",
            "description": "ไฟถนนดับทั้งซอย",
            "channel": "phone",
            "district_code": "1026",
        },
    ),
    "get_complaint": Case("GET", _case, _all(404, **_DD), needs_complaint=True),
    "update_complaint": Case(
        "PATCH",
        _case,
        _all(404, **_DD_WRITE),
        lambda c: {"urgency": "high"},
        _if_match,
        needs_complaint=True,
    ),
    "transition_complaint": Case(
        "POST",
        lambda c: _case(c) + "/transitions",
        _all(404, **_DD_WRITE),
        lambda c: {"action": "start"},
        _if_match,
        needs_complaint=True,
    ),
    "list_timeline_entries": Case(
        "GET", lambda c: _case(c) + "/timeline", _all(404, **_DD), needs_complaint=True
    ),
    "add_timeline_entry": Case(
        "POST",
        lambda c: _case(c) + "/timeline",
        _all(404, admin=403, omb=201, coord_dindaeng=201, staff_dindaeng=201),
        lambda c: {"type": "note", "text": "โทรประสานแล้ว"},
        needs_complaint=True,
    ),
    "invite_co_handler": Case(
        "POST",
        lambda c: _case(c) + "/co-handlers",
        _all(404, admin=403, omb=200, coord_dindaeng=200, staff_dindaeng=403),
        lambda c: {"agency_id": str(c.staff["coord_dds"].agency_id), "reason": "ท่อระบายน้ำ"},
        needs_complaint=True,
    ),
    "list_activities": Case("GET", lambda c: "/api/v1/activities", _all(200)),
    "create_activity": Case(
        "POST",
        lambda c: "/api/v1/activities",
        _all(403, admin=201, omb=201, coord_dindaeng=201),
        lambda c: {
            "type": "mobile_unit",
            "title": "หน่วยเคลื่อนที่ เขตดินแดง",
            "district_codes": ["1026"],
            "starts_at": "2022-10-01T09:00:00+07:00",
            "ends_at": "2022-10-01T15:00:00+07:00",
        },
    ),
    "get_activity": Case("GET", _activity, _all(200), needs_activity="planned"),
    "update_activity": Case(
        "PATCH",
        _activity,
        _all(403, **_ACT_WRITE),
        lambda c: {"venue": "ตลาดห้วยขวาง"},
        needs_activity="planned",
    ),
    "transition_activity": Case(
        "POST",
        lambda c: _activity(c) + "/transitions",
        _all(403, **_ACT_WRITE),
        lambda c: {"action": "hold"},
        needs_activity="planned",
    ),
    "record_activity_outcome": Case(
        "PUT",
        lambda c: _activity(c) + "/outcome",
        _all(403, **_ACT_WRITE),
        lambda c: {"participants_by_role": {"community_chair": 12}},
        needs_activity="held",
    ),
    "update_mou_area": Case(
        "PATCH",
        lambda c: "/api/v1/mou-areas/2",
        _all(403, admin=200),
        lambda c: {"targets": [{"kind": "districts_held", "value": 50}]},
    ),
    "get_mou_area_coverage": Case("GET", lambda c: "/api/v1/mou-areas/2/coverage", _all(200)),
    "get_mou_area_summary": Case("GET", lambda c: "/api/v1/mou-areas/4/summary", _all(200)),
}


def _secured_operations() -> set[str]:
    document = json.loads(export_openapi())
    return {
        op["operationId"]
        for operations in document["paths"].values()
        for op in operations.values()
        if op.get("security")
    }


def test_matrix_lists_every_protected_operation() -> None:
    secured = _secured_operations()
    missing = secured - set(MATRIX)
    assert not missing, f"protected operations missing from the matrix: {sorted(missing)}"
    assert not set(MATRIX) - secured, "the matrix lists operations that are not protected"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(MATRIX))
async def test_authorization_matrix(
    client: httpx.AsyncClient,
    database: Database,
    staff: dict[str, Staff],
    operation: str,
    role: str,
) -> None:
    case = MATRIX[operation]
    ctx = Ctx(staff)
    if case.needs_complaint:
        complaint_id, version = await din_daeng_case(
            database, staff["omb"], assign_to=staff["coord_dindaeng"]
        )
        ctx = Ctx(staff, complaint_id, version)
    if case.needs_activity is not None:
        view = await din_daeng_activity(database, staff["omb"], held=case.needs_activity == "held")
        ctx = Ctx(staff, activity_id=str(view.activity.id))
    headers = {} if role == "anonymous" else dict(staff[role].headers)
    if case.headers is not None:
        headers.update(case.headers(ctx))
    kwargs: dict[str, Any] = {"headers": headers}
    if case.body is not None:
        kwargs["json"] = case.body(ctx)
    r = await client.request(case.method, case.path(ctx), **kwargs)
    assert r.status_code == case.expected[role], (operation, role, r.text)
    if r.status_code >= 400:
        assert r.headers["content-type"] == "application/problem+json"
