"""Role x endpoint x own/other agency: the expected status of every protected operation.

Din Daeng (1026) staff are the "own" agency of the target resources; Suan Luang (1034) and
the Drainage and Sewerage Department (DDS) are "other". The table must list every operation
that declares a security requirement in the OpenAPI document.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from api.cli import export_openapi
from infra.db.engine import Database
from tests.support.directory import category_row, coordinator_row, district_office_rule_row
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
class Case:
    method: str
    path: Callable[[dict[str, Staff]], str]
    expected: dict[str, int]
    body: Callable[[dict[str, Staff]], Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _all(status: int, **overrides: int) -> dict[str, int]:
    table = {role: status for role in ROLES if role != "anonymous"}
    table.update(overrides)
    table["anonymous"] = 401
    return table


def _target(s: dict[str, Staff]) -> str:
    return str(s["staff_dindaeng"].id)


# Directory rows every matrix test can act on (inserted per test, rolled back after).
COORDINATOR_ID = uuid.UUID("00000000-0000-4000-8000-00000000c001")
CATEGORY_ID = uuid.UUID("00000000-0000-4000-8000-00000000c002")
RULE_ID = uuid.UUID("00000000-0000-4000-8000-00000000c003")
IF_MATCH = {"If-Match": '"1"'}


def _dindaeng(s: dict[str, Staff]) -> str:
    return str(s["staff_dindaeng"].agency_id)


@pytest.fixture
async def directory_rows(database: Database, staff: dict[str, Staff]) -> None:
    dindaeng = staff["staff_dindaeng"].agency_id
    assert dindaeng is not None
    async with database.sessions() as s:
        s.add(coordinator_row(dindaeng, "ผู้ประสานงานทดสอบ", id=COORDINATOR_ID))
        s.add(category_row("matrix_test", id=CATEGORY_ID))
        await s.flush()
        s.add(district_office_rule_row(CATEGORY_ID, None, id=RULE_ID))
        await s.commit()


MATRIX: dict[str, Case] = {
    "logout_user": Case("POST", lambda s: "/api/v1/auth/logout", _all(204)),
    "get_current_user": Case("GET", lambda s: "/api/v1/users/me", _all(200)),
    "update_current_user": Case(
        "PATCH", lambda s: "/api/v1/users/me", _all(200), lambda s: {"language": "en"}
    ),
    "list_users": Case("GET", lambda s: "/api/v1/users", _all(403, admin=200)),
    "create_user": Case(
        "POST",
        lambda s: "/api/v1/users",
        _all(403, admin=201),
        lambda s: {
            "email": "new.user@example.org",
            "full_name": "ผู้ใช้ใหม่",
            "role": "agency_staff",
            "agency_id": str(s["staff_dindaeng"].agency_id),
        },
    ),
    "get_user": Case(
        "GET", lambda s: f"/api/v1/users/{_target(s)}", _all(404, admin=200, staff_dindaeng=200)
    ),
    "update_user": Case(
        "PATCH",
        lambda s: f"/api/v1/users/{_target(s)}",
        _all(403, admin=200),
        lambda s: {"phone": "021234567"},
    ),
    "deactivate_user": Case(
        "POST", lambda s: f"/api/v1/users/{_target(s)}/deactivate", _all(403, admin=200)
    ),
    "list_audit_entries": Case("GET", lambda s: "/api/v1/audit-log", _all(403, admin=200, omb=200)),
    # --- directory: everyone signed in reads, admins write ---
    "list_agencies": Case("GET", lambda s: "/api/v1/agencies", _all(200)),
    "get_agency": Case("GET", lambda s: f"/api/v1/agencies/{_dindaeng(s)}", _all(200)),
    "create_agency": Case(
        "POST",
        lambda s: "/api/v1/agencies",
        _all(403, admin=201),
        lambda s: {
            "code": "THAIHEALTH",
            "kind": "external_partner",
            "name_th": "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ",
            "name_en": "ThaiHealth Promotion Foundation",
        },
    ),
    "update_agency": Case(
        "PATCH",
        lambda s: f"/api/v1/agencies/{_dindaeng(s)}",
        _all(403, admin=200),
        lambda s: {"phone": "022450000"},
        IF_MATCH,
    ),
    "deactivate_agency": Case(
        "POST", lambda s: f"/api/v1/agencies/{_dindaeng(s)}/deactivate", _all(403, admin=200)
    ),
    "set_primary_coordinator": Case(
        "PUT",
        lambda s: f"/api/v1/agencies/{_dindaeng(s)}/primary-coordinator",
        _all(403, admin=200),
        lambda s: {"coordinator_id": str(COORDINATOR_ID)},
    ),
    "list_coordinators": Case("GET", lambda s: "/api/v1/coordinators", _all(200)),
    "get_coordinator": Case("GET", lambda s: f"/api/v1/coordinators/{COORDINATOR_ID}", _all(200)),
    "create_coordinator": Case(
        "POST",
        lambda s: "/api/v1/coordinators",
        _all(403, admin=201),
        lambda s: {"agency_id": _dindaeng(s), "name": "สมชาย ใจดี", "backup_rank": 1},
    ),
    "update_coordinator": Case(
        "PATCH",
        lambda s: f"/api/v1/coordinators/{COORDINATOR_ID}",
        _all(403, admin=200),
        lambda s: {"status": "on_leave"},
        IF_MATCH,
    ),
    "list_categories": Case("GET", lambda s: "/api/v1/categories", _all(200)),
    "get_category": Case("GET", lambda s: f"/api/v1/categories/{CATEGORY_ID}", _all(200)),
    "create_category": Case(
        "POST",
        lambda s: "/api/v1/categories",
        _all(403, admin=201),
        lambda s: {
            "service_code": "matrix_new",
            "name_th": "ประเภทใหม่",
            "name_en": "New category",
            "sla_class": "standard",
        },
    ),
    "update_category": Case(
        "PATCH",
        lambda s: f"/api/v1/categories/{CATEGORY_ID}",
        _all(403, admin=200),
        lambda s: {"name_en": "Renamed"},
        IF_MATCH,
    ),
    "list_routing_rules": Case("GET", lambda s: "/api/v1/routing-rules", _all(200)),
    "get_routing_rule": Case("GET", lambda s: f"/api/v1/routing-rules/{RULE_ID}", _all(200)),
    "create_routing_rule": Case(
        "POST",
        lambda s: "/api/v1/routing-rules",
        _all(403, admin=201),
        lambda s: {
            "category_id": str(CATEGORY_ID),
            "district_code": "1026",
            "target_kind": "district_office",
        },
    ),
    "update_routing_rule": Case(
        "PATCH",
        lambda s: f"/api/v1/routing-rules/{RULE_ID}",
        _all(403, admin=200),
        lambda s: {"is_active": False},
        IF_MATCH,
    ),
    "delete_routing_rule": Case(
        "DELETE", lambda s: f"/api/v1/routing-rules/{RULE_ID}", _all(403, admin=204)
    ),
    "preview_routing": Case(
        "POST",
        lambda s: "/api/v1/routing/preview",
        _all(200),
        lambda s: {"category_id": str(CATEGORY_ID), "district_code": "1026"},
    ),
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


@pytest.mark.usefixtures("directory_rows")
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(MATRIX))
async def test_authorization_matrix(
    client: httpx.AsyncClient, staff: dict[str, Staff], operation: str, role: str
) -> None:
    case = MATRIX[operation]
    headers = case.headers | ({} if role == "anonymous" else staff[role].headers)
    kwargs: dict[str, Any] = {"headers": headers}
    if case.body is not None:
        kwargs["json"] = case.body(staff)
    r = await client.request(case.method, case.path(staff), **kwargs)
    assert r.status_code == case.expected[role], (operation, role, r.text)
    if r.status_code >= 400:
        assert r.headers["content-type"] == "application/problem+json"
