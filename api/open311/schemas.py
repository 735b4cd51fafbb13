"""GeoReport v2 bodies, named as the specification names their fields."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.schemas import OutputModel, UtcDateTime, check_storable_text


def _xml(name: str) -> ConfigDict:
    # The element name of one item in the XML answers (OpenAPI's `xml` keyword).
    return ConfigDict(json_schema_extra={"xml": {"name": name}})


class Open311Service(OutputModel):
    model_config = _xml("service")

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

    model_config = _xml("request")

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
    media_url: str | None = Field(
        description="A photo public tracking shows (the case's first public image), or null."
    )


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
    model_config = _xml("request")

    service_request_id: str
    service_notice: str
    account_id: str | None


class Open311Error(OutputModel):
    """The specification's error: the HTTP status and what went wrong."""

    model_config = _xml("error")

    code: int
    description: str


class Open311Token(OutputModel):
    model_config = _xml("request")

    service_request_id: str
    token: str


class Open311AttributeValue(OutputModel):
    model_config = _xml("value")

    key: str
    name: str


class Open311Attribute(OutputModel):
    model_config = _xml("attribute")

    variable: bool
    code: str
    datatype: Literal["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"]
    required: bool
    datatype_description: str | None
    order: int
    description: str
    values: list[Open311AttributeValue] = Field(json_schema_extra={"xml": {"wrapped": True}})


class Open311ServiceDefinition(OutputModel):
    """The extra questions of a service: none for Fast Track's categories (an empty list)."""

    model_config = _xml("service_definition")

    service_code: str
    attributes: list[Open311Attribute] = Field(json_schema_extra={"xml": {"wrapped": True}})


class Open311Endpoint(OutputModel):
    model_config = _xml("endpoint")

    specification: str = Field(description="The specification this endpoint implements.")
    url: str = Field(description="The base URL: append e.g. `/services.xml`.")
    changeset: UtcDateTime | None
    type: Literal["production", "test"]
    formats: list[str] = Field(
        json_schema_extra={
            "xml": {"wrapped": True},
            "items": {"type": "string", "xml": {"name": "format"}},
        },
        description="Media types of the answers.",
    )


class Open311Discovery(OutputModel):
    """Service discovery: where the GeoReport v2 endpoint is, who to ask, how to get a key."""

    model_config = _xml("discovery")

    changeset: UtcDateTime | None = Field(
        description="When the services or their definitions last changed."
    )
    contact: str
    key_service: str
    endpoints: list[Open311Endpoint] = Field(json_schema_extra={"xml": {"wrapped": True}})
