"""The GeoReport v2 error body: a list of {code, description}, with the status as the code."""

from __future__ import annotations

from fastapi.responses import JSONResponse

OPEN311_PATH = "/api/v1/open311/"
# The specification answers a bad request with 400 and a bad api_key with 403.
_SPEC_STATUS = {422: 400, 401: 403}


def open311_error(
    status: int, description: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    status = _SPEC_STATUS.get(status, status)
    return JSONResponse(
        [{"code": status, "description": description}], status_code=status, headers=headers
    )
