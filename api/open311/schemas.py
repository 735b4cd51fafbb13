"""GeoReport v2 bodies, named as the specification names their fields."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.schemas import OutputModel, UtcDateTime, check_storable_text


class Open311Service(OutputModel):
    service_code: str
    service_name: str
    description: str
    metadata: bool = Field(description="Always false: no extra attributes are asked.")
    type: Literal["realtime"]
    keywords: str
    group: str | None


class Open311Request(OutputModel):
    """A case as GeoReport shows it: what public tracking shows, nothing personal (no
    complainant, no description, no point finer than the district)."""

    service_request_id: str = Field(description="The case number, e.g. FT-2569-000123.")
    status: Literal["open", "closed"]
    status_notes: str
    service_name: str | None
    service_code: str | None
    agency_responsible: str | None
    service_notice: str | None
    requested_datetime: UtcDateTime
    updated_datetime: UtcDateTime
    expected_datetime: UtcDateTime | None = Field(description="When the SLA expects it resolved.")
    address: str | None
    media_url: str | None


class Open311RequestCreate(BaseModel):
    """POST requests.json, form-encoded as the specification says. `api_key` is an API
    client's credential, `<client_id>:<client_secret>`. Fields of the specification this
    service does not use (`device_id`, `account_id`, `media_url`, `attribute[…]`) are ignored.
    """

    # The specification lets apps send fields a service does not use: ignored, not refused.
    model_config = ConfigDict(extra="ignore")

    api_key: str | None = Field(default=None, max_length=300)
    jurisdiction_id: str | None = Field(default=None, max_length=100)
    service_code: str = Field(min_length=1, max_length=100)
    lat: float | None = None
    long: float | None = None
    address_string: str | None = Field(default=None, max_length=500)
    address_id: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=320)
    first_name: str | None = Field(default=None, max_length=100)
    last_name: str | None = Field(default=None, max_length=100)
    phone: str | None = Field(default=None, max_length=32)
    description: str | None = Field(default=None, max_length=4000)

    # Form fields are text: numbers are read from it (lax, unlike the JSON bodies' InputModel),
    # and text must be storable like any request's.
    @field_validator("*", mode="after")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        check_storable_text(value)
        return value


class Open311Receipt(OutputModel):
    service_request_id: str
    service_notice: str
    account_id: str | None


class Open311Error(OutputModel):
    """The specification's error: the HTTP status and what went wrong."""

    code: int
    description: str
