"""Shared HTTP schema conventions: strict inputs, UTC output times, list pages."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

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


# RFC 3339 with an offset on input (a naive time is a 422), between 1900 and 3000; always UTC
# on output.
UtcDateTime = Annotated[AwareDatetime, AfterValidator(_to_utc)]


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

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    @field_validator("*", mode="after")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        _check_text(value)
        return value


class OutputModel(BaseModel):
    """Base of response bodies."""

    model_config = ConfigDict(from_attributes=True)


class StatusLabel(OutputModel):
    """A status as a person reads it, in Thai and English."""

    th: str
    en: str
