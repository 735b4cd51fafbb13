"""X-Forwarded-For is believed only from FASTTRACK_TRUSTED_PROXIES (default: nobody), and the
rate limits and login throttles count the address it yields."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import select
from sqlmodel import col

from api import cli
from api.app import create_app
from domain.shared.clock import FixedClock
from infra.db.engine import Database
from infra.db.tables import RateLimitRow
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff

pytestmark = pytest.mark.db

PROXY = ("10.0.0.5", 40000)
TRACK = "/api/v1/public/complaints/ZZZZ-ZZZZ-ZZ"


@asynccontextmanager
async def _client(
    settings: Settings, database: Database, peer: tuple[str, int], **update: Any
) -> AsyncIterator[httpx.AsyncClient]:
    own = settings.model_copy(update={"public_tracking_per_minute": 2, **update})
    clock = FixedClock(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    app = create_app(own, database=database, mailer=InMemoryMailer(), clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=peer)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def _track(c: httpx.AsyncClient, forwarded_for: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return (await c.get(TRACK, headers=headers)).status_code


async def test_by_default_nobody_may_set_the_client_address(
    settings: Settings, database: Database
) -> None:
    assert Settings(_env_file=None).trusted_proxy_list == []
    async with _client(settings, database, PROXY) as c:
        # Each request claims another address; all are counted against the real peer.
        assert await _track(c, "203.0.113.1") == 404
        assert await _track(c, "203.0.113.2") == 404
        r = await c.get(TRACK, headers={"X-Forwarded-For": "203.0.113.3"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert r.headers["content-type"] == "application/problem+json"


async def test_a_trusted_proxy_names_the_client_the_limits_count(
    settings: Settings, database: Database
) -> None:
    async with _client(settings, database, PROXY, trusted_proxies="10.0.0.0/8") as c:
        assert await _track(c, "203.0.113.7") == 404
        assert await _track(c, "203.0.113.7") == 404
        # Another client behind the same proxy has its own quota ...
        assert await _track(c, "203.0.113.8") == 404
        # ... and a client cannot escape by prepending a made-up address: the proxy appends
        # the one it saw, and the right-most untrusted address is the client.
        assert await _track(c, "198.51.100.1, 203.0.113.7") == 429
        # Hops through further trusted proxies are skipped.
        assert await _track(c, "203.0.113.7, 10.9.9.9") == 429
        # Without the header the peer itself is the client (a fresh quota here).
        assert await _track(c) == 404


async def test_a_peer_outside_the_trusted_networks_cannot_set_it(
    settings: Settings, database: Database
) -> None:
    outsider = ("192.0.2.50", 40000)
    async with _client(settings, database, outsider, trusted_proxies="10.0.0.0/8") as c:
        assert await _track(c, "203.0.113.21") == 404
        assert await _track(c, "203.0.113.22") == 404
        assert await _track(c, "203.0.113.23") == 429


async def test_public_intake_counts_the_forwarded_address(
    settings: Settings, database: Database
) -> None:
    from tests.api.test_public import CITIZEN

    async with _client(
        settings, database, PROXY, trusted_proxies="10.0.0.5", public_intake_per_hour=1
    ) as c:
        url = "/api/v1/public/complaints"
        first = await c.post(url, json=CITIZEN, headers={"X-Forwarded-For": "203.0.113.30"})
        assert first.status_code == 201, first.text
        again = await c.post(url, json=CITIZEN, headers={"X-Forwarded-For": "203.0.113.30"})
        assert again.status_code == 429
        other = await c.post(url, json=CITIZEN, headers={"X-Forwarded-For": "203.0.113.31"})
        assert other.status_code == 201


def _address_key(prefix: str, address: str) -> str:
    return f"{prefix}:address:" + hashlib.sha256(address.encode()).hexdigest()[:40]


async def _counted(database: Database, key: str) -> int:
    async with database.sessions() as s:
        row = (await s.execute(select(RateLimitRow).where(col(RateLimitRow.key) == key))).scalar()
    return row.count if row else 0


@pytest.mark.parametrize("trusted", [True, False], ids=["trusted", "untrusted"])
async def test_login_and_token_throttles_count_the_address_it_yields(
    settings: Settings, database: Database, staff: dict[str, Staff], trusted: bool
) -> None:
    client_ip = "203.0.113.40" if trusted else "203.0.113.41"
    proxies = "10.0.0.0/8" if trusted else ""
    async with _client(settings, database, PROXY, trusted_proxies=proxies) as c:
        headers = {"X-Forwarded-For": client_ip}
        r = await c.post(
            "/api/v1/auth/login",
            data={"username": staff["omb"].email, "password": "not-the-password"},
            headers=headers,
        )
        assert r.status_code == 400
        r = await c.post(
            "/api/v1/auth/token",
            data={"grant_type": "client_credentials"},
            auth=("00000000-0000-4000-8000-000000000000", "wrong-secret"),
            headers=headers,
        )
        assert r.status_code == 401
    counted_as, not_counted = (client_ip, PROXY[0]) if trusted else (PROXY[0], client_ip)
    for prefix in ("login", "client_token"):
        assert await _counted(database, _address_key(prefix, counted_as)) >= 1, prefix
        assert await _counted(database, _address_key(prefix, not_counted)) == 0, prefix


def test_the_setting_refuses_what_is_not_an_address() -> None:
    with pytest.raises(ValidationError, match="not an IP address"):
        Settings(_env_file=None, trusted_proxies="10.0.0.1, proxy.internal")
    ok = Settings(_env_file=None, trusted_proxies=" 127.0.0.1 , 10.0.0.0/8,::1 ")
    assert ok.trusted_proxy_list == ["127.0.0.1", "10.0.0.0/8", "::1"]
    assert Settings(_env_file=None, trusted_proxies="*").trusted_proxy_list == ["*"]


def test_serve_leaves_forwarded_headers_to_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """uvicorn's own proxy handling trusts 127.0.0.1 by default; serve turns it off."""

    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    monkeypatch.setenv("FASTTRACK_HOST", "127.0.0.1")
    monkeypatch.setenv("FASTTRACK_PORT", "8000")
    cli.cmd_serve(Settings(_env_file=None), cli.build_parser().parse_args(["serve"]))
    assert seen["proxy_headers"] is False
