"""Role x endpoint x own/other agency: the expected status of every protected operation.

Din Daeng (1026) staff are the "own" agency of the target resources; Suan Luang (1034) and
the Drainage and Sewerage Department (DDS) are "other". `api_client` is a Din Daeng partner
system's API client with every scope, calling with its RS256 token. The table must list every
operation that declares a security requirement in the OpenAPI document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from api.cli import export_openapi
from tests.support.api_clients import ApiClientActor
from tests.support.identity import Staff

Actors = dict[str, Staff | ApiClientActor]

ROLES = [
    "anonymous",
    "admin",
    "omb",
    "coord_dindaeng",
    "staff_dindaeng",
    "coord_suanluang",
    "staff_suanluang",
    "coord_dds",
    "api_client",
]


@dataclass(frozen=True)
class Case:
    method: str
    path: Callable[[Actors], str]
    expected: dict[str, int]
    body: Callable[[Actors], Any] | None = None


def _all(status: int, **overrides: int) -> dict[str, int]:
    table = {role: status for role in ROLES if role != "anonymous"}
    table.update(overrides)
    table["anonymous"] = 401
    return table


def _target(s: Actors) -> str:
    return str(s["staff_dindaeng"].id)


def _client(s: Actors) -> str:
    return f"/api/v1/api-clients/{s['api_client'].id}"


MATRIX: dict[str, Case] = {
    "logout_user": Case("POST", lambda s: "/api/v1/auth/logout", _all(204, api_client=403)),
    "get_current_user": Case("GET", lambda s: "/api/v1/users/me", _all(200, api_client=403)),
    "update_current_user": Case(
        "PATCH",
        lambda s: "/api/v1/users/me",
        _all(200, api_client=403),
        lambda s: {"language": "en"},
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
    "list_api_clients": Case("GET", lambda s: "/api/v1/api-clients", _all(403, admin=200)),
    "create_api_client": Case(
        "POST",
        lambda s: "/api/v1/api-clients",
        _all(403, admin=201),
        lambda s: {
            "name": "ระบบรับเรื่องเขตดินแดง",
            "agency_id": str(s["staff_dindaeng"].agency_id),
            "scopes": ["complaints:read"],
        },
    ),
    "get_current_api_client": Case(
        "GET", lambda s: "/api/v1/api-clients/me", _all(403, api_client=200)
    ),
    "get_api_client": Case("GET", _client, _all(404, admin=200, api_client=200)),
    "update_api_client": Case(
        "PATCH", _client, _all(403, admin=200), lambda s: {"name": "Renamed client"}
    ),
    "disable_api_client": Case("POST", lambda s: f"{_client(s)}/disable", _all(403, admin=200)),
    "enable_api_client": Case("POST", lambda s: f"{_client(s)}/enable", _all(403, admin=200)),
    "delete_api_client": Case("DELETE", _client, _all(403, admin=204)),
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
    staff: dict[str, Staff],
    api_client: ApiClientActor,
    operation: str,
    role: str,
) -> None:
    case = MATRIX[operation]
    actors: Actors = {**staff, "api_client": api_client}
    headers = {} if role == "anonymous" else actors[role].headers
    kwargs: dict[str, Any] = {"headers": headers}
    if case.body is not None:
        kwargs["json"] = case.body(actors)
    r = await client.request(case.method, case.path(actors), **kwargs)
    assert r.status_code == case.expected[role], (operation, role, r.text)
    if r.status_code >= 400:
        assert r.headers["content-type"] == "application/problem+json"
