"""A local fake of LINE's Messaging and content APIs, signed webhook payloads, and an app
wired to both (`Line`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiohttp import web
from pydantic import SecretStr
from sqlalchemy import select

from api.deps import Container
from infra.db.engine import Database
from infra.db.tables import ComplaintRow, table_of
from infra.settings import Settings

CHANNEL_SECRET = "line-test-channel-secret-0123456789"
ACCESS_TOKEN = "line-test-access-token"
USER = "U" + "1" * 32
# A point in Din Daeng (1026).
DIN_DAENG = (13.7655, 100.5514)
WEBHOOK = "/api/v1/integrations/line/webhook"
C: Any = table_of(ComplaintRow).c


@dataclass
class FakeLine:
    """What the fake LINE API received; `content` holds the photos users "sent"."""

    base_url: str = ""
    replies: list[dict[str, Any]] = field(default_factory=list)
    pushes: list[dict[str, Any]] = field(default_factory=list)
    content: dict[str, bytes] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)
    retry_keys: list[str] = field(default_factory=list)
    # Reply tokens LINE refuses (expired or used).
    expired: set[str] = field(default_factory=set)

    def texts(self) -> list[str]:
        return [m["text"] for r in self.replies + self.pushes for m in r["messages"]]

    def reply_texts(self) -> list[str]:
        return [m["text"] for r in self.replies for m in r["messages"]]


@asynccontextmanager
async def fake_line_api() -> AsyncIterator[FakeLine]:
    """Serve the fake on a random local port for the duration of the block."""
    fake = FakeLine()

    async def reply(request: web.Request) -> web.Response:
        fake.tokens.append(request.headers.get("Authorization", ""))
        body = await request.json()
        if body["replyToken"] in fake.expired:
            return web.json_response({"message": "Invalid reply token"}, status=400)
        fake.replies.append(body)
        return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})

    async def push(request: web.Request) -> web.Response:
        fake.tokens.append(request.headers.get("Authorization", ""))
        fake.retry_keys.append(request.headers.get("X-Line-Retry-Key", ""))
        fake.pushes.append(await request.json())
        return web.json_response({"sentMessages": [{"id": "2", "quoteToken": "q"}]})

    async def content(request: web.Request) -> web.Response:
        data = fake.content.get(request.match_info["message_id"])
        if data is None:
            return web.json_response({"message": "Not found"}, status=404)
        return web.Response(body=data, content_type="image/jpeg")

    app = web.Application()
    app.router.add_post("/v2/bot/message/reply", reply)
    app.router.add_post("/v2/bot/message/push", push)
    app.router.add_get("/v2/bot/message/{message_id}/content", content)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.base_url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        await runner.cleanup()


def sign(body: bytes, secret: str = CHANNEL_SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def event(
    kind: str,
    user: str = USER,
    *,
    event_id: str | None = None,
    redelivery: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """One webhook event as LINE sends it."""
    base: dict[str, Any] = {
        "type": kind,
        "mode": "active",
        "timestamp": 1764400000000,
        "source": {"type": "user", "userId": user},
        "webhookEventId": event_id or uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": redelivery},
    }
    if kind != "unfollow":
        base["replyToken"] = uuid.uuid4().hex
    if kind == "follow":
        base["follow"] = {"isUnblocked": False}
    return base | extra


def text(body: str, user: str = USER, **kw: Any) -> dict[str, Any]:
    return event(
        "message",
        user,
        message={"type": "text", "id": uuid.uuid4().hex[:18], "text": body, "quoteToken": "q"},
        **kw,
    )


def location(lat: float, lon: float, user: str = USER, **kw: Any) -> dict[str, Any]:
    return event(
        "message",
        user,
        message={
            "type": "location",
            "id": uuid.uuid4().hex[:18],
            "title": "ที่เกิดเหตุ",
            "address": "ถนนวิภาวดีรังสิต ดินแดง",
            "latitude": lat,
            "longitude": lon,
        },
        **kw,
    )


def image(message_id: str, user: str = USER, **kw: Any) -> dict[str, Any]:
    return event(
        "message",
        user,
        message={
            "type": "image",
            "id": message_id,
            "quoteToken": "q",
            "contentProvider": {"type": "line"},
        },
        **kw,
    )


def payload(*events: dict[str, Any]) -> bytes:
    return json.dumps(
        {"destination": "U" + "0" * 32, "events": list(events)}, ensure_ascii=False
    ).encode("utf-8")


@dataclass
class Line:
    client: httpx.AsyncClient
    container: Container
    fake: FakeLine
    database: Database

    async def send(self, *events: dict[str, Any]) -> httpx.Response:
        body = payload(*events)
        r = await self.client.post(
            WEBHOOK,
            content=body,
            headers={"X-Line-Signature": sign(body), "Content-Type": "application/json"},
        )
        assert r.status_code == 200, r.text
        return r

    async def flush(self) -> None:
        """Run the jobs once: dispatch domain events, then send what LINE work is queued."""
        await self.container.event_dispatcher().dispatch()
        sender = self.container.line_sender()
        assert sender is not None
        await sender.send_due()

    async def line_cases(self) -> list[Any]:
        async with self.database.sessions() as s:
            return list(
                (await s.execute(select(table_of(ComplaintRow)).where(C.channel == "line"))).all()
            )


def line_settings(settings: Settings, fake: FakeLine) -> Settings:
    return settings.model_copy(
        update={
            "line_channel_secret": SecretStr(CHANNEL_SECRET),
            "line_channel_access_token": SecretStr(ACCESS_TOKEN),
            "line_api_base_url": fake.base_url,
            "line_data_api_base_url": fake.base_url,
        }
    )
