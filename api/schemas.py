"""Shared HTTP schema conventions: strict inputs, UTC output times, list pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# RFC 3339 with an offset on input (a naive time is a 422); always UTC on output.
UtcDateTime = Annotated[AwareDatetime, AfterValidator(_to_utc)]


def _defaults_as_prose(schema: dict[str, Any]) -> None:
    """A request field with a server default is optional: say the default in words.

    Generators read a `default` keyword as "always present" (openapi-typescript makes such a
    property required, so `{title, description, channel}` would not compile as a
    ComplaintCreate); in a request the default is the server's business, not the caller's.
    """
    for prop in schema.get("properties", {}).values():
        if "default" in prop:
            default = prop.pop("default")
            if default is not None:
                shown = (
                    default if isinstance(default, str) else json.dumps(default, ensure_ascii=False)
                )
                note = f"Default: `{shown}`."
                prop["description"] = (
                    f"{prop['description']} {note}" if "description" in prop else note
                )


class InputModel(BaseModel):
    """Base of request bodies: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=False, json_schema_extra=_defaults_as_prose
    )


class OutputModel(BaseModel):
    """Base of response bodies: every field is always present, so the schema requires it."""

    model_config = ConfigDict(
        from_attributes=True, json_schema_serialization_defaults_required=True
    )
