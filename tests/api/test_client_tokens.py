"""OAuth2 client credentials end to end: the token endpoint, the JWKS, every refusal of a bad
token, revocation, scopes, and key rotation — on SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import asyncio
import base64
import dataclasses
import hashlib
import hmac
import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt as pyjwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from sqlalchemy import update
from sqlmodel import col

from api import cli
from api.app import create_app
from api.deps import PrincipalDep
from domain.errors import Forbidden
from domain.policy import Action, Resource, ResourceKind, may
from domain.shared.clock import FixedClock
from infra.db import migrate
from infra.db.engine import Database
from infra.db.tables import AgencyRow
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.api_clients import (
    AUDIENCE,
    ISSUER,
    ApiClientActor,
    make_api_client,
    session_key_ring,
)
from tests.support.identity import Staff

TOKEN = "/api/v1/auth/token"
ME = "/api/v1/api-clients/me"


def _basic(client_id: object, secret: str) -> dict[str, str]:
    raw = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _header(token: str) -> dict[str, Any]:
    return dict(pyjwt.get_unverified_header(token))


async def _token(client: httpx.AsyncClient, actor: ApiClientActor, **form: str) -> httpx.Response:
    return await client.post(
        TOKEN,
        data={"grant_type": "client_credentials", **form},
        headers=_basic(actor.id, actor.secret),
    )


def _assert_oauth_problem(r: httpx.Response, status: int, error: str) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["error"] == error and body["code"] == f"auth.{error}"
    assert body["status"] == status and body["error_description"]
    assert all(0x20 <= ord(c) <= 0x7E for c in body["error_description"])
    if status == 401:
        assert r.headers["www-authenticate"].startswith("Basic")


# --- the token endpoint -----------------------------------------------------------------------


async def test_token_by_http_basic_and_by_body(
    client: httpx.AsyncClient, api_client: ApiClientActor, jwt_keys_dir: Path
) -> None:
    before = int(time.time())
    r = await _token(client, api_client)
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store" and r.headers["pragma"] == "no-cache"
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 900
    assert body["scope"] == " ".join(sorted(api_client.scopes))
    header = _header(body["access_token"])
    ring = session_key_ring(jwt_keys_dir).state()
    assert header == {"alg": "RS256", "typ": "at+jwt", "kid": ring.active.kid}
    claims = pyjwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["iss"] == ISSUER == "http://127.0.0.1:8000"
    assert claims["aud"] == AUDIENCE
    assert claims["sub"] == str(api_client.id) == claims["client_id"]
    assert claims["agency"] == str(api_client.agency_id)
    assert claims["scope"] == body["scope"]
    assert claims["exp"] - claims["iat"] == 900 and claims["iat"] >= before - 1
    assert len(claims["jti"]) == 32

    r = await client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": str(api_client.id),
            "client_secret": api_client.secret,
            "audience": "ignored-unknown-parameter",
        },
    )
    assert r.status_code == 200, r.text
    second = r.json()["access_token"]
    assert pyjwt.decode(second, options={"verify_signature": False})["jti"] != claims["jti"]
    assert (await client.get(ME, headers=_bearer(second))).status_code == 200


async def test_token_verifies_with_a_stock_jwt_library_against_the_jwks(
    client: httpx.AsyncClient, api_client: ApiClientActor
) -> None:
    token = (await _token(client, api_client)).json()["access_token"]
    r = await client.get("/.well-known/jwks.json")
    assert r.status_code == 200 and "max-age" in r.headers["cache-control"]
    jwks = r.json()
    for key in jwks["keys"]:
        assert set(key) == {"kid", "kty", "alg", "use", "n", "e"}  # nothing private
        assert (key["kty"], key["alg"], key["use"]) == ("RSA", "RS256", "sig")
    key_set = pyjwt.PyJWKSet.from_dict(jwks)
    signing_key = next(k for k in key_set.keys if k.key_id == _header(token)["kid"])
    claims = pyjwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "iss", "aud", "sub", "jti"]},
    )
    assert claims["sub"] == str(api_client.id)


@pytest.mark.parametrize(
    "form,headers_of,status,error",
    [
        ({}, "basic", 400, "invalid_request"),
        ({"grant_type": "password"}, "basic", 400, "unsupported_grant_type"),
        (
            {"grant_type": "client_credentials", "scope": "stats:write"},
            "basic",
            400,
            "invalid_scope",
        ),
        ({"grant_type": "client_credentials"}, "wrong_secret", 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, "unknown_client", 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, "not_a_uuid", 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, "malformed_basic", 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, "bearer", 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, "none", 401, "invalid_client"),
        (
            {"grant_type": "client_credentials", "client_secret": "x"},
            "basic",
            400,
            "invalid_request",
        ),
    ],
)
async def test_token_errors_are_oauth_problems(
    client: httpx.AsyncClient,
    api_client: ApiClientActor,
    form: dict[str, str],
    headers_of: str,
    status: int,
    error: str,
) -> None:
    headers = {
        "basic": _basic(api_client.id, api_client.secret),
        "wrong_secret": _basic(api_client.id, api_client.secret + "x"),
        "unknown_client": _basic(uuid.uuid4(), api_client.secret),
        "not_a_uuid": _basic("partner", api_client.secret),
        "malformed_basic": {"Authorization": "Basic !!not-base64!!"},
        "bearer": _bearer(api_client.token),
        "none": {},
    }[headers_of]
    r = await client.post(TOKEN, data=form, headers=headers)
    _assert_oauth_problem(r, status, error)


async def test_scope_narrowing_and_a_scope_not_granted(
    client: httpx.AsyncClient, database: Database, jwt_keys_dir: Path
) -> None:
    reader = await make_api_client(
        database.sessions,
        session_key_ring(jwt_keys_dir),
        "reader",
        "1026",
        frozenset({"complaints:read", "stats:read"}),
    )
    r = await _token(client, reader, scope="stats:read")
    assert r.status_code == 200 and r.json()["scope"] == "stats:read"
    claims = pyjwt.decode(r.json()["access_token"], options={"verify_signature": False})
    assert claims["scope"] == "stats:read"
    r = await _token(client, reader, scope="stats:read complaints:create")
    _assert_oauth_problem(r, 400, "invalid_scope")
    assert "complaints:create" in r.json()["error_description"]


async def test_a_deactivated_agency_gets_no_token(
    client: httpx.AsyncClient, api_client: ApiClientActor, database: Database
) -> None:
    async with database.sessions() as s:
        await s.execute(
            update(AgencyRow)
            .where(col(AgencyRow.id) == api_client.agency_id)
            .values(is_active=False)
        )
        await s.commit()
    r = await _token(client, api_client)
    _assert_oauth_problem(r, 400, "invalid_grant")


async def test_failed_token_requests_are_slowed_then_refused(
    settings: Settings, database: Database, jwt_keys_dir: Path
) -> None:
    partner = await make_api_client(
        database.sessions, session_key_ring(jwt_keys_dir), "guessed", "1026"
    )
    wrong = dataclasses.replace(partner, secret="not-the-secret")
    clock = FixedClock(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    app = create_app(settings, database=database, mailer=InMemoryMailer(), clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        for _ in range(3):
            _assert_oauth_problem(await _token(c, wrong), 401, "invalid_client")
        r = await _token(c, partner)  # even the right secret waits now
        assert r.status_code == 429 and r.json()["code"] == "auth.token_throttled"
        assert int(r.headers["retry-after"]) == 1
        for _ in range(4, 11):
            clock.set(clock.now() + timedelta(minutes=5))
            _assert_oauth_problem(await _token(c, wrong), 401, "invalid_client")
        r = await _token(c, partner)
        assert r.status_code == 429 and int(r.headers["retry-after"]) == 900
        clock.set(clock.now() + timedelta(minutes=16))
        r = await _token(c, partner)
        assert r.status_code == 200, r.text
        # Success clears the client's count: the next wrong secret is free again.
        _assert_oauth_problem(await _token(c, wrong), 401, "invalid_client")


async def test_problem_is_localised_but_error_description_stays_ascii(
    client: httpx.AsyncClient, api_client: ApiClientActor
) -> None:
    r = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={**_basic(api_client.id, "wrong"), "Accept-Language": "th"},
    )
    _assert_oauth_problem(r, 401, "invalid_client")
    assert r.json()["title"] == "ยืนยันตัวตน client ไม่สำเร็จ"


# --- refusing bad tokens ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def stranger_pem() -> bytes:
    """Another RSA key: what an attacker can sign with."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _claims(actor: ApiClientActor, **changes: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": str(actor.id),
        "client_id": str(actor.id),
        "agency": str(actor.agency_id),
        "scope": " ".join(sorted(actor.scopes)),
        "iat": now,
        "exp": now + 600,
        "jti": uuid.uuid4().hex,
    }
    claims.update(changes)
    return {k: v for k, v in claims.items() if v is not None}


def _unsigned(header: dict[str, Any], claims: dict[str, Any], signature: bytes = b"") -> str:
    head = _b64(json.dumps(header).encode())
    body = _b64(json.dumps(claims).encode())
    return f"{head}.{body}.{_b64(signature)}"


def _forge(name: str, actor: ApiClientActor, keys_dir: Path, stranger: bytes) -> str:
    state = session_key_ring(keys_dir).state()
    kid = state.active.kid
    our_pem = state.active.private_pem
    header = {"kid": kid, "typ": "at+jwt"}

    def ours(claims: dict[str, Any], **head: Any) -> str:
        return pyjwt.encode(claims, our_pem, algorithm="RS256", headers={**header, **head})

    if name == "alg_none":
        return _unsigned({"alg": "none", **header}, _claims(actor))
    if name == "alg_none_with_signature":
        real = ours(_claims(actor))
        return _unsigned({"alg": "none", **header}, _claims(actor)) + real.rsplit(".", 1)[1]
    if name == "wrong_signature":
        return pyjwt.encode(_claims(actor), stranger, algorithm="RS256", headers=header)
    if name == "hs256_with_public_key":
        public_pem = (
            serialization.load_pem_private_key(our_pem, password=None)
            .public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        token = _unsigned({"alg": "HS256", **header}, _claims(actor))
        signing_input = token.rsplit(".", 1)[0]
        signature = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
        return f"{signing_input}.{_b64(signature)}"
    if name == "expired":
        now = int(time.time())
        return ours(_claims(actor, iat=now - 1000, exp=now - 120))
    if name == "wrong_aud":
        return ours(_claims(actor, aud="another-api"))
    if name == "wrong_iss":
        return ours(_claims(actor, iss="https://evil.example"))
    if name == "unknown_kid":
        return ours(_claims(actor), kid="not-one-of-ours")
    if name == "no_kid":
        return pyjwt.encode(_claims(actor), our_pem, algorithm="RS256", headers={"typ": "at+jwt"})
    if name == "no_jti":
        return ours(_claims(actor, jti=None))
    if name == "no_exp":
        return ours(_claims(actor, exp=None))
    if name == "not_an_access_token":
        return pyjwt.encode(_claims(actor), our_pem, algorithm="RS256", headers={"kid": kid})
    if name == "tampered_scope":
        real = ours(_claims(actor, scope="stats:read"))
        encoded_header, _, encoded_signature = real.split(".")
        tampered = _b64(json.dumps(_claims(actor)).encode())
        return f"{encoded_header}.{tampered}.{encoded_signature}"
    if name == "unknown_client":
        return ours(_claims(actor, sub=str(uuid.uuid4())))
    if name == "other_agency":
        return ours(_claims(actor, agency=str(uuid.uuid4())))
    if name == "garbage_three_parts":
        return "not.a.jwt"
    if name == "garbage_base64":
        return "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOjF9.@@@"
    if name == "garbage_opaque":
        return "definitely-not-a-token"
    raise AssertionError(name)


FORGERIES = [
    "alg_none",
    "alg_none_with_signature",
    "wrong_signature",
    "hs256_with_public_key",
    "expired",
    "wrong_aud",
    "wrong_iss",
    "unknown_kid",
    "no_kid",
    "no_jti",
    "no_exp",
    "not_an_access_token",
    "tampered_scope",
    "unknown_client",
    "other_agency",
    "garbage_three_parts",
    "garbage_base64",
    "garbage_opaque",
]


@pytest.mark.parametrize("forgery", FORGERIES)
async def test_bad_tokens_are_refused_with_401(
    client: httpx.AsyncClient,
    api_client: ApiClientActor,
    jwt_keys_dir: Path,
    stranger_pem: bytes,
    forgery: str,
) -> None:
    assert (await client.get(ME, headers=api_client.headers)).status_code == 200
    token = _forge(forgery, api_client, jwt_keys_dir, stranger_pem)
    r = await client.get(ME, headers=_bearer(token))
    assert r.status_code == 401, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.headers["www-authenticate"] == "Bearer"
    assert r.json()["code"] == "auth.invalid_token"


async def test_tokens_of_disabled_and_deleted_clients_are_refused_at_once(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database, jwt_keys_dir: Path
) -> None:
    admin = staff["admin"].headers
    ring = session_key_ring(jwt_keys_dir)
    for action in ("disable", "delete"):
        partner = await make_api_client(database.sessions, ring, action, "1026")
        assert (await client.get(ME, headers=partner.headers)).status_code == 200
        url = f"/api/v1/api-clients/{partner.id}"
        r = await (
            client.post(f"{url}/disable", headers=admin)
            if action == "disable"
            else client.delete(url, headers=admin)
        )
        assert r.status_code in (200, 204)
        r = await client.get(ME, headers=partner.headers)
        assert r.status_code == 401 and r.json()["code"] == "auth.invalid_token"
        _assert_oauth_problem(await _token(client, partner), 401, "invalid_client")


async def test_tokens_of_a_deactivated_agency_are_refused_at_once(
    client: httpx.AsyncClient, staff: dict[str, Staff], database: Database, jwt_keys_dir: Path
) -> None:
    partner = await make_api_client(
        database.sessions, session_key_ring(jwt_keys_dir), "agency-off", "1026"
    )
    assert (await client.get(ME, headers=partner.headers)).status_code == 200
    r = await client.post(
        f"/api/v1/agencies/{partner.agency_id}/deactivate", headers=staff["admin"].headers
    )
    assert r.status_code == 200
    r = await client.get(ME, headers=partner.headers)
    assert r.status_code == 401 and r.json()["code"] == "auth.invalid_token"


# --- scopes decide through the policy ---------------------------------------------------------


@pytest.fixture
def probe_app(app: FastAPI) -> FastAPI:
    """The app with a stand-in for a scoped endpoint (complaints arrive in a later issue)."""

    async def create_probe(actor: PrincipalDep) -> dict[str, bool]:
        if not may(actor, Action.create, Resource(ResourceKind.complaint)):
            raise Forbidden(
                "Filing complaints needs complaints:create.", code="complaint.forbidden"
            )
        return {"ok": True}

    app.add_api_route("/api/v1/probe", create_probe, methods=["POST"])
    return app


async def test_a_scope_the_client_lacks_gives_403(
    probe_app: FastAPI,
    client: httpx.AsyncClient,
    staff: dict[str, Staff],
    database: Database,
    jwt_keys_dir: Path,
) -> None:
    ring = session_key_ring(jwt_keys_dir)
    reader = await make_api_client(
        database.sessions, ring, "reader", "1026", frozenset({"complaints:read"})
    )
    r = await client.post("/api/v1/probe", headers=reader.headers)
    assert r.status_code == 403 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "complaint.forbidden"

    filer = await make_api_client(
        database.sessions,
        ring,
        "filer",
        "1026",
        frozenset({"complaints:read", "complaints:create"}),
    )
    assert (await client.post("/api/v1/probe", headers=filer.headers)).status_code == 200
    # A token narrowed to complaints:read cannot file, though the client could.
    narrow = (await _token(client, filer, scope="complaints:read")).json()["access_token"]
    assert (await client.post("/api/v1/probe", headers=_bearer(narrow))).status_code == 403
    # Taking the scope from the client applies to its live tokens at once.
    url = f"/api/v1/api-clients/{filer.id}"
    etag = (await client.get(url, headers=staff["admin"].headers)).headers["etag"]
    r = await client.patch(
        url,
        headers={**staff["admin"].headers, "If-Match": etag},
        json={"scopes": ["complaints:read"]},
    )
    assert r.status_code == 200
    assert (await client.post("/api/v1/probe", headers=filer.headers)).status_code == 403


# --- the whole flow, with key rotation --------------------------------------------------------


async def test_full_flow_with_key_rotation(
    settings: Settings, database: Database, staff: dict[str, Staff]
) -> None:
    # No configured key ring: the app generates its first key in the data directory.
    settings = settings.model_copy(update={"jwt_keys_dir": None})
    keys_dir = settings.data_dir / "keys"
    assert not keys_dir.exists()
    # The CLI writes its key changes to the audit log of the configured database; it runs in
    # a thread here, as it would in its own process.
    await migrate.upgrade(settings.effective_database_url)
    app = create_app(settings, database=database, mailer=InMemoryMailer())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    admin = staff["admin"].headers
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        r = await c.post(
            "/api/v1/api-clients",
            headers=admin,
            json={
                "name": "OMB national complaint system",
                "agency_id": str(staff["coord_dindaeng"].agency_id),
                "scopes": ["complaints:read", "complaints:create"],
            },
        )
        assert r.status_code == 201, r.text
        client_id, secret = r.json()["client_id"], r.json()["client_secret"]

        async def token(**form: str) -> str:
            r = await c.post(
                TOKEN,
                data={"grant_type": "client_credentials", **form},
                headers=_basic(client_id, secret),
            )
            assert r.status_code == 200, r.text
            return str(r.json()["access_token"])

        async def me(token: str) -> int:
            return (await c.get(ME, headers=_bearer(token))).status_code

        old = await token()
        r = await c.post(
            TOKEN,
            data={
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": secret,
            },
        )
        assert r.status_code == 200
        assert await me(old) == 200 and await me(r.json()["access_token"]) == 200
        assert (await c.get(ME, headers=_bearer(old))).json()["id"] == client_id
        old_kid = _header(old)["kid"]
        assert [k["kid"] for k in (await c.get("/.well-known/jwks.json")).json()["keys"]] == [
            old_kid
        ]
        assert oct((keys_dir / f"{old_kid}.pem").stat().st_mode & 0o777) == "0o600"

        # Rotate: a new key signs, the old one still verifies.
        assert await asyncio.to_thread(cli.cmd_rotate_key, settings, argparse.Namespace()) == 0
        new = await token()
        new_kid = _header(new)["kid"]
        assert new_kid != old_kid
        published = {k["kid"] for k in (await c.get("/.well-known/jwks.json")).json()["keys"]}
        assert published == {old_kid, new_kid}
        assert await me(old) == 200 and await me(new) == 200

        # The active key cannot be retired; the old one can, and its tokens die with it.
        retire = cli.cmd_retire_key
        assert await asyncio.to_thread(retire, settings, argparse.Namespace(kid=new_kid)) == 1
        assert await asyncio.to_thread(retire, settings, argparse.Namespace(kid=old_kid)) == 0
        assert await me(old) == 401 and await me(new) == 200
        published = {k["kid"] for k in (await c.get("/.well-known/jwks.json")).json()["keys"]}
        assert published == {new_kid}

        # Scope narrowing, and asking for more than was granted.
        narrow = await token(scope="complaints:read")
        assert (
            pyjwt.decode(narrow, options={"verify_signature": False})["scope"] == "complaints:read"
        )
        r = await c.post(
            TOKEN,
            data={"grant_type": "client_credentials", "scope": "stats:read"},
            headers=_basic(client_id, secret),
        )
        _assert_oauth_problem(r, 400, "invalid_scope")

        # Disable: refused at once, and no new tokens.
        r = await c.post(f"/api/v1/api-clients/{client_id}/disable", headers=admin)
        assert r.status_code == 200
        assert await me(new) == 401 and await me(narrow) == 401
        r = await c.post(
            TOKEN, data={"grant_type": "client_credentials"}, headers=_basic(client_id, secret)
        )
        _assert_oauth_problem(r, 401, "invalid_client")
