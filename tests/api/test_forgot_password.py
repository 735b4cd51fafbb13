"""Forgot-password answers known and unknown addresses alike and before doing anything that
depends on the account (the lookup and the mail run after the response), and is limited per
e-mail address and per client address."""

from __future__ import annotations

import json
import re
from collections.abc import MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from api.app import create_app
from domain.shared.clock import FixedClock
from domain.shared.mail import EmailMessage
from domain.shared.principal import Role
from infra.db.engine import Database
from infra.settings import Settings
from tests.support.identity import Staff, make_staff

pytestmark = pytest.mark.db

URL = "/api/v1/auth/forgot-password"


class RecordingMailer:
    def __init__(self, events: list[str]) -> None:
        self.events = events
        self.sent: list[EmailMessage] = []

    async def send(self, message: EmailMessage) -> None:
        self.events.append("mail")
        self.sent.append(message)


async def _call(app: FastAPI, email: str, events: list[str]) -> tuple[int, dict[str, str], bytes]:
    """Drive the ASGI app by hand to see when the response ends relative to the work."""
    body = json.dumps({"email": email}).encode()
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": URL,
        "raw_path": URL.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"host", b"t")],
        "client": ("192.0.2.10", 5000),
        "server": ("t", 80),
    }
    status: dict[str, Any] = {}
    chunks: list[bytes] = []
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status["code"] = message["status"]
            status["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                events.append("response-complete")

    await app(scope, receive, send)
    return status["code"], status["headers"], b"".join(chunks)


async def test_the_account_is_looked_up_and_mailed_only_after_the_response(
    settings: Settings, database: Database
) -> None:
    person = await make_staff(
        database.sessions, "reset", Role.agency_staff, "1026", email="reset.me@example.org"
    )
    events: list[str] = []
    mailer = RecordingMailer(events)
    app = create_app(settings, database=database, mailer=mailer)
    users_query = re.compile(r"\bFROM users\b", re.I)

    def on_sql(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if users_query.search(statement):
            events.append("user-lookup")

    event.listen(database.engine.sync_engine, "before_cursor_execute", on_sql)
    try:
        known = await _call(app, person.email, events)
        known_events, events[:] = list(events), []
        unknown = await _call(app, "nobody.here@example.org", events)
        unknown_events = list(events)
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", on_sql)

    # The known address: the whole response went out before the account was even read.
    assert known_events[0] == "response-complete"
    assert known_events.index("user-lookup") > 0
    assert known_events[-1] == "mail" and known_events.count("mail") == 1
    assert mailer.sent[0].to == person.email
    # The unknown address took the same path: response first, then a lookup that finds none.
    assert unknown_events[0] == "response-complete"
    assert "user-lookup" in unknown_events and "mail" not in unknown_events
    # And the two answers are the same, byte for byte (but the request id).
    for answer in (known, unknown):
        answer[1].pop("x-request-id")
    assert known == unknown and known[0] == 202 and known[2] == b""


async def test_a_failing_mail_server_is_logged_not_answered(
    settings: Settings,
    database: Database,
    staff: dict[str, Staff],
    caplog: pytest.LogCaptureFixture,
) -> None:
    class BrokenMailer:
        async def send(self, message: EmailMessage) -> None:
            raise ConnectionRefusedError("smtp down")

    app = create_app(settings, database=database, mailer=BrokenMailer())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=True)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        r = await c.post(URL, json={"email": staff["omb"].email})
    assert r.status_code == 202
    failures = [rec for rec in caplog.records if rec.getMessage() == "password reset mail failed"]
    assert failures and staff["omb"].email not in caplog.text


async def test_requests_are_limited_per_email_and_per_client_address(
    settings: Settings, database: Database, staff: dict[str, Staff]
) -> None:
    clock = FixedClock(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    from infra.mail.adapters import InMemoryMailer

    mailer = InMemoryMailer()
    app = create_app(settings, database=database, mailer=mailer, clock=clock)

    def client(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(address, 5000))
        return httpx.AsyncClient(transport=transport, base_url="http://t")

    known = staff["omb"].email
    async with client("198.51.100.1") as one, client("198.51.100.2") as two:
        # Per e-mail address, whether an account has it or not: three an hour.
        for email in (known, "no.such.person@example.org"):
            for _ in range(3):
                assert (await one.post(URL, json={"email": email})).status_code == 202
            r = await two.post(URL, json={"email": email.upper()})
            assert r.status_code == 429, r.text
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["code"] == "auth.password_reset_throttled"
            assert 0 < int(r.headers["retry-after"]) <= 3600
        assert len([m for m in mailer.sent if m.to == known]) == 3
        # Per client address: twenty an hour, whatever the addresses asked for.
        for n in range(20 - 6):
            r = await one.post(URL, json={"email": f"probe{n}@example.org"})
            assert r.status_code == 202, n
        r = await one.post(URL, json={"email": "probe-last@example.org"})
        assert r.status_code == 429 and r.json()["code"] == "auth.password_reset_throttled"
        assert (await two.post(URL, json={"email": "probe-last@example.org"})).status_code == 202
        # An hour later the limits start over.
        clock.set(clock.now() + timedelta(hours=1, seconds=1))
        assert (await one.post(URL, json={"email": known})).status_code == 202
