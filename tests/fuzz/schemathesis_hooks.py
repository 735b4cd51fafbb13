"""Schemathesis hooks for tests/fuzz: one more check, run with all the built-in ones."""

from __future__ import annotations

from typing import Any

import schemathesis


@schemathesis.check
def etag_is_declared(ctx: Any, response: Any, case: Any) -> bool | None:
    """A response that sends an ETag declares it in the document."""
    if "etag" not in {k.lower() for k in response.headers}:
        return None
    definition = case.operation.definition.raw["responses"].get(str(response.status_code), {})
    if "ETag" not in definition.get("headers", {}):
        raise AssertionError(
            f"{case.operation.label} sent an ETag on {response.status_code} without declaring it"
        )
    return None
