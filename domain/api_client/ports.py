"""Ports of the API-client feature: its repository and the client-token signer/verifier."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.api_client.model import ApiClient
from domain.errors import Unauthenticated
from domain.shared.paging import Page, PageRequest


@dataclass(frozen=True)
class ApiClientFilter:
    agency_id: uuid.UUID | None = None
    is_active: bool | None = None
    include_deleted: bool = False


class ApiClientRepository(Protocol):
    async def get(self, client_id: uuid.UUID) -> ApiClient | None: ...

    async def list(self, page: PageRequest, filters: ApiClientFilter) -> Page[ApiClient]: ...

    async def add(self, client: ApiClient, secret_hash: str) -> None: ...

    async def update(
        self, client: ApiClient, expected_version: int, *, secret_hash: str | None = None
    ) -> ApiClient:
        """Write the client if it is still at `expected_version` (else ConcurrentUpdate);
        a given `secret_hash` replaces the stored one."""
        ...

    async def secret_hash(self, client_id: uuid.UUID) -> str | None: ...


@dataclass(frozen=True)
class ClientTokenClaims:
    """What a client access token says: who, for which agency, which scopes, until when."""

    client_id: uuid.UUID
    agency_id: uuid.UUID
    scopes: frozenset[str]
    issued_at: datetime
    expires_at: datetime
    token_id: str
    key_id: str | None = None


class InvalidClientToken(Unauthenticated):
    code = "auth.invalid_token"
    title = "Invalid token"
    title_th = "โทเค็นไม่ถูกต้อง"


class ClientTokenSigner(Protocol):
    def sign(self, claims: ClientTokenClaims) -> str:
        """A signed access token carrying the claims (with issuer, audience and key id)."""
        ...


class ClientTokenVerifier(Protocol):
    def verify(self, token: str) -> ClientTokenClaims:
        """The claims of a token this service signed and still accepts; InvalidClientToken
        for anything else (bad signature or algorithm, unknown key, wrong issuer or
        audience, expired, malformed)."""
        ...
