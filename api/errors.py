"""RFC 9457 problem+json: one table from domain errors to statuses, and every handler."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from api.context import current_request_id
from api.i18n import field_message_th, negotiate
from domain.errors import (
    BadRequest,
    ConcurrentUpdate,
    Conflict,
    DomainError,
    FieldError,
    Forbidden,
    InvalidValue,
    NotFound,
    PayloadTooLarge,
    PreconditionRequired,
    StaleVersion,
    TooManyRequests,
    Unauthenticated,
    Unavailable,
    UnsupportedMediaType,
)

log = logging.getLogger("fasttrack.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"

# Walks the MRO: the most specific class listed wins.
STATUS_BY_ERROR: dict[type[DomainError], int] = {
    NotFound: 404,
    Unauthenticated: 401,
    Forbidden: 403,
    ConcurrentUpdate: 412,
    Conflict: 409,
    PreconditionRequired: 428,
    InvalidValue: 422,
    TooManyRequests: 429,
    BadRequest: 400,
    PayloadTooLarge: 413,
    UnsupportedMediaType: 415,
    Unavailable: 503,
}

_TITLES_TH = {
    400: "คำขอไม่ถูกต้อง",
    401: "ต้องเข้าสู่ระบบ",
    403: "ไม่มีสิทธิ์ดำเนินการ",
    404: "ไม่พบข้อมูล",
    405: "ไม่รองรับเมธอดนี้",
    409: "ข้อมูลขัดแย้ง",
    412: "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว",
    413: "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป",
    415: "ไม่รองรับชนิดข้อมูลนี้",
    422: "ข้อมูลไม่ถูกต้อง",
    428: "ต้องระบุเงื่อนไขก่อนแก้ไข",
    429: "มีคำขอมากเกินไป",
    500: "เกิดข้อผิดพลาดภายในระบบ",
    503: "ระบบไม่พร้อมให้บริการ",
}


class ProblemFieldError(BaseModel):
    """One invalid field of a request."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """An RFC 9457 problem detail; extension members may follow."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="URI reference naming the problem type")
    title: str
    status: int
    detail: str
    code: str = Field(description="Stable dotted code, e.g. district.not_found")
    request_id: str | None = None
    errors: list[ProblemFieldError] | None = None


def problem_responses(
    *statuses: int, model: type[Problem] = Problem
) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries declaring the problem schema for these statuses."""
    ref = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {
        s: {
            "model": model,
            "description": HTTPStatus(s).phrase,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": ref}},
        }
        for s in statuses
    }


def status_for(error: DomainError) -> int:
    for cls in type(error).__mro__:
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]
    return 400


def problem_response(
    request: Request | None,
    *,
    status: int,
    code: str,
    title: str,
    detail: str,
    title_th: str | None = None,
    detail_th: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    lang = negotiate(request.headers.get("accept-language") if request else None)
    if lang == "th":
        title = title_th or _TITLES_TH.get(status, title)
        detail = detail_th or detail
    body: dict[str, Any] = {
        "type": f"urn:fasttrack:problem:{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
        "request_id": current_request_id(),
    }
    if errors is not None:
        # Each field's message follows the language too; `ctx` (Pydantic's numbers for the
        # message) is only for that and never leaves the server.
        body["errors"] = [
            {
                "loc": e["loc"],
                "msg": (e.get("msg_th") or field_message_th(e["type"], e.get("ctx")))
                if lang == "th"
                else e["msg"],
                "type": e["type"],
            }
            for e in errors
        ]
    if extra:
        body.update({k: v for k, v in extra.items() if k not in body})
    hdrs = {"Content-Language": lang, **(headers or {})}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=hdrs)


# --- the domain's outcomes in HTTP's words ------------------------------------------------
# The domain names the fields of a command, expected versions and retry keys; a client sends a
# body, an If-Match and an Idempotency-Key. The translation is here, once.

REQUEST_PARTS = frozenset({"body", "query", "path", "header", "cookie"})


def http_loc(field: tuple[str | int, ...]) -> list[str | int]:
    """Where in the request a domain field error points: a command's fields come from the
    body. (A location that already names a part of the request is kept as it is.)"""
    if field and field[0] in REQUEST_PARTS:
        return list(field)
    return ["body", *field]


@dataclass(frozen=True)
class HttpWording:
    """What a client reads for a domain outcome whose HTTP form names a header."""

    title: str
    title_th: str
    detail: str
    detail_th: str
    errors: tuple[FieldError, ...] = ()


_IDEMPOTENCY_KEY = ("header", "Idempotency-Key")
HTTP_WORDING: dict[str, HttpWording] = {
    "idempotency.key_reused": HttpWording(
        "Idempotency-Key reused with a different request",
        "ใช้ Idempotency-Key ซ้ำกับคำขอที่ต่างกัน",
        "This Idempotency-Key was used for a different request.",
        "Idempotency-Key นี้เคยใช้กับคำขออื่นแล้ว",
        (FieldError(_IDEMPOTENCY_KEY, "reused with another body", "idempotency_key_reused"),),
    ),
    "idempotency.in_progress": HttpWording(
        "A request with this Idempotency-Key is still running",
        "คำขอที่ใช้ Idempotency-Key นี้ยังดำเนินการอยู่",
        "The first request with this key is still running; retry later.",
        "คำขอแรกที่ใช้ key นี้ยังดำเนินการอยู่ โปรดลองใหม่ภายหลัง",
    ),
    # The domain asks for the version the editor read; over HTTP that is the ETag in If-Match.
    "precondition.required": HttpWording(
        "Precondition required",
        "ต้องระบุ If-Match",
        'Send If-Match with the ETag you read, e.g. If-Match: "3".',
        'โปรดส่ง If-Match ตาม ETag ที่อ่านมาล่าสุด เช่น If-Match: "3"',
        (FieldError(("header", "If-Match"), "missing", "missing"),),
    ),
}


def _field_errors(errors: list[FieldError]) -> list[dict[str, Any]]:
    return [{"loc": http_loc(e.loc), "msg": e.msg, "type": e.type} for e in errors]


async def handle_domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    status = status_for(exc)
    headers: dict[str, str] = {}
    if isinstance(exc, TooManyRequests):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, Unauthenticated):
        headers["WWW-Authenticate"] = exc.challenge
    title, title_th, detail, detail_th = exc.title, exc.title_th, exc.detail, exc.detail_th
    field_errors, extra = exc.errors, exc.extra
    wording = HTTP_WORDING.get(exc.code)
    if wording is not None:
        title, title_th, detail, detail_th = (
            wording.title,
            wording.title_th,
            wording.detail,
            wording.detail_th,
        )
        field_errors = [*wording.errors, *field_errors]
    if isinstance(exc, StaleVersion):
        # The client reloads from here: which version is current.
        extra = {"current_version": exc.current, **extra}
    errors = _field_errors(field_errors) if (field_errors or status == 422) else None
    if status == 422 and not errors:
        errors = [{"loc": ["body"], "msg": detail, "msg_th": detail_th, "type": exc.code}]
    return problem_response(
        request,
        status=status,
        code=exc.code,
        title=title,
        detail=detail,
        title_th=title_th,
        detail_th=detail_th,
        errors=errors,
        extra=extra,
        headers=headers,
    )


def _jsonable_loc(loc: Any) -> list[str | int]:
    return [p if isinstance(p, int) else str(p) for p in loc]


async def handle_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "loc": _jsonable_loc(e.get("loc", ())),
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "value_error")),
            "ctx": e.get("ctx"),
        }
        for e in exc.errors()
    ]
    fields = ", ".join(".".join(str(p) for p in e["loc"]) for e in errors[:5])
    return problem_response(
        request,
        status=422,
        code="request.invalid",
        title="Invalid request",
        detail=f"The request has invalid fields: {fields}.",
        detail_th=f"ข้อมูลในคำขอไม่ถูกต้อง: {fields}",
        errors=errors,
    )


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first route's):
    the path is matched once per method against the app's routes, included routers too."""
    routes = request.app.router.routes
    methods = {
        method
        for method in _METHODS
        if any(r.matches({**request.scope, "method": method})[0] is Match.FULL for r in routes)
    }
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


async def handle_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if status == 400:
        # FastAPI's only 400: a body that is not JSON at all (or not UTF-8). Same shape as
        # every other invalid request: a 422 naming the body.
        return problem_response(
            request,
            status=422,
            code="request.invalid",
            title="Invalid request",
            detail="The body is not valid JSON.",
            detail_th="ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง",
            errors=[{"loc": ["body"], "msg": "not valid JSON", "type": "json_invalid"}],
        )
    if status == 405:
        # The routes' methods at this path; the portal fallback (api/spa.py) names its own.
        allowed = _allowed_methods(request) or dict(exc.headers or {}).get("Allow", "")
        headers = {**dict(exc.headers or {}), "Allow": allowed}
        return problem_response(
            request,
            status=405,
            code="method.not_allowed",
            title="Method Not Allowed",
            detail=f"{request.method} is not served here; Allow lists what is.",
            headers=headers,
        )
    codes = {
        404: "route.not_found",
        405: "method.not_allowed",
        413: "request.too_large",
        415: "request.unsupported_media_type",
        400: "request.bad",
    }
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    detail = exc.detail if isinstance(exc.detail, str) else phrase
    return problem_response(
        request,
        status=status,
        code=codes.get(status, f"http.status_{status}"),
        title=phrase,
        detail=detail,
        headers=dict(exc.headers or {}),
    )


async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Full detail goes to the log only, with the request id that the client also sees.
    log.error("unhandled error", exc_info=exc, extra={"request_id": current_request_id()})
    return problem_response(
        request,
        status=500,
        code="server.internal_error",
        title="Internal server error",
        detail="Something went wrong on our side. Quote the request id when reporting it.",
        detail_th="ระบบขัดข้อง โปรดแจ้งรหัสคำขอ (request id) เมื่อติดต่อเจ้าหน้าที่",
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, handle_domain_error)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_exception)
    app.add_exception_handler(Exception, handle_unexpected)
