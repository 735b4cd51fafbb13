"""Optimistic concurrency over HTTP, the one home of the convention for every versioned resource.

* Every response that carries a versioned resource (its schema has an integer `version`)
  sends `ETag: "<version>"` (strong) — `tag()` in the route; the document declares it.
* A change needs `If-Match` with that ETag: without it the answer is 428
  `precondition.required`; a malformed one names no version at all, so like a stale one it
  fails the comparison in the service: 412 `precondition.failed` with the current version.
* A read with `If-None-Match` naming the current ETag answers 304 with no body
  (`NotModifiedMiddleware`, one place for every read).
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Depends, Header, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from domain.errors import PreconditionRequired

# Versions start at 1: a malformed If-Match becomes 0, which matches no stored version.
NO_VERSION = 0
_ETAG = re.compile(r'^\s*(?:W/)?"(\d{1,18})"\s*$')

ETAG_DESCRIPTION = 'Strong validator: the resource\'s version, e.g. `"3"`; send it back in If-Match'
ETAG_HEADER: dict[str, Any] = {
    "description": ETAG_DESCRIPTION,
    "required": True,
    "schema": {"type": "string", "pattern": r'^"\d+"$'},
}


def etag(version: int) -> str:
    return f'"{version}"'


def tag(response: Response, version: int) -> None:
    """Set the ETag of a versioned resource on its response."""
    response.headers["ETag"] = etag(version)


def parse_if_match(value: str | None) -> int:
    """The version an If-Match header names; NO_VERSION (matches none) when malformed.

    A missing header is a 428: a client must show which version it is changing."""
    if value is None or not value.strip():
        raise PreconditionRequired(
            'Send If-Match with the ETag you read, e.g. If-Match: "3".',
            detail_th='โปรดส่ง If-Match ตาม ETag ที่อ่านมาล่าสุด เช่น If-Match: "3"',
        )
    match = _ETAG.match(value)
    return int(match.group(1)) if match else NO_VERSION


async def required_if_match(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            min_length=1,
            max_length=64,
            description='The ETag of the version being changed, e.g. `"3"` (428 without it, '
            "412 when it is not the current one).",
        ),
    ] = None,
) -> int:
    return parse_if_match(if_match)


IfMatchDep = Annotated[int, Depends(required_if_match)]

# `If-None-Match: *` on a PUT: create the resource, only if it does not exist yet (RFC 9110).
CREATE_ONLY = "*"


async def required_if_match_or_create(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            min_length=1,
            max_length=64,
            description='The ETag of the version being replaced, e.g. `"3"` (428 without it or '
            "If-None-Match: *, 412 when it is not the current one).",
        ),
    ] = None,
    if_none_match: Annotated[
        str | None,
        Header(
            alias="If-None-Match",
            max_length=64,
            description="`*` to create a resource that does not exist yet (412 if it does)",
        ),
    ] = None,
) -> str:
    """The If-Match of a PUT that may also create: `CREATE_ONLY` for `If-None-Match: *`;
    neither header is a 428 (`parse_if_match`)."""
    if if_match is None and if_none_match is not None and if_none_match.strip() == CREATE_ONLY:
        return CREATE_ONLY
    parse_if_match(if_match)
    return if_match or ""


def _matches(if_none_match: str, current: str) -> bool:
    if if_none_match.strip() == "*":
        return True
    # Weak comparison (RFC 9110 §13.1.2): W/"3" matches "3".
    wanted = current.removeprefix("W/")
    return any(t.strip().removeprefix("W/") == wanted for t in if_none_match.split(","))


# Headers a 304 keeps (RFC 9110 §15.4.5); the rest describe the omitted body.
_KEEP_ON_304 = {b"etag", b"cache-control", b"vary", b"content-location", b"date", b"expires"}


def _vary_on_authorization(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    vary = [v for k, v in headers if k.lower() == b"vary"]
    names = {n.strip().lower() for v in vary for n in v.decode("latin-1").split(",") if n.strip()}
    if "authorization" in names or "*" in names:
        return headers
    return [*headers, (b"vary", b"Authorization")]


class NotModifiedMiddleware:
    """A GET or HEAD with If-None-Match naming the response's ETag answers 304 without a body;
    answers to requests with credentials carry `Vary: Authorization`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        wanted = next((v for k, v in scope["headers"] if k == b"if-none-match"), None)
        # The same URL (/users/me, a case with personal data) answers each caller differently:
        # a browser cache must key it by the credentials, or it revalidates one user's ETag for
        # another user's request and shows the first user's body (a 304 here).
        authorized = any(k == b"authorization" for k, _ in scope["headers"])
        if wanted is None and not authorized:
            await self.app(scope, receive, send)
            return
        state = {"suppress": False}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                if authorized:
                    headers = _vary_on_authorization(headers)
                    message["headers"] = headers
                if wanted is None:
                    await send(message)
                    return
                current = next((v for k, v in headers if k == b"etag"), None)
                if (
                    message["status"] == 200
                    and current is not None
                    and _matches(wanted.decode("latin-1"), current.decode("latin-1"))
                ):
                    state["suppress"] = True
                    kept = [(k, v) for k, v in headers if k.lower() in _KEEP_ON_304]
                    await send({"type": "http.response.start", "status": 304, "headers": kept})
                    return
            elif state["suppress"]:
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app(scope, receive, send_wrapper)


# --- the document ---------------------------------------------------------------------------

IF_NONE_MATCH_PARAMETER: dict[str, Any] = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The ETag you hold: 304 without a body while it is still current",
    "schema": {"type": "string"},
}


def _versioned(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    ref = schema.get("$ref", "")
    if not ref:
        return False
    target = document["components"]["schemas"][ref.rpartition("/")[2]]
    version = target.get("properties", {}).get("version", {})
    return version.get("type") == "integer" and "version" in target.get("required", [])


def declare(document: dict[str, Any], problem: dict[str, Any]) -> None:
    """Declare the convention on every operation: ETag on responses carrying a versioned
    resource, 304 and If-None-Match on their reads, 412 and 428 where If-Match is read."""
    for operations in document["paths"].values():
        for method, op in operations.items():
            for status, response in list(op["responses"].items()):
                if not status.startswith("2"):
                    continue
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                if _versioned(document, schema):
                    response.setdefault("headers", {})["ETag"] = ETAG_HEADER
                    if method == "get" and status == "200":
                        op.setdefault("parameters", []).append(IF_NONE_MATCH_PARAMETER)
                        op["responses"]["304"] = {
                            "description": "Not Modified: the ETag sent in If-None-Match is "
                            "still current",
                            "headers": {"ETag": ETAG_HEADER},
                        }
            if_match = [
                p
                for p in op.get("parameters", [])
                if p["in"] == "header" and p["name"] == "If-Match"
            ]
            for parameter in if_match:
                # Required by the convention; the server answers its absence with a 428
                # problem rather than FastAPI's 422, so the route declares it optional.
                parameter["required"] = True
            if if_match:
                op["responses"]["412"] = {
                    "description": "Precondition Failed: If-Match does not name the current "
                    "version (`precondition.failed`; `current_version` says which is)",
                    "content": problem,
                }
                op["responses"]["428"] = {
                    "description": "Precondition Required: send If-Match (`precondition.required`)",
                    "content": problem,
                }
