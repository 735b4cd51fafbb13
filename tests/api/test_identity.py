"""Staff identity over HTTP: login, revocation, mass assignment, admin management, audit."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlmodel import col

from api.app import create_app
from domain.errors import DomainError
from domain.shared.clock import FixedClock
from domain.shared.principal import Role
from infra.auth.passwords import password_helper
from infra.bootstrap import create_staff_user
from infra.db.engine import Database
from infra.db.tables import UserRow
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import PASSWORD, Staff, make_staff


async def _login(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> httpx.Response:
    return await client.post("/api/v1/auth/login", data={"username": email, "password": password})


async def _me(client: httpx.AsyncClient, token: str) -> int:
    r = await client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
    return r.status_code


@pytest.fixture
async def person(database: Database) -> Staff:
    return await make_staff(
        database.sessions, "person", Role.agency_staff, "1026", email="somsri@example.org"
    )


async def test_login_gives_a_working_token(client: httpx.AsyncClient, person: Staff) -> None:
    r = await _login(client, "SOMSRI@example.org")
    assert r.status_code == 200, r.text
    token = r.json()["access_token"]
    me = await client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["email"] == "somsri@example.org"
    assert me.json()["role"] == "agency_staff"


async def test_bad_login_is_a_problem(client: httpx.AsyncClient, person: Staff) -> None:
    r = await _login(client, person.email, "wrong-password-123")
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "auth.login_bad_credentials"
    r = await client.get("/api/v1/users/me", headers={"Authorization": "Bearer garbage"})
    assert r.status_code == 401 and r.json()["code"] == "auth.invalid_token"
    assert r.headers["www-authenticate"] == "Bearer"


async def test_logout_revokes_the_token(client: httpx.AsyncClient, person: Staff) -> None:
    token = (await _login(client, person.email)).json()["access_token"]
    r = await client.post("/api/v1/auth/logout", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 204
    assert await _me(client, token) == 401
    assert await _me(client, person.token) == 200  # other sessions live on


async def test_deactivation_revokes_at_once(
    client: httpx.AsyncClient, person: Staff, staff: dict[str, Staff]
) -> None:
    assert await _me(client, person.token) == 200
    r = await client.post(f"/api/v1/users/{person.id}/deactivate", headers=staff["admin"].headers)
    assert r.status_code == 200 and r.json()["is_active"] is False
    assert await _me(client, person.token) == 401
    assert (await _login(client, person.email)).status_code == 400


async def test_a_deactivated_agency_locks_its_users_out_until_reactivated(
    client: httpx.AsyncClient, person: Staff, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"].headers
    r = await client.post(f"/api/v1/agencies/{person.agency_id}/deactivate", headers=admin)
    assert r.status_code == 200 and r.json()["is_active"] is False
    assert await _me(client, person.token) == 401
    assert await _me(client, staff["coord_dindaeng"].token) == 401  # the same agency
    login = await _login(client, person.email)
    assert login.status_code == 400 and login.json()["code"] == "auth.login_bad_credentials"
    assert await _me(client, staff["coord_suanluang"].token) == 200  # another agency
    assert await _me(client, staff["admin"].token) == 200  # no agency
    r = await client.patch(
        f"/api/v1/agencies/{person.agency_id}",
        headers={**admin, "If-Match": f'"{r.json()["version"]}"'},
        json={"is_active": True},
    )
    assert r.status_code == 200, r.text
    assert await _me(client, person.token) == 200
    assert (await _login(client, person.email)).status_code == 200


async def test_accounts_made_outside_a_request_follow_the_apis_rules(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    """The CLI, demo data and fixtures create accounts through the identity use case: an
    inactive agency, a role its agency cannot hold and a taken e-mail are refused as the API
    refuses them, and the account is audit-logged."""
    helper = password_helper("fast")
    admin = staff["admin"].headers
    agency = (await client.get("/api/v1/agencies", params={"q": "1001"}, headers=admin)).json()
    phra_nakhon = next(a for a in agency["items"] if a["code"] == "1001")
    r = await client.post(f"/api/v1/agencies/{phra_nakhon['id']}/deactivate", headers=admin)
    assert r.status_code == 200, r.text
    try:
        with pytest.raises(DomainError) as refused:
            await create_staff_user(
                database.sessions,
                helper,
                email="boot@example.org",
                role=Role.agency_staff,
                agency_code="1001",
                password=PASSWORD,
            )
        assert refused.value.code == "user.role_agency_mismatch"
        assert [e.loc for e in refused.value.errors] == [("agency_id",)]
    finally:
        version = r.json()["version"]
        r = await client.patch(
            f"/api/v1/agencies/{phra_nakhon['id']}",
            headers={**admin, "If-Match": f'"{version}"'},
            json={"is_active": True},
        )
        assert r.status_code == 200, r.text
    with pytest.raises(DomainError) as refused:
        await create_staff_user(
            database.sessions,
            helper,
            email="boot@example.org",
            role=Role.coordinator,
            agency_code="OMB",
            password=PASSWORD,
        )
    assert refused.value.code == "user.role_agency_mismatch"
    with pytest.raises(DomainError) as refused:
        await create_staff_user(
            database.sessions,
            helper,
            email="boot@example.org",
            role=Role.agency_staff,
            agency_code="1001",
            password="short",
        )
    assert refused.value.code == "user.weak_password"
    made = await create_staff_user(
        database.sessions,
        helper,
        email="Boot@Example.org",
        role=Role.agency_staff,
        agency_code="1001",
        password=PASSWORD,
    )
    assert made.email == "boot@example.org"
    assert (await _login(client, "boot@example.org")).status_code == 200
    again = await create_staff_user(
        database.sessions,
        helper,
        email="boot@example.org",
        role=Role.agency_staff,
        agency_code="1001",
        exist_ok=True,
    )
    assert again.id == made.id
    with pytest.raises(DomainError) as refused:
        await create_staff_user(
            database.sessions,
            helper,
            email="boot@example.org",
            role=Role.agency_staff,
            agency_code="1001",
        )
    assert refused.value.code == "user.email_taken"
    log = await client.get("/api/v1/audit-log", params={"entity_id": str(made.id)}, headers=admin)
    assert log.status_code == 200, log.text
    assert [e["action"] for e in log.json()["items"]] == ["user.create"]


async def test_role_and_agency_change_revoke_and_are_audited(
    client: httpx.AsyncClient, person: Staff, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"].headers
    url = f"/api/v1/users/{person.id}"
    etag = (await client.get(url, headers=admin)).headers["etag"]
    r = await client.patch(url, headers={**admin, "If-Match": etag}, json={"role": "coordinator"})
    assert r.status_code == 200, r.text
    assert r.json()["role"] == "coordinator"
    assert await _me(client, person.token) == 401
    token = (await _login(client, person.email)).json()["access_token"]
    r = await client.patch(
        url,
        headers={**admin, "If-Match": r.headers["etag"]},
        json={"agency_id": str(staff["coord_suanluang"].agency_id)},
    )
    assert r.status_code == 200
    assert await _me(client, token) == 401

    log = await client.get(
        "/api/v1/audit-log",
        headers=staff["omb"].headers,
        params={"entity_type": "user", "entity_id": str(person.id), "action": "user.update"},
    )
    entries = log.json()["items"]
    assert len(entries) == 2
    role_change = entries[-1]  # newest first
    assert role_change["before"]["role"] == "agency_staff"
    assert role_change["after"]["role"] == "coordinator"
    assert role_change["actor_id"] == str(staff["admin"].id)
    assert role_change["request_id"]


async def test_password_reset_revokes_and_sets_the_password(
    client: httpx.AsyncClient, person: Staff, mailer: InMemoryMailer
) -> None:
    r = await client.post("/api/v1/auth/forgot-password", json={"email": person.email})
    assert r.status_code == 202
    message = mailer.last_to(person.email)
    assert "ตั้งรหัสผ่านใหม่" in message.subject  # the user's language is Thai
    token = re.search(r"http://\S+/console/reset-password#token=(\S+)", message.text).group(1)  # type: ignore[union-attr]
    r = await client.post(
        "/api/v1/auth/reset-password", json={"token": token, "password": "a-brand-new-password"}
    )
    assert r.status_code == 200, r.text
    assert await _me(client, person.token) == 401
    assert (await _login(client, person.email)).status_code == 400
    assert (await _login(client, person.email, "a-brand-new-password")).status_code == 200
    r = await client.post(
        "/api/v1/auth/reset-password", json={"token": token, "password": "yet-another-password"}
    )
    assert r.status_code == 400 and r.json()["code"] == "auth.invalid_reset_token"


async def test_unknown_email_gets_the_same_forgot_answer(
    client: httpx.AsyncClient, mailer: InMemoryMailer
) -> None:
    r = await client.post("/api/v1/auth/forgot-password", json={"email": "nobody@example.org"})
    assert r.status_code == 202 and mailer.sent == []


async def test_email_verification(
    client: httpx.AsyncClient, database: Database, mailer: InMemoryMailer, staff: dict[str, Staff]
) -> None:
    r = await client.post(
        "/api/v1/users",
        headers=staff["admin"].headers,
        json={
            "email": "new.officer@example.org",
            "full_name": "New Officer",
            "role": "omb_officer",
            "language": "en",
        },
    )
    assert r.status_code == 201, r.text
    assert r.json()["is_verified"] is False
    invitation = mailer.last_to("new.officer@example.org")
    assert invitation.subject == "Your invitation to Fast Track OMB & BMA"
    # the link lands on the console's page for invitations (the token in the fragment)
    assert re.search(r"http://\S+/console/accept-invitation#token=\S+", invitation.text)
    r = await client.post(
        "/api/v1/auth/request-verify-token", json={"email": "new.officer@example.org"}
    )
    assert r.status_code == 202
    token = re.search(r"http://\S+/console/verify#token=(\S+)", mailer.sent[-1].text).group(1)  # type: ignore[union-attr]
    r = await client.post("/api/v1/auth/verify", json={"token": token})
    assert r.status_code == 200 and r.json()["is_verified"] is True


@pytest.mark.parametrize(
    "field,value",
    [
        ("role", "admin"),
        ("agency_id", "00000000-0000-0000-0000-000000000001"),
        ("is_superuser", True),
        ("is_active", False),
        ("email", "x@example.org"),
    ],
)
async def test_mass_assignment_on_me_is_refused(
    client: httpx.AsyncClient, person: Staff, database: Database, field: str, value: object
) -> None:
    async with database.sessions() as s:
        before = (await s.execute(select(UserRow).where(col(UserRow.id) == person.id))).scalar_one()
        before_view = before.model_dump()
    r = await client.patch(
        "/api/v1/users/me", headers=person.headers, json={"full_name": "Changed", field: value}
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["loc"] == ["body", field]
    async with database.sessions() as s:
        after = (await s.execute(select(UserRow).where(col(UserRow.id) == person.id))).scalar_one()
    assert after.model_dump() == before_view


async def test_self_service_profile_and_password(client: httpx.AsyncClient, person: Staff) -> None:
    r = await client.patch(
        "/api/v1/users/me",
        headers=person.headers,
        json={"full_name": "สมศรี ใจดี", "phone": "0812345678", "language": "en"},
    )
    assert r.status_code == 200
    assert r.json()["full_name"] == "สมศรี ใจดี"
    r = await client.patch(
        "/api/v1/users/me",
        headers=person.headers,
        json={"password": "new-password-123", "current_password": "wrong"},
    )
    assert r.status_code == 422 and r.json()["code"] == "user.wrong_password"
    other = (await _login(client, person.email)).json()["access_token"]
    r = await client.patch(
        "/api/v1/users/me",
        headers=person.headers,
        json={"password": "new-password-123", "current_password": PASSWORD},
    )
    assert r.status_code == 200
    assert await _me(client, person.token) == 200  # this session continues
    assert await _me(client, other) == 401  # other sessions end
    assert (await _login(client, person.email, "new-password-123")).status_code == 200


async def test_admin_cannot_change_own_role(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"]
    r = await client.patch(
        f"/api/v1/users/{admin.id}",
        headers={**admin.headers, "If-Match": '"1"'},
        json={"role": "omb_officer"},
    )
    assert r.status_code == 403 and r.json()["code"] == "user.self_change_forbidden"


async def test_role_must_match_agency(client: httpx.AsyncClient, staff: dict[str, Staff]) -> None:
    r = await client.post(
        "/api/v1/users",
        headers=staff["admin"].headers,
        json={"email": "bad@example.org", "full_name": "Bad", "role": "coordinator"},
    )
    assert r.status_code == 422 and r.json()["code"] == "user.role_agency_mismatch"
    r = await client.post(
        "/api/v1/users",
        headers=staff["admin"].headers,
        json={"email": staff["staff_dindaeng"].email, "full_name": "Dup", "role": "admin"},
    )
    assert r.status_code == 409 and r.json()["code"] == "user.email_taken"


async def test_users_list_filters_and_pages(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"].headers
    r = await client.get(
        "/api/v1/users", headers=admin, params={"agency_id": str(staff["coord_dindaeng"].agency_id)}
    )
    emails = {u["email"] for u in r.json()["items"]}
    assert {staff["coord_dindaeng"].email, staff["staff_dindaeng"].email} <= emails
    assert staff["coord_suanluang"].email not in emails
    seen, cursor = [], None
    while True:
        r = await client.get(
            "/api/v1/users",
            headers=admin,
            params={"limit": 2, **({"cursor": cursor} if cursor else {})},
        )
        seen += [u["id"] for u in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) >= len(staff)
    assert (
        await client.delete(f"/api/v1/users/{staff['staff_dindaeng'].id}", headers=admin)
    ).status_code == 405


async def test_a_coordinator_lists_only_their_own_agencys_staff(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    coordinator = staff["coord_dindaeng"]
    r = await client.get(
        "/api/v1/users",
        headers=coordinator.headers,
        params={"agency_id": str(coordinator.agency_id), "is_active": "true"},
    )
    assert r.status_code == 200
    emails = {u["email"] for u in r.json()["items"]}
    assert staff["staff_dindaeng"].email in emails
    assert {u["agency_id"] for u in r.json()["items"]} == {str(coordinator.agency_id)}
    other = staff["coord_suanluang"].agency_id
    for params in ({"agency_id": str(other)}, {}):
        r = await client.get("/api/v1/users", headers=coordinator.headers, params=params)
        assert r.status_code == 403 and r.json()["code"] == "user.admin_only"
    # agency staff do not list their colleagues
    r = await client.get(
        "/api/v1/users",
        headers=staff["staff_dindaeng"].headers,
        params={"agency_id": str(coordinator.agency_id)},
    )
    assert r.status_code == 403


async def test_failed_logins_are_slowed_then_refused(
    settings: Settings, database: Database, person: Staff
) -> None:
    clock = FixedClock(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    app: FastAPI = create_app(settings, database=database, mailer=InMemoryMailer(), clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        for _ in range(3):
            assert (await _login(c, person.email, "wrong-password-1")).status_code == 400
        r = await _login(c, person.email)  # even the right password waits now
        assert r.status_code == 429
        assert r.json()["code"] == "auth.login_throttled"
        assert int(r.headers["retry-after"]) == 1
        for n in range(4, 10):
            clock.set(clock.now() + timedelta(minutes=5))
            assert (await _login(c, person.email, "wrong-password-1")).status_code == 400, n
        clock.set(clock.now() + timedelta(minutes=5))
        assert (await _login(c, person.email, "wrong-password-1")).status_code == 400
        r = await _login(c, person.email)
        assert r.status_code == 429 and int(r.headers["retry-after"]) == 900
        clock.set(clock.now() + timedelta(minutes=16))
        assert (await _login(c, person.email)).status_code == 200
