"""The domain speaks of fields, expected versions and retry keys; the API translates them into
the problem bodies clients have always read (`api/errors.py`): body locations, If-Match's
current version, the Idempotency-Key header."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import Request

from api.errors import handle_domain_error, http_loc
from domain.complaint.lifecycle import (
    ComplaintAction,
    ComplaintStatus,
    LifecycleCommand,
    LifecycleState,
    apply_action,
)
from domain.complaint.service import IdempotencyInProgress, IdempotencyKeyReused
from domain.errors import DomainError, InvalidValue, PreconditionRequired, StaleVersion


def _request(lang: str = "en") -> Request:
    headers = [(b"accept-language", lang.encode())]
    return Request({"type": "http", "method": "POST", "path": "/", "headers": headers})


async def _problem(exc: DomainError, lang: str = "en") -> tuple[int, dict[str, Any]]:
    response = await handle_domain_error(_request(lang), exc)
    return response.status_code, json.loads(bytes(response.body))


def test_a_field_of_a_command_is_a_field_of_the_body() -> None:
    assert http_loc(("district_code",)) == ["body", "district_code"]
    assert http_loc(("consent", "notice_version")) == ["body", "consent", "notice_version"]
    # Locations the API itself wrote keep their part of the request.
    assert http_loc(("query", "cursor")) == ["query", "cursor"]
    assert http_loc(("header", "Idempotency-Key")) == ["header", "Idempotency-Key"]


async def test_a_stale_version_is_a_412_naming_the_current_one() -> None:
    exc = StaleVersion(3, 5, "The case is at version 5, not 3; reload it.")
    assert (exc.expected, exc.current, exc.extra) == (3, 5, {})  # no HTTP in the domain
    status, body = await _problem(exc)
    assert status == 412
    assert body["code"] == "precondition.failed"
    assert body["current_version"] == 5
    assert body["detail"] == "The case is at version 5, not 3; reload it."


async def test_a_lifecycle_field_error_points_into_the_body() -> None:
    state = LifecycleState(case_id="c", status=ComplaintStatus.TRIAGED)
    with pytest.raises(InvalidValue) as info:
        apply_action(
            state,
            LifecycleCommand(ComplaintAction.ASSIGN),
            datetime(2026, 1, 1, tzinfo=UTC),
            timedelta(days=14),
        )
    assert info.value.errors[0].loc == ("agency_id",)
    status, body = await _problem(info.value)
    assert status == 422
    assert [e["loc"] for e in body["errors"]] == [["body", "agency_id"]]


async def test_a_reused_retry_key_is_told_as_the_idempotency_key_header() -> None:
    status, body = await _problem(IdempotencyKeyReused())
    assert status == 422
    assert body["code"] == "idempotency.key_reused"
    assert body["title"] == "Idempotency-Key reused with a different request"
    assert body["detail"] == "This Idempotency-Key was used for a different request."
    assert body["errors"] == [
        {
            "loc": ["header", "Idempotency-Key"],
            "msg": "reused with another body",
            "type": "idempotency_key_reused",
        }
    ]
    status, body = await _problem(IdempotencyKeyReused(), "th")
    assert body["title"] == "ใช้ Idempotency-Key ซ้ำกับคำขอที่ต่างกัน"
    assert body["detail"] == "Idempotency-Key นี้เคยใช้กับคำขออื่นแล้ว"


async def test_a_retry_while_the_first_runs_is_told_as_the_idempotency_key_header() -> None:
    status, body = await _problem(IdempotencyInProgress())
    assert status == 409
    assert body["code"] == "idempotency.in_progress"
    assert body["title"] == "A request with this Idempotency-Key is still running"
    assert body["detail"] == "The first request with this key is still running; retry later."
    status, body = await _problem(IdempotencyInProgress(), "th")
    assert body["title"] == "คำขอที่ใช้ Idempotency-Key นี้ยังดำเนินการอยู่"
    assert body["detail"] == "คำขอแรกที่ใช้ key นี้ยังดำเนินการอยู่ โปรดลองใหม่ภายหลัง"


async def test_a_missing_expected_version_is_told_as_the_if_match_header() -> None:
    exc = PreconditionRequired("Say which version of the record you read.")
    assert "If-Match" not in f"{exc.title} {exc.title_th} {exc.detail}"  # no HTTP in the domain
    status, body = await _problem(exc)
    assert status == 428
    assert body["code"] == "precondition.required"
    assert "If-Match" in body["detail"]
    assert body["errors"] == [{"loc": ["header", "If-Match"], "msg": "missing", "type": "missing"}]
    status, body = await _problem(exc, "th")
    assert "If-Match" in body["title"] and "If-Match" in body["detail"]


def test_no_domain_module_speaks_of_http_request_parts() -> None:
    """Field errors name fields, versions are versions: `("body", ...)` and `If-Match` are the
    API's words (api/errors.py translates), so no domain module may use them."""
    root = Path(__file__).resolve().parents[2] / "domain"
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if '("body"' in line or "If-Match" in line or "If-None-Match" in line
    ]
    assert offenders == []
