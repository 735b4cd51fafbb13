"""Shared HTTP schema conventions: strict inputs, UTC output times, list pages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# RFC 3339 with an offset on input (a naive time is a 422); always UTC on output.
UtcDateTime = Annotated[AwareDatetime, AfterValidator(_to_utc)]


class InputModel(BaseModel):
    """Base of request bodies: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class OutputModel(BaseModel):
    """Base of response bodies."""

    model_config = ConfigDict(from_attributes=True)
