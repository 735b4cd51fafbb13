"""The GeoReport v2 error body: a list of {code, description}, with the status as the code,
in JSON or (for a path ending in `.xml`) as `<errors><error>…`."""

from __future__ import annotations

from fastapi.responses import JSONResponse
from starlette.responses import Response

from api.open311.xml import ErrorsXml

OPEN311_PATH = "/api/v1/open311/"
# The specification answers a bad request with 400 and a bad api_key with 403.
_SPEC_STATUS = {422: 400, 401: 403}


def wants_xml(path: str) -> bool:
    """GeoReport v2 picks the format by the path's extension; XML is its required one."""
    return path.endswith(".xml")


def open311_error(
    status: int,
    description: str,
    headers: dict[str, str] | None = None,
    *,
    xml: bool = False,
) -> Response:
    status = _SPEC_STATUS.get(status, status)
    body = [{"code": status, "description": description}]
    if xml:
        return ErrorsXml(body, status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)
