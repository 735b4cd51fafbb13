"""Pure-ASGI middleware: request ids, access logs, one database connection per request,
request body limits, request timeouts, security headers, NUL characters."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.context import request_id_var
from api.errors import handle_unexpected, problem_response
from api.open311.errors import OPEN311_PATH, open311_error, wants_xml

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


WAL_COOKIE = "fasttrack_wal"
# How long a client that has written reads only where its write is (the primary, or a
# replica that has replayed it); past that, a replica lagging further may serve it.
WAL_COOKIE_MAX_AGE = 300
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class DatabaseScopeMiddleware:
    """One database connection per request: its sessions (authentication, the use case, an
    access log) take turns on one pooled connection, checked out by the first of them and
    returned when the answer has gone (infra.db.engine.RequestConnection).

    With a read replica, a successful unsafe request (a write) answers with the primary's
    WAL position in a cookie: the client's next read-only requests read the replica only
    once it has replayed that far (read-your-writes; api.deps.read_only)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        database = getattr(scope["app"].state, "database", None) if "app" in scope else None
        if scope["type"] != "http" or database is None:
            await self.app(scope, receive, send)
            return
        async with database.request_scope() as request:
            if database.replica is None or scope.get("method") in _SAFE_METHODS:
                await self.app(scope, receive, send)
                return

            async def send_position(message: Message) -> None:
                if message["type"] == "http.response.start" and message["status"] < 400:
                    try:
                        position = await database.current_wal_position(request)
                    except Exception:
                        log.warning("no WAL position for the read-your-writes cookie")
                    else:
                        secure = "; Secure" if scope.get("scheme") == "https" else ""
                        cookie = (
                            f"{WAL_COOKIE}={position}; Path=/; Max-Age={WAL_COOKIE_MAX_AGE}; "
                            f"HttpOnly; SameSite=Lax{secure}"
                        )
                        message["headers"] = [
                            *message.get("headers", []),
                            (b"set-cookie", cookie.encode("latin-1")),
                        ]
                await send(message)

            await self.app(scope, receive, send_position)


class BodyTooLarge(Exception):
    pass


class BodySizeLimitMiddleware:
    """413 problem for request bodies over the cap, whatever the route and the content type
    (JSON, forms, webhooks); only uploads (a POST to a path `upload_paths` matches) have
    their own, larger cap.

    Checks Content-Length up front and counts streamed (chunked) bodies as they arrive."""

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        max_upload_bytes: int,
        upload_paths: re.Pattern[str],
        path_limits: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_upload_bytes = max_upload_bytes
        self.upload_paths = upload_paths
        self.path_limits = dict(path_limits or {})

    def _limit(self, scope: Scope) -> int:
        path = scope.get("path", "")
        if scope.get("method") == "POST" and path in self.path_limits:
            return self.path_limits[path]
        if scope.get("method") == "POST" and self.upload_paths.match(path):
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
        exceeded = started = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                # Whatever the app made of a body it could not read (FastAPI turns any error
                # while reading one into a 400): the answer is the 413 below.
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
        if exceeded and not started:
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


class RequestTimeoutMiddleware:
    """503 problem (`request.timeout`) when the app has not started answering in time.

    The handler is cancelled (its unit of work rolls back). Each chunk of the request body
    moves the deadline to `seconds` from then, so a slow upload that keeps coming is not cut
    while a stalled one is, and the handler has `seconds` after the body's last chunk. Once
    the answer has started (a streamed export) the deadline is lifted, as a half-sent body
    cannot turn into a problem. A TimeoutError of the handler's own (an SMTP or HTTP client
    timing out) is not this deadline and goes on as the error it is."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.seconds <= 0:
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = asyncio.timeout(self.seconds)
        answering = False

        async def extending_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request" and not answering:
                deadline.reschedule(loop.time() + self.seconds)
            return message

        async def lifting_send(message: Message) -> None:
            nonlocal answering
            if message["type"] == "http.response.start":
                answering = True
                deadline.reschedule(None)
            await send(message)

        try:
            async with deadline:
                await self.app(scope, extending_receive, lifting_send)
        except TimeoutError:
            if not deadline.expired():
                raise
            log.warning("request timed out", extra={"path": scope.get("path")})
            response = problem_response(
                Request(scope),
                status=503,
                code="request.timeout",
                title="Request timed out",
                detail=f"The request took longer than {self.seconds:g} seconds; try again.",
                detail_th="ระบบใช้เวลาดำเนินการนานเกินกำหนด กรุณาลองใหม่อีกครั้ง",
                headers={"Retry-After": "5"},
            )
            await response(scope, receive, send)


# Answers that are not the SPAs' pages (those carry their own policy, api/spa.py): JSON,
# problems, downloads of uploaded files. Nothing may load, run or frame them.
API_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
# Swagger UI and ReDoc start from an inline script and style themselves inline; ReDoc runs a
# web worker from a blob. Everything else is the app's own (fastapi-offline's assets).
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeadersMiddleware:
    """Security headers on every answer, where the app did not set its own.

    `X-Content-Type-Options`, `Referrer-Policy`, `X-Frame-Options` and a Content-Security-
    Policy (the SPAs' from api/spa.py, the docs pages', else one that allows nothing), and
    `Strict-Transport-Security` when the request came over HTTPS: the scheme of the
    connection, or X-Forwarded-Proto from a trusted proxy (uvicorn's ProxyHeadersMiddleware,
    outside this one, has already applied FASTTRACK_TRUSTED_PROXIES to the scope)."""

    def __init__(self, app: ASGIApp, hsts_max_age: int, docs_paths: frozenset[str]) -> None:
        self.app = app
        self.docs_paths = docs_paths
        common = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]
        hsts = [(b"strict-transport-security", f"max-age={hsts_max_age}".encode())]
        # (docs page?, https?) -> the headers; built once, not per request
        self.headers: dict[tuple[bool, bool], list[tuple[bytes, bytes]]] = {}
        for docs in (False, True):
            csp = DOCS_CONTENT_SECURITY_POLICY if docs else API_CONTENT_SECURITY_POLICY
            plain = [*common, (b"content-security-policy", csp.encode())]
            self.headers[docs, False] = plain
            self.headers[docs, True] = plain + hsts if hsts_max_age > 0 else plain

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wanted = self.headers[scope.get("path") in self.docs_paths, scope.get("scheme") == "https"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                if message.get("status") == 304:
                    # A 304's headers update the cached response's: the API's CSP on the
                    # revalidation of an SPA page would replace the page's own and block its
                    # scripts (a blank console after sign-out). Nothing to protect: no body.
                    present.add(b"content-security-policy")
                headers += [(name, value) for name, value in wanted if name not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


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
            path = scope.get("path", "")
            if path.startswith(OPEN311_PATH):
                # GeoReport v2 defines its own error body (api/open311).
                response = open311_error(400, detail, xml=wants_xml(path))
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
