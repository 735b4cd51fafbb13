"""Shared HTTP schema conventions: strict inputs, UTC output times, list pages."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictFloat,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from domain.complaint.lifecycle import ComplaintStatus

# Times the platform accepts: wide enough for any case or activity, narrow enough that
# converting to UTC and adding SLA or calendar periods can never overflow (year 9999 ± 14 h
# cannot even be expressed in UTC).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)


def _to_utc(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        utc = None
    if utc is None or not EARLIEST <= utc < LATEST:
        raise PydanticCustomError(
            "datetime_out_of_range",
            "Time must be between {earliest} and {latest} (UTC)",
            {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()},
        )
    return utc


_NUMBER = re.compile(r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$")


def _no_timestamp(value: Any) -> Any:
    # Pydantic reads a number (or "0.5") as seconds since 1970; the document says date-time.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError("expected an RFC 3339 date or date-time, not a number")
    if isinstance(value, str) and _NUMBER.match(value):
        raise ValueError("expected an RFC 3339 date or date-time, not a number")
    return value


# RFC 3339 with an offset on input (a naive time or a bare number is a 422), between 1900 and
# 3000; always UTC on output.
UtcDateTime = Annotated[AwareDatetime, BeforeValidator(_no_timestamp), AfterValidator(_to_utc)]

# A calendar day, YYYY-MM-DD: not a number of seconds since 1970.
IsoDate = Annotated[date, BeforeValidator(_no_timestamp)]

_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


def _wall_clock(value: Any) -> Any:
    if isinstance(value, time):
        return value
    if not isinstance(value, str) or not _CLOCK.match(value):
        raise ValueError("expected a wall-clock time HH:MM or HH:MM:SS, without an offset")
    return value


# A time of day on the clock in Bangkok (working hours): no offset, so no `format: time`,
# which JSON Schema defines as a time with an offset.
LocalTime = Annotated[
    time,
    BeforeValidator(_wall_clock),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _CLOCK.pattern,
            "description": "Wall-clock time in Asia/Bangkok, HH:MM[:SS]",
        }
    ),
]


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


def check_storable_text(value: Any) -> None:
    """Refuse NUL and lone surrogates (PostgreSQL and UTF-8 cannot store them)."""
    _check_text(value)


def _check_text(value: Any) -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise PydanticCustomError("string_nul", "Text must not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PydanticCustomError(
                "string_unicode", "Text must be valid Unicode (no lone surrogates)"
            ) from None
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _check_text(key)
            _check_text(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _check_text(item)


class InputModel(BaseModel):
    """Base of request bodies: unknown fields are an error, never silently dropped; text holds
    no NUL and no lone surrogate (PostgreSQL and UTF-8 cannot store them), refused as a 422
    at the field instead of failing in the database."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=False, json_schema_extra=_defaults_as_prose
    )

    @field_validator("*", mode="after")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        _check_text(value)
        return value


class PointIn(InputModel):
    """A WGS84 point in decimal degrees."""

    lat: StrictFloat = Field(ge=-90, le=90)
    lon: StrictFloat = Field(ge=-180, le=180)


class OutputModel(BaseModel):
    """Base of response bodies: every field is always present, so the schema requires it."""

    model_config = ConfigDict(
        from_attributes=True, json_schema_serialization_defaults_required=True
    )


class StatusLabel(OutputModel):
    """A status as a person reads it, in Thai and English."""

    th: str
    en: str

    @classmethod
    def of(cls, status: ComplaintStatus) -> StatusLabel:
        return cls(th=status.label.th, en=status.label.en)
