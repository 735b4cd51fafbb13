"""Escalation rules, notification preferences and the queue's health over HTTP; /readyz
reports a stuck queue."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest

from domain.events.model import DomainEvent, EventType
from domain.notification.model import NotificationKind
from domain.notification.service import PreferenceService
from domain.shared.clock import SystemClock
from infra.db.engine import Database
from infra.db.uow import SqlUnitOfWork
from tests.support.complaints import principal
from tests.support.identity import Staff

pytestmark = pytest.mark.db
RULES = "/api/v1/escalation-rules"


async def test_admins_manage_escalation_rules(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"].headers
    listed = (await client.get(RULES, headers=admin)).json()["items"]
    assert {r["milestone"] for r in listed} == {
        "first_response_due_soon",
        "resolution_due_soon",
        "first_response_breached",
        "resolution_breached",
    }
    created = await client.post(
        RULES,
        json={"milestone": "resolution_breached", "notify": ["assignee"], "sla_class": "urgent"},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    rule = created.json()
    url = f"{RULES}/{rule['id']}"
    assert created.headers["Location"] == url  # as the document declares for every 201
    got = await client.get(url, headers=admin)
    assert got.headers["ETag"] == '"1"'
    missing = await client.patch(url, json={"is_active": False}, headers=admin)
    assert missing.status_code == 428
    if_match = admin | {"If-Match": '"1"'}
    body = {"sla_class": None, "notify": ["omb_on_duty"]}
    changed = await client.patch(url, json=body, headers=if_match)
    assert changed.status_code == 200, changed.text
    assert changed.json()["sla_class"] is None and changed.json()["notify"] == ["omb_on_duty"]
    stale = await client.patch(url, json={"is_active": False}, headers=if_match)
    assert stale.status_code == 412
    bad = await client.post(RULES, json={"milestone": "soon", "notify": []}, headers=admin)
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")
    refused = await client.post(
        RULES,
        json={"milestone": "resolution_breached", "notify": ["assignee"]},
        headers=staff["omb"].headers,
    )
    assert refused.status_code == 403
    assert (await client.delete(url, headers=admin)).status_code == 204
    assert (await client.get(url, headers=admin)).status_code == 404


async def test_staff_choose_their_notifications(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    url = "/api/v1/users/me/notification-preferences"
    coord = staff["coord_dindaeng"].headers
    assert (await client.get(url, headers=coord)).json() == {
        "case_arrived": True,
        "case_assigned_to_you": True,
        "omb_attention": True,
        "sla_due_soon": True,
        "notify_via": "email",
    }
    patched = await client.patch(url, json={"case_arrived": False}, headers=coord)
    assert patched.json()["case_arrived"] is False and patched.json()["sla_due_soon"] is True
    assert (await client.get(url, headers=coord)).json()["case_arrived"] is False
    unknown = await client.patch(url, json={"everything": False}, headers=coord)
    assert unknown.status_code == 422
    disabled = await PreferenceService(lambda: SqlUnitOfWork(database.sessions)).get(
        principal(staff["coord_dindaeng"])
    )
    assert disabled[NotificationKind.case_arrived] is False


async def test_queue_health_and_a_stuck_queue_fails_readiness(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database
) -> None:
    assert (await client.get("/readyz")).json()["queue"] == "ok"
    old = DomainEvent.new(
        EventType.complaint_created, SystemClock().now() - timedelta(hours=2), uuid.uuid4()
    )
    async with SqlUnitOfWork(database.sessions) as uow:
        await uow.outbox.add([old])
        await uow.commit()
    health = await client.get("/api/v1/operations/queue", headers=staff["admin"].headers)
    assert health.status_code == 200
    assert health.json()["pending_events"] >= 1 and health.json()["oldest_pending_at"]
    refused = await client.get("/api/v1/operations/queue", headers=staff["omb"].headers)
    assert refused.status_code == 403
    ready = await client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["code"] == "readiness.queue_stuck"
    async with SqlUnitOfWork(database.sessions) as uow:
        await uow.outbox.mark_dispatched(old.id, SystemClock().now())
        await uow.commit()
    assert (await client.get("/readyz")).status_code == 200
