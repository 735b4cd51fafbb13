"""Optimistic concurrency over HTTP: the ETag is the entity's version, If-Match sends it back."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Header

from domain.errors import FieldError, InvalidValue

_ETAG = re.compile(r'^(?:W/)?"?(\d{1,9})"?$')


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(value: str | None) -> int | None:
    """The version an If-Match header names: `"3"`, `W/"3"` or `3`; None when absent."""
    if value is None:
        return None
    match = _ETAG.match(value.strip())
    if match is None:
        raise InvalidValue(
            'If-Match must carry one ETag as returned by the API, e.g. "3".',
            detail_th='If-Match ต้องมี ETag หนึ่งค่าตามที่ API ส่งให้ เช่น "3"',
            code="request.invalid_if_match",
            errors=[FieldError(("header", "If-Match"), "not an ETag of this API", "etag")],
        )
    return int(match.group(1))


async def get_if_match(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            max_length=64,
            description="The ETag of the version being edited (required; 428 without it).",
        ),
    ] = None,
) -> int | None:
    return parse_if_match(if_match)


IfMatchDep = Annotated[int | None, Depends(get_if_match)]
