"""HTTP schemas for partner API clients."""

from __future__ import annotations

import uuid

from pydantic import Field

from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.api_client.model import ApiClient, ClientScope

Scopes = Field(min_length=1, max_length=len(ClientScope))


class ApiClientRead(OutputModel):
    """A partner system's API client; `id` is its OAuth2 client_id."""

    id: uuid.UUID
    name: str
    agency_id: uuid.UUID
    scopes: list[ClientScope]
    is_active: bool
    deleted_at: UtcDateTime | None
    created_at: UtcDateTime
    updated_at: UtcDateTime
    version: int

    @classmethod
    def of(cls, client: ApiClient) -> ApiClientRead:
        return cls(
            id=client.id,
            name=client.name,
            agency_id=client.agency_id,
            scopes=[ClientScope(s) for s in sorted(client.scopes)],
            is_active=client.is_active,
            deleted_at=client.deleted_at,
            created_at=client.created_at,
            updated_at=client.updated_at,
            version=client.version,
        )


class ApiClientSecretRead(ApiClientRead):
    """A new client with its credentials. The secret is shown this once and never again:
    only a hash of it is stored."""

    client_id: str
    client_secret: str


class ApiClientPage(OutputModel):
    items: list[ApiClientRead]
    next_cursor: str | None


class ApiClientCreate(InputModel):
    """A new API client of one agency with the scopes it may be granted."""

    name: str = Field(min_length=1, max_length=200)
    agency_id: uuid.UUID
    scopes: list[ClientScope] = Scopes


class ApiClientUpdate(InputModel):
    """A new name or a new set of scopes; fewer scopes apply to live tokens at once."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    scopes: list[ClientScope] | None = Field(
        default=None, min_length=1, max_length=len(ClientScope)
    )
