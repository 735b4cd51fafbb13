"""Pure-ASGI middleware: request ids, access logs, request body limits, NUL characters."""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.context import request_id_var
from api.errors import handle_unexpected, problem_response
from api.open311.errors import OPEN311_PATH, open311_error

log = logging.getLogger("fasttrack.access")

_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestContextMiddleware:
    """Accept a sane X-Request-ID (or make one), echo it, and log one line per request.

    The log line holds no query string or body: those may carry personal data.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = None
        for name, value in scope.get("headers", []):
            if name == b"x-request-id":
                incoming = value.decode("latin-1")
                break
        request_id = (
            incoming if incoming and _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        )
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status: dict[str, Any] = {"code": 500, "started": False}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["started"] = True
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            # Render the 500 here, inside the request's context, so it carries the request
            # id; Starlette's outermost error middleware would answer without it.
            if status["started"]:
                raise
            response = await handle_unexpected(Request(scope), exc)
            await response(scope, receive, send_wrapper)
        finally:
            log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope.get("method"),
                    "path": scope.get("route_path") or scope.get("path"),
                    "status": status["code"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id_var.reset(token)


class BodyTooLarge(Exception):
    pass


class BodySizeLimitMiddleware:
    """413 problem for request bodies over the cap (uploads have their own, larger cap).

    Checks Content-Length up front and counts streamed (chunked) bodies as they arrive."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_upload_bytes = max_upload_bytes

    def _limit(self, scope: Scope) -> int:
        path: str = scope.get("path", "")
        if "/attachments" in path:
            # multipart framing adds a little to the file itself
            return self.max_upload_bytes + 64 * 1024
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > limit:
                    await self._reject(scope, receive, send, limit)
                    return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge()
            return message

        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await self._reject(scope, receive, send, limit)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(
            Request(scope),
            status=413,
            code="request.too_large",
            title="Payload too large",
            detail=f"The request body is larger than {limit} bytes.",
            detail_th=f"ข้อมูลที่ส่งมีขนาดเกิน {limit} ไบต์",
            extra={"max_bytes": limit},
        )
        await response(scope, receive, send)


_FORM = b"application/x-www-form-urlencoded"


def _nul_fields(pairs: list[tuple[str, str]], where: str) -> list[dict[str, Any]]:
    return [
        {"loc": [where, name], "msg": "Text must not contain NUL characters", "type": "string_nul"}
        for name, value in pairs
        if "\x00" in name or "\x00" in value
    ]


class NulCharacterMiddleware:
    """422 problem for a NUL character in the path, the query string or a urlencoded form.

    PostgreSQL cannot store NUL in text, and no field has a use for it: refused before any
    handler runs, like JSON bodies are at their fields (`api.schemas.InputModel`).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        errors: list[dict[str, Any]] = []
        if "\x00" in scope.get("path", ""):
            errors.append({"loc": ["path"], "msg": "NUL in the path", "type": "string_nul"})
        query = scope.get("query_string", b"").decode("latin-1")
        errors += _nul_fields(parse_qsl(query, keep_blank_values=True), "query")
        content_type = next((v for k, v in scope.get("headers", []) if k == b"content-type"), b"")
        replay: list[Message] = []
        if content_type.split(b";")[0].strip().lower() == _FORM:
            body = b""
            while True:
                message = await receive()
                replay.append(message)
                if message["type"] != "http.request":
                    break
                body += message.get("body", b"")
                if not message.get("more_body", False):
                    break
            errors += _nul_fields(parse_qsl(body.decode("latin-1"), keep_blank_values=True), "body")
        if errors:
            detail = "The request has a NUL character in: " + ", ".join(
                ".".join(map(str, e["loc"])) for e in errors[:5]
            )
            response: Response
            if scope.get("path", "").startswith(OPEN311_PATH):
                # GeoReport v2 defines its own error body (api/open311).
                response = open311_error(400, detail)
            else:
                response = problem_response(
                    Request(scope),
                    status=422,
                    code="request.invalid",
                    title="Invalid request",
                    detail=detail,
                    detail_th="คำขอมีอักขระ NUL ซึ่งไม่อนุญาต",
                    errors=errors,
                )
            await response(scope, receive, send)
            return

        async def replaying_receive() -> Message:
            return replay.pop(0) if replay else await receive()

        await self.app(scope, replaying_receive, send)
