"""Partner webhooks end to end: a local receiver verifies Standard Webhooks signatures;
retries with backoff, disabling, replay, rotation, refused addresses, unreadable cases."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from domain.events.dispatch import EventDispatcher
from domain.shared.clock import FixedClock, SystemClock
from domain.webhook.service import WebhookConsumer, WebhookSender
from infra.db.engine import Database
from infra.db.tables import WebhookSubscriptionRow, table_of
from infra.db.uow import SqlUnitOfWork
from infra.settings import Settings
from infra.webhooks.adapters import HttpxWebhookTransport, StandardWebhookSigner, forbidden_address
from infra.webhooks.sealing import FernetSealer
from tests.support.api_clients import ApiClientActor
from tests.support.complaints import din_daeng_case
from tests.support.identity import Staff

pytestmark = pytest.mark.db
HOOKS = "/api/v1/webhooks"
SECRET_KEY = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz"
# Secrets are sealed with the app's key (the settings below); tests open them with it too.
SEALER = FernetSealer(SECRET_KEY)


@dataclass
class Receiver:
    """A partner's endpoint: answers the queued status codes (then 200), verifying every
    delivery's signature with the secrets it was given."""

    secrets: list[str] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    always: int | None = None
    received: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/fasttrack"

    def answer(self, body: bytes, headers: dict[str, str]) -> int:
        verified = []
        for secret in self.secrets:
            with contextlib.suppress(WebhookVerificationError):
                verified.append(Webhook(secret).verify(body, headers))
        self.received.append(
            {"headers": headers, "body": json.loads(body), "verified_by": len(verified)}
        )
        if not verified:
            return 400
        if self.statuses:
            return self.statuses.pop(0)
        return self.always or 200


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            status = rec.answer(body, {k.lower(): v for k, v in self.headers.items()})
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    rec.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settings(tmp_path: Path, jwt_keys_dir: Path) -> Settings:
    """The test app, allowed to deliver to the local receiver (plain HTTP, loopback)."""
    return Settings(
        data_dir=tmp_path / "data",
        jwt_keys_dir=jwt_keys_dir,
        _env_file=None,
        password_hash_profile="fast",
        secret_key="test-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        webhooks_allow_http=True,
        webhooks_allow_private=True,
    )


def dispatcher(database: Database) -> EventDispatcher:
    return EventDispatcher(
        lambda: SqlUnitOfWork(database.sessions, sealer=SEALER), SystemClock(), [WebhookConsumer()]
    )


def sender(database: Database, clock: FixedClock, disable_after: int = 20) -> WebhookSender:
    return WebhookSender(
        lambda: SqlUnitOfWork(database.sessions, sealer=SEALER),
        clock,
        HttpxWebhookTransport(allow_http=True, allow_private=True),
        StandardWebhookSigner(),
        disable_after=disable_after,
    )


async def subscribe(
    client: httpx.AsyncClient, partner: ApiClientActor, receiver: Receiver, **body: Any
) -> dict[str, Any]:
    response = await client.post(HOOKS, json={"url": receiver.url, **body}, headers=partner.headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    assert response.headers["Location"] == f"{HOOKS}/{created['id']}"
    receiver.secrets.append(created["secret"])
    return created


async def test_signed_deliveries_retry_with_backoff_and_replay(
    client: httpx.AsyncClient,
    database: Database,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
    receiver: Receiver,
) -> None:
    hook = await subscribe(client, api_client, receiver)
    subs = table_of(WebhookSubscriptionRow)
    async with database.sessions() as session:
        stored = (
            await session.execute(select(subs.c.secret).where(subs.c.id == uuid.UUID(hook["id"])))
        ).scalar_one()
    assert hook["secret"] not in stored and stored.startswith("sealed:v1:")
    listed = (await client.get(HOOKS, headers=api_client.headers)).json()["items"]
    assert [h["id"] for h in listed] == [hook["id"]] and "secret" not in listed[0]
    ours, _ = await din_daeng_case(database, staff["omb"], assign_to=staff["coord_dindaeng"])
    theirs, _ = await din_daeng_case(database, staff["omb"], assign_to=staff["coord_suanluang"])
    await dispatcher(database).dispatch()

    receiver.statuses = [500]  # the first attempt fails
    clock = FixedClock(SystemClock().now())
    assert await sender(database, clock).deliver_due() == 2  # created and assigned
    assert await sender(database, clock).deliver_due() == 0  # the failed one waits 5 s
    clock.set(clock.now() + timedelta(seconds=6))
    assert await sender(database, clock).deliver_due() == 1

    assert all(r["verified_by"] == 1 for r in receiver.received)
    types = sorted(r["body"]["type"] for r in receiver.received)
    assert types == ["complaint.assigned", "complaint.created", "complaint.created"]
    # Only the case the client may read (its agency's); nothing about Suan Luang's.
    seen = {r["body"]["data"]["complaint_id"] for r in receiver.received}
    assert seen == {ours} and theirs not in json.dumps([r["body"] for r in receiver.received])
    # The retry carries the same webhook-id: the receiver can tell a repeat.
    created = [r for r in receiver.received if r["body"]["type"] == "complaint.created"]
    assert created[0]["headers"]["webhook-id"] == created[1]["headers"]["webhook-id"]

    log = await client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=api_client.headers)
    deliveries = log.json()["items"]
    assert {d["status"] for d in deliveries} == {"succeeded"}
    retried = next(d for d in deliveries if d["event_type"] == "complaint.created")
    assert [a["status_code"] for a in retried["log"]] == [500, 200]

    replay = await client.post(
        f"{HOOKS}/{hook['id']}/deliveries/{retried['id']}/replay", headers=api_client.headers
    )
    assert replay.json()["status"] == "pending"
    assert await sender(database, clock).deliver_due() == 1
    assert receiver.received[-1]["headers"]["webhook-id"] == str(retried["event_id"])

    # Rotation: the new secret signs, and the old one too during the overlap.
    rotated = await client.post(f"{HOOKS}/{hook['id']}/rotate-secret", headers=api_client.headers)
    new_secret = rotated.json()["secret"]
    receiver.secrets = [new_secret]
    await client.post(
        f"{HOOKS}/{hook['id']}/deliveries/{retried['id']}/replay", headers=api_client.headers
    )
    await sender(database, clock).deliver_due()
    last = receiver.received[-1]
    assert last["verified_by"] == 1
    assert len(last["headers"]["webhook-signature"].split(" ")) == 2
    Webhook(hook["secret"]).verify(
        json.dumps(last["body"], ensure_ascii=False, separators=(",", ":")), last["headers"]
    )


async def test_repeated_failures_or_410_disable_the_subscription(
    client: httpx.AsyncClient,
    database: Database,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
    receiver: Receiver,
) -> None:
    hook = await subscribe(client, api_client, receiver, event_types=["complaint.assigned"])
    await din_daeng_case(database, staff["omb"], assign_to=staff["coord_dindaeng"])
    await dispatcher(database).dispatch()
    receiver.always = 503  # (later attempts, signed hours ahead, fail verification: 400)
    clock = FixedClock(SystemClock().now())
    for _ in range(3):
        await sender(database, clock, disable_after=3).deliver_due()
        clock.set(clock.now() + timedelta(hours=11))
    got = (await client.get(f"{HOOKS}/{hook['id']}", headers=api_client.headers)).json()
    assert got["is_active"] is False and "3 failed attempts" in got["disabled_reason"]
    assert len(receiver.received) == 3
    failed = await client.get(
        "/api/v1/operations/webhook-deliveries", headers=staff["admin"].headers
    )
    assert any(d["subscription_id"] == hook["id"] for d in failed.json()["items"])

    # Re-enabled, then a 410 Gone ends it at once.
    enabled = await client.patch(
        f"{HOOKS}/{hook['id']}", json={"is_active": True}, headers=api_client.headers
    )
    assert enabled.json()["is_active"] is True
    await din_daeng_case(database, staff["omb"], assign_to=staff["coord_dindaeng"])
    await dispatcher(database).dispatch()
    receiver.always = 410
    await sender(database, FixedClock(SystemClock().now())).deliver_due()
    got = (await client.get(f"{HOOKS}/{hook['id']}", headers=api_client.headers)).json()
    assert got["is_active"] is False and "410" in got["disabled_reason"]


async def test_private_addresses_and_plain_http_are_refused(
    client: httpx.AsyncClient, staff: dict[str, Staff], api_client: ApiClientActor
) -> None:
    transport = HttpxWebhookTransport()  # production defaults
    for url, code in [
        ("https://10.1.2.3/hook", "webhook.private_address"),
        ("https://169.254.169.254/latest", "webhook.private_address"),
        ("https://localhost/hook", "webhook.private_address"),
        ("https://[::1]/hook", "webhook.private_address"),
        ("http://partner.example.org/hook", "webhook.https_required"),
        ("https://[::1/hook", "webhook.invalid_url"),
        ("https://partner.example.org:99999/hook", "webhook.invalid_url"),
        ("ftp://partner.example.org/hook", "webhook.invalid_url"),
    ]:
        with pytest.raises(Exception) as refused:
            transport.check_target(url)
        assert getattr(refused.value, "code", None) == code, url
    # A name that resolves to a forbidden address is refused at delivery time, on the
    # address it resolves to, before any connection.
    host = socket.gethostname()
    addresses = {info[4][0] for info in socket.getaddrinfo(host, 443)}
    import ipaddress

    if any(forbidden_address(ipaddress.ip_address(a)) for a in addresses):
        result = await transport.post(f"https://{host}/hook", b"{}", {})
        assert result.status_code is None and "forbidden address" in (result.error or "")
    # Staff users have no subscriptions; only API clients with complaints:read.
    staff_try = await client.post(
        HOOKS, json={"url": "https://partner.example.org/h"}, headers=staff["admin"].headers
    )
    assert staff_try.status_code == 403


async def test_the_api_refuses_private_targets_with_production_settings(
    database: Database, api_client: ApiClientActor, jwt_keys_dir: Path, tmp_path: Path
) -> None:
    from api.app import create_app
    from infra.mail.adapters import InMemoryMailer

    app = create_app(
        Settings(
            data_dir=tmp_path / "d",
            jwt_keys_dir=jwt_keys_dir,
            _env_file=None,
            password_hash_profile="fast",
            secret_key="test-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        ),
        database=database,
        mailer=InMemoryMailer(),
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        response = await c.post(
            HOOKS, json={"url": "https://192.168.1.10/hook"}, headers=api_client.headers
        )
    assert response.status_code == 422
    assert response.json()["code"] == "webhook.private_address"
