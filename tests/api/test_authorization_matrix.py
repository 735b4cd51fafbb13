"""Role x endpoint x own/other agency: the expected status of every protected operation.

Din Daeng (1026) staff are the "own" agency of the target resources; Suan Luang (1034) and
the Drainage and Sewerage Department (DDS) are "other". `api_client` is a Din Daeng partner
system's API client with every scope, calling with its RS256 token. The table must list every
operation that declares a security requirement in the OpenAPI document.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from api.cli import export_openapi
from domain.shared.paging import PageRequest
from infra.db.engine import Database
from infra.settings import Settings
from tests.support.activities import din_daeng_activity
from tests.support.api_clients import ApiClientActor
from tests.support.complaints import attach_photo, din_daeng_case, principal, service, tiny_png
from tests.support.directory import category_row, coordinator_row, district_office_rule_row
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
class Ctx:
    staff: Actors
    complaint_id: str = ""
    version: int = 0
    attachment_id: str = ""
    activity_id: str = ""
    entry_id: str = ""  # the case's first timeline entry


@dataclass(frozen=True)
class Case:
    method: str
    path: Callable[[Ctx], str]
    expected: dict[str, int]
    body: Callable[[Ctx], Any] | None = None
    headers: Callable[[Ctx], dict[str, str]] | None = None
    needs_complaint: bool = False
    files: Callable[[Ctx], Any] | None = None
    # "planned" or "held": a Din Daeng activity (own district for Din Daeng's coordinator).
    needs_activity: str | None = None


def _all(status: int, **overrides: int) -> dict[str, int]:
    table = {role: status for role in ROLES if role != "anonymous"}
    table.update(overrides)
    table["anonymous"] = 401
    return table


def _target(c: Ctx) -> str:
    return str(c.staff["staff_dindaeng"].id)


def _client(c: Ctx) -> str:
    return f"/api/v1/api-clients/{c.staff['api_client'].id}"


def _case(c: Ctx) -> str:
    return f"/api/v1/complaints/{c.complaint_id}"


def _if_match(c: Ctx) -> dict[str, str]:
    return {"If-Match": f'"{c.version}"'}


def _activity(c: Ctx) -> str:
    return f"/api/v1/activities/{c.activity_id}"


_TARGETS = {
    u: {"first_response_minutes": 60, "resolution_minutes": 600}
    for u in ("low", "normal", "high", "critical")
}

# A Din Daeng-led case: own agency for Din Daeng staff, other for Suan Luang and DDS.
_DD = {"admin": 200, "omb": 200, "coord_dindaeng": 200, "staff_dindaeng": 200, "api_client": 200}
_DD_WRITE = {
    "admin": 403,
    "omb": 200,
    "coord_dindaeng": 200,
    "staff_dindaeng": 200,
    "api_client": 200,
}


# Directory rows every matrix test can act on (inserted per test, rolled back after).
COORDINATOR_ID = uuid.UUID("00000000-0000-4000-8000-00000000c001")
CATEGORY_ID = uuid.UUID("00000000-0000-4000-8000-00000000c002")
RULE_ID = uuid.UUID("00000000-0000-4000-8000-00000000c003")
IF_MATCH = {"If-Match": '"1"'}


def _hook() -> str:
    return f"/api/v1/webhooks/{uuid.uuid4()}"


# The first default escalation rule (migration 0017).
DEFAULT_RULE = "6f1c2a10-0000-4000-8000-000000000001"


def _dindaeng(s: Actors) -> str:
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


# An activity in Din Daeng: OMB and admins anywhere, Din Daeng's coordinator in Din Daeng.
_ACT_WRITE = {"admin": 200, "omb": 200, "coord_dindaeng": 200, "api_client": 200}


MATRIX: dict[str, Case] = {
    "logout_user": Case("POST", lambda c: "/api/v1/auth/logout", _all(204, api_client=403)),
    "get_current_user": Case("GET", lambda c: "/api/v1/users/me", _all(200, api_client=403)),
    "update_current_user": Case(
        "PATCH",
        lambda c: "/api/v1/users/me",
        _all(200, api_client=403),
        lambda c: {"language": "en"},
    ),
    # every staff user links their own LINE account; API clients have none
    "issue_line_link_code": Case(
        "POST", lambda c: "/api/v1/users/me/line-link", _all(201, api_client=403)
    ),
    "delete_line_link": Case(
        "DELETE", lambda c: "/api/v1/users/me/line-link", _all(204, api_client=403)
    ),
    # a coordinator lists their own agency's staff (to assign its cases), nobody else's
    "list_users": Case(
        "GET",
        lambda c: f"/api/v1/users?agency_id={c.staff['staff_dindaeng'].agency_id}",
        _all(403, admin=200, coord_dindaeng=200),
    ),
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
        lambda c: {"If-Match": '"1"'},
    ),
    "deactivate_user": Case(
        "POST", lambda c: f"/api/v1/users/{_target(c)}/deactivate", _all(403, admin=200)
    ),
    "list_api_clients": Case("GET", lambda c: "/api/v1/api-clients", _all(403, admin=200)),
    "create_api_client": Case(
        "POST",
        lambda c: "/api/v1/api-clients",
        _all(403, admin=201),
        lambda c: {
            "name": "ระบบรับเรื่องเขตดินแดง",
            "agency_id": str(c.staff["staff_dindaeng"].agency_id),
            "scopes": ["complaints:read"],
        },
    ),
    "get_current_api_client": Case(
        "GET", lambda c: "/api/v1/api-clients/me", _all(403, api_client=200)
    ),
    "get_api_client": Case("GET", _client, _all(404, admin=200, api_client=200)),
    "update_api_client": Case(
        "PATCH",
        _client,
        _all(403, admin=200),
        lambda c: {"name": "Renamed client"},
        lambda c: {"If-Match": '"1"'},
    ),
    "disable_api_client": Case("POST", lambda c: f"{_client(c)}/disable", _all(403, admin=200)),
    "enable_api_client": Case("POST", lambda c: f"{_client(c)}/enable", _all(403, admin=200)),
    "delete_api_client": Case("DELETE", _client, _all(403, admin=204)),
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
    # --- the queue: everyone who works cases lists them, scoped like the single read ---
    "list_complaints": Case("GET", lambda c: "/api/v1/complaints", _all(200)),
    "list_complaint_changes": Case("GET", lambda c: "/api/v1/complaints/changes", _all(200)),
    "export_complaints": Case("GET", lambda c: "/api/v1/complaints/export", _all(200)),
    "list_similar_complaints": Case(
        "GET", lambda c: _case(c) + "/similar", _all(404, **_DD), needs_complaint=True
    ),
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
        _all(404, admin=403, omb=201, coord_dindaeng=201, staff_dindaeng=201, api_client=201),
        lambda c: {"kind": "note", "text": "โทรประสานแล้ว"},
        needs_complaint=True,
    ),
    "create_timeline_redaction": Case(
        "POST",
        lambda c: _case(c) + f"/timeline/{c.entry_id}/redactions",
        _all(404, admin=201, omb=201, coord_dindaeng=403, staff_dindaeng=403, api_client=403),
        lambda c: {"reason": "มีเบอร์โทรศัพท์ของผู้ร้องในบันทึก"},
        needs_complaint=True,
    ),
    "invite_co_handler": Case(
        "POST",
        lambda c: _case(c) + "/co-handlers",
        _all(404, admin=403, omb=200, coord_dindaeng=200, staff_dindaeng=403, api_client=200),
        lambda c: {"agency_id": str(c.staff["coord_dds"].agency_id), "reason": "ท่อระบายน้ำ"},
        needs_complaint=True,
    ),
    "upload_attachment": Case(
        "POST",
        lambda c: _case(c) + "/attachments",
        _all(404, admin=403, omb=201, coord_dindaeng=201, staff_dindaeng=201, api_client=201),
        needs_complaint=True,
        files=lambda c: {"file": ("photo.png", tiny_png(), "image/png")},
    ),
    "list_attachments": Case(
        "GET", lambda c: _case(c) + "/attachments", _all(404, **_DD), needs_complaint=True
    ),
    "download_attachment": Case(
        "GET",
        lambda c: _case(c) + f"/attachments/{c.attachment_id}",
        _all(404, **_DD),
        needs_complaint=True,
    ),
    "publish_privacy_notice": Case(
        "POST",
        lambda c: "/api/v1/privacy-notices",
        _all(403, admin=201),
        lambda c: {"version": "2027-01", "text_th": "ประกาศ", "text_en": "Notice"},
    ),
    # --- events: escalation rules and the queue (admins), notification preferences (staff) ---
    "list_escalation_rules": Case(
        "GET", lambda c: "/api/v1/escalation-rules", _all(403, admin=200)
    ),
    "create_escalation_rule": Case(
        "POST",
        lambda c: "/api/v1/escalation-rules",
        _all(403, admin=201),
        lambda c: {"milestone": "resolution_breached", "notify": ["assignee"], "sla_class": "x"},
    ),
    "get_escalation_rule": Case(
        "GET", lambda c: f"/api/v1/escalation-rules/{DEFAULT_RULE}", _all(403, admin=200)
    ),
    "update_escalation_rule": Case(
        "PATCH",
        lambda c: f"/api/v1/escalation-rules/{DEFAULT_RULE}",
        _all(403, admin=200),
        lambda c: {"is_active": True},
        headers=lambda c: IF_MATCH,
    ),
    "delete_escalation_rule": Case(
        "DELETE", lambda c: f"/api/v1/escalation-rules/{uuid.uuid4()}", _all(403, admin=404)
    ),
    "get_queue_health": Case("GET", lambda c: "/api/v1/operations/queue", _all(403, admin=200)),
    "list_failed_webhook_deliveries": Case(
        "GET", lambda c: "/api/v1/operations/webhook-deliveries", _all(403, admin=200)
    ),
    # --- webhooks: API clients with complaints:read manage their own subscriptions ---
    "create_webhook": Case(
        "POST",
        lambda c: "/api/v1/webhooks",
        _all(403, api_client=201),
        lambda c: {"url": "https://partner.example.org/hooks"},
    ),
    "list_webhooks": Case("GET", lambda c: "/api/v1/webhooks", _all(403, api_client=200)),
    "get_webhook": Case("GET", lambda c: _hook(), _all(403, api_client=404)),
    "update_webhook": Case(
        "PATCH", lambda c: _hook(), _all(403, api_client=404), lambda c: {"is_active": False}
    ),
    "delete_webhook": Case("DELETE", lambda c: _hook(), _all(403, api_client=404)),
    "rotate_webhook_secret": Case(
        "POST", lambda c: _hook() + "/rotate-secret", _all(403, api_client=404)
    ),
    "list_webhook_deliveries": Case(
        "GET", lambda c: _hook() + "/deliveries", _all(403, api_client=404)
    ),
    "replay_webhook_delivery": Case(
        "POST",
        lambda c: _hook() + f"/deliveries/{uuid.uuid4()}/replay",
        _all(403, api_client=404),
    ),
    "get_notification_preferences": Case(
        "GET", lambda c: "/api/v1/users/me/notification-preferences", _all(200, api_client=403)
    ),
    "update_notification_preferences": Case(
        "PATCH",
        lambda c: "/api/v1/users/me/notification-preferences",
        _all(200, api_client=403),
        lambda c: {"sla_due_soon": True},
    ),
    "list_sla_policies": Case("GET", lambda c: "/api/v1/sla-policies", _all(200)),
    "get_sla_policy": Case("GET", lambda c: "/api/v1/sla-policies/extended", _all(200)),
    "replace_sla_policy": Case(
        "PUT",
        lambda c: "/api/v1/sla-policies/extended",
        _all(403, admin=200),
        lambda c: {"targets": _TARGETS, "fast_track_targets": _TARGETS},
        lambda c: {"If-Match": '"1"'},
    ),
    "list_closure_days": Case("GET", lambda c: "/api/v1/closure-days", _all(200)),
    "add_closure_day": Case(
        "POST",
        lambda c: "/api/v1/closure-days",
        _all(403, admin=201),
        lambda c: {"day": "2031-01-02", "reason": "วันหยุดพิเศษ"},
    ),
    "delete_closure_day": Case(
        "DELETE", lambda c: "/api/v1/closure-days/2031-01-03", _all(403, admin=404)
    ),
    "get_complaint_stats": Case("GET", lambda c: "/api/v1/stats/complaints", _all(200)),
    "list_personal_data_access": Case(
        "GET", lambda c: "/api/v1/audit-log/personal-data", _all(403, omb=200)
    ),
    # --- data-subject requests (PDPA) and legal holds: OMB officers and admins only ---
    "search_data_subject": Case(
        "POST",
        lambda c: "/api/v1/privacy/data-subjects/search",
        _all(403, admin=200, omb=200),
        lambda c: {"phone": "0812345678"},
    ),
    "export_data_subject": Case(
        "POST",
        lambda c: "/api/v1/privacy/data-subjects/export",
        _all(403, admin=200, omb=200),
        lambda c: {"email": "nobody@example.com"},
    ),
    "rectify_data_subject": Case(
        "POST",
        lambda c: "/api/v1/privacy/data-subjects/rectifications",
        _all(403, admin=200, omb=200),
        lambda c: {
            "subject": {"phone": "0812345678"},
            "changes": {"phone": "0812345679"},
            "reason": "คำขอแก้ไข",
        },
    ),
    "erase_data_subject": Case(
        "POST",
        lambda c: "/api/v1/privacy/data-subjects/erasures",
        _all(403, admin=200, omb=200),
        lambda c: {"subject": {"line_user_id": "U-nobody"}, "reason": "คำขอลบ"},
    ),
    "restrict_data_subject": Case(
        "POST",
        lambda c: "/api/v1/privacy/data-subjects/restrictions",
        _all(403, admin=200, omb=200),
        lambda c: {"subject": {"line_user_id": "U-nobody"}, "reason": "คำสั่งศาล"},
    ),
    "list_legal_holds": Case(
        "GET", lambda c: "/api/v1/privacy/legal-holds", _all(403, admin=200, omb=200)
    ),
    "create_legal_hold": Case(
        "POST",
        lambda c: "/api/v1/privacy/legal-holds",
        _all(403, admin=201, omb=201),
        lambda c: {"complaint_id": c.complaint_id, "reason": "คำสั่งศาล"},
        needs_complaint=True,
    ),
    "delete_legal_hold": Case(
        "DELETE",
        lambda c: f"/api/v1/privacy/legal-holds/{c.complaint_id}",
        _all(403, admin=404, omb=404),
        needs_complaint=True,
    ),
    # --- directory: everyone signed in reads, admins write ---
    "list_agencies": Case("GET", lambda c: "/api/v1/agencies", _all(200)),
    "get_agency": Case("GET", lambda c: f"/api/v1/agencies/{_dindaeng(c.staff)}", _all(200)),
    "create_agency": Case(
        "POST",
        lambda c: "/api/v1/agencies",
        _all(403, admin=201),
        lambda c: {
            "code": "PARTNER_X",
            "kind": "external_partner",
            "name_th": "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ",
            "name_en": "ThaiHealth Promotion Foundation",
        },
    ),
    "update_agency": Case(
        "PATCH",
        lambda c: f"/api/v1/agencies/{_dindaeng(c.staff)}",
        _all(403, admin=200),
        lambda c: {"phone": "022450000"},
        lambda c: IF_MATCH,
    ),
    "deactivate_agency": Case(
        "POST", lambda c: f"/api/v1/agencies/{_dindaeng(c.staff)}/deactivate", _all(403, admin=200)
    ),
    "set_primary_coordinator": Case(
        "PUT",
        lambda c: f"/api/v1/agencies/{_dindaeng(c.staff)}/primary-coordinator",
        _all(403, admin=200),
        lambda c: {"coordinator_id": str(COORDINATOR_ID)},
    ),
    "list_coordinators": Case("GET", lambda c: "/api/v1/coordinators", _all(200)),
    "get_coordinator": Case("GET", lambda c: f"/api/v1/coordinators/{COORDINATOR_ID}", _all(200)),
    "create_coordinator": Case(
        "POST",
        lambda c: "/api/v1/coordinators",
        _all(403, admin=201),
        lambda c: {"agency_id": _dindaeng(c.staff), "name": "สมชาย ใจดี", "backup_rank": 1},
    ),
    "update_coordinator": Case(
        "PATCH",
        lambda c: f"/api/v1/coordinators/{COORDINATOR_ID}",
        _all(403, admin=200),
        lambda c: {"status": "on_leave"},
        lambda c: IF_MATCH,
    ),
    "list_categories": Case("GET", lambda c: "/api/v1/categories", _all(200)),
    "get_category": Case("GET", lambda c: f"/api/v1/categories/{CATEGORY_ID}", _all(200)),
    "create_category": Case(
        "POST",
        lambda c: "/api/v1/categories",
        _all(403, admin=201),
        lambda c: {
            "service_code": "matrix_new",
            "name_th": "ประเภทใหม่",
            "name_en": "New category",
            "sla_class": "standard",
        },
    ),
    "update_category": Case(
        "PATCH",
        lambda c: f"/api/v1/categories/{CATEGORY_ID}",
        _all(403, admin=200),
        lambda c: {"name_en": "Renamed"},
        lambda c: IF_MATCH,
    ),
    "list_routing_rules": Case("GET", lambda c: "/api/v1/routing-rules", _all(200)),
    "get_routing_rule": Case("GET", lambda c: f"/api/v1/routing-rules/{RULE_ID}", _all(200)),
    "create_routing_rule": Case(
        "POST",
        lambda c: "/api/v1/routing-rules",
        _all(403, admin=201),
        lambda c: {
            "category_id": str(CATEGORY_ID),
            "district_code": "1026",
            "target_kind": "district_office",
        },
    ),
    "update_routing_rule": Case(
        "PATCH",
        lambda c: f"/api/v1/routing-rules/{RULE_ID}",
        _all(403, admin=200),
        lambda c: {"is_active": False},
        lambda c: IF_MATCH,
    ),
    "delete_routing_rule": Case(
        "DELETE", lambda c: f"/api/v1/routing-rules/{RULE_ID}", _all(403, admin=204)
    ),
    "preview_routing": Case(
        "POST",
        lambda c: "/api/v1/routing/preview",
        _all(200),
        lambda c: {"category_id": str(CATEGORY_ID), "district_code": "1026"},
    ),
    "request_intake_suggestions": Case(
        "POST",
        lambda c: "/api/v1/intake/suggestions",
        _all(200, admin=403),
        lambda c: {"text": "ไฟทางดับ ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง"},
    ),
    "list_intake_keyword_rules": Case("GET", lambda c: "/api/v1/intake/keyword-rules", _all(200)),
    "replace_intake_keyword_rule": Case(
        "PUT",
        lambda c: f"/api/v1/intake/keyword-rules/{CATEGORY_ID}",
        _all(403, admin=200),
        lambda c: {"keywords": ["ทดสอบ"]},
    ),
    "list_activities": Case("GET", lambda c: "/api/v1/activities", _all(200)),
    "create_activity": Case(
        "POST",
        lambda c: "/api/v1/activities",
        _all(403, admin=201, omb=201, coord_dindaeng=201, api_client=201),
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
        _if_match,
        needs_activity="planned",
    ),
    "transition_activity": Case(
        "POST",
        lambda c: _activity(c) + "/transitions",
        _all(403, **_ACT_WRITE),
        lambda c: {"action": "hold"},
        _if_match,
        needs_activity="planned",
    ),
    "record_activity_outcome": Case(
        "PUT",
        lambda c: _activity(c) + "/outcome",
        _all(403, **_ACT_WRITE),
        lambda c: {"participants_by_role": {"community_chair": 12}},
        _if_match,
        needs_activity="held",
    ),
    "update_mou_area": Case(
        "PATCH",
        lambda c: "/api/v1/mou-areas/2",
        _all(403, admin=200),
        lambda c: {"targets": [{"kind": "districts_held", "value": 50}]},
        lambda c: {"If-Match": '"1"'},
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


@pytest.mark.usefixtures("directory_rows")
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(MATRIX))
async def test_authorization_matrix(
    client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
    operation: str,
    role: str,
) -> None:
    case = MATRIX[operation]
    actors: Actors = {**staff, "api_client": api_client}
    ctx = Ctx(actors)
    if case.needs_complaint:
        complaint_id, version = await din_daeng_case(
            database, staff["omb"], assign_to=staff["coord_dindaeng"]
        )
        attachment = await attach_photo(
            database, staff["omb"], complaint_id, settings.data_dir / "attachments"
        )
        first = await service(database).timeline(
            principal(staff["omb"]), uuid.UUID(complaint_id), PageRequest(1)
        )
        ctx = Ctx(actors, complaint_id, version, str(attachment), entry_id=str(first.items[0].id))
    if case.needs_activity is not None:
        view = await din_daeng_activity(database, staff["omb"], held=case.needs_activity == "held")
        ctx = Ctx(actors, version=view.activity.version, activity_id=str(view.activity.id))
    headers = {} if role == "anonymous" else dict(actors[role].headers)
    if case.headers is not None:
        headers.update(case.headers(ctx))
    kwargs: dict[str, Any] = {"headers": headers}
    if case.body is not None:
        kwargs["json"] = case.body(ctx)
    if case.files is not None:
        kwargs["files"] = case.files(ctx)
    r = await client.request(case.method, case.path(ctx), **kwargs)
    assert r.status_code == case.expected[role], (operation, role, r.text)
    if r.status_code >= 400:
        assert r.headers["content-type"] == "application/problem+json"
