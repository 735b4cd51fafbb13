"""OAuth2 client credentials: issue short-lived access tokens to API clients and turn a
presented token back into a Principal, checking the client on every request."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from domain.api_client.model import ApiClient, ClientScope
from domain.api_client.ports import (
    ClientTokenClaims,
    ClientTokenSigner,
    ClientTokenVerifier,
    InvalidClientToken,
)
from domain.errors import BadRequest, DomainError, Unauthenticated
from domain.identity.ports import PasswordHasher
from domain.shared.clock import Clock
from domain.shared.principal import Principal, PrincipalKind, Role
from domain.uow import UnitOfWork

CLIENT_CREDENTIALS = "client_credentials"


class OAuthError(DomainError):
    """A token-endpoint error: the problem body also carries RFC 6749's `error` and
    `error_description`, so that standard OAuth libraries understand it."""

    oauth_error: ClassVar[str] = "invalid_request"

    def __init__(self, description: str, *, detail_th: str | None = None) -> None:
        # error_description is limited to printable ASCII without '"' and '\'.
        clean = "".join(c for c in description if 0x20 <= ord(c) <= 0x7E and c not in '"\\')
        super().__init__(
            description,
            detail_th=detail_th,
            extra={"error": self.oauth_error, "error_description": clean},
        )


class InvalidRequest(OAuthError, BadRequest):
    oauth_error = "invalid_request"
    code = "auth.invalid_request"
    title = "Invalid token request"
    title_th = "คำขอโทเค็นไม่ถูกต้อง"


class InvalidClient(OAuthError, Unauthenticated):
    oauth_error = "invalid_client"
    code = "auth.invalid_client"
    title = "Client authentication failed"
    title_th = "ยืนยันตัวตน client ไม่สำเร็จ"
    challenge = 'Basic realm="fasttrack"'


class InvalidGrant(OAuthError, BadRequest):
    oauth_error = "invalid_grant"
    code = "auth.invalid_grant"
    title = "The grant is not valid for this client"
    title_th = "ไม่สามารถออกโทเค็นให้ client นี้ได้"


class InvalidScope(OAuthError, BadRequest):
    oauth_error = "invalid_scope"
    code = "auth.invalid_scope"
    title = "Invalid scope"
    title_th = "ขอบเขตสิทธิ์ (scope) ไม่ถูกต้อง"


class UnsupportedGrantType(OAuthError, BadRequest):
    oauth_error = "unsupported_grant_type"
    code = "auth.unsupported_grant_type"
    title = "Unsupported grant type"
    title_th = "ไม่รองรับ grant type นี้"


@dataclass(frozen=True)
class TokenRequest:
    """A token request as received: credentials from HTTP Basic or from the body."""

    grant_type: str | None
    client_id: str | None
    client_secret: str | None
    scope: str | None = None


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int
    scopes: frozenset[str]

    @property
    def scope(self) -> str:
        return " ".join(sorted(self.scopes))


def _parse_client_id(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if len(value) <= 64 else None
    except ValueError:
        return None


class ClientTokenService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        hasher: PasswordHasher,
        signer: ClientTokenSigner,
        verifier: ClientTokenVerifier,
        lifetime: timedelta,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._hasher = hasher
        self._signer = signer
        self._verifier = verifier
        self._lifetime = lifetime

    async def issue_token(self, request: TokenRequest) -> IssuedToken:
        if not request.grant_type:
            raise InvalidRequest("grant_type is required.")
        if request.grant_type != CLIENT_CREDENTIALS:
            raise UnsupportedGrantType("Only grant_type=client_credentials is supported.")
        if not request.client_id or not request.client_secret:
            raise InvalidClient(
                "Send client_id and client_secret by HTTP Basic or in the form body."
            )
        client = await self._verified_client(request.client_id, request.client_secret)
        scopes = self._granted_scopes(request.scope, client.scopes)
        now = self._clock.now().replace(microsecond=0)
        claims = ClientTokenClaims(
            client_id=client.id,
            agency_id=client.agency_id,
            scopes=scopes,
            issued_at=now,
            expires_at=now + self._lifetime,
            token_id=uuid.uuid4().hex,
        )
        return IssuedToken(self._signer.sign(claims), int(self._lifetime.total_seconds()), scopes)

    async def _verified_client(self, raw_client_id: str, secret: str) -> ApiClient:
        """The client whose id and secret these are, usable and of an active agency."""
        client_id = _parse_client_id(raw_client_id)
        client = stored = None
        if client_id is not None and len(secret) <= 200:
            async with self._uow() as uow:
                client = await uow.api_clients.get(client_id)
                stored = await uow.api_clients.secret_hash(client_id)
        # The secret is checked (off the event loop) before anything else is revealed, and
        # unknown or unusable clients cost the same hashing time as a wrong secret.
        if client is None or stored is None or not client.may_authenticate:
            await self._hasher.hash(secret[:200])
            raise InvalidClient("Unknown client, wrong secret, or the client is disabled.")
        if not await self._hasher.verify(secret, stored):
            raise InvalidClient("Unknown client, wrong secret, or the client is disabled.")
        async with self._uow() as uow:
            agency = await uow.agency_lookup.agency_info(client.agency_id)
        if agency is None or not agency.is_active:
            raise InvalidGrant("The client's agency is deactivated.")
        return client

    async def authenticate_credentials(
        self, client_id: str, secret: str, request_id: str | None = None
    ) -> Principal:
        """The Principal of a client that presents its id and secret directly (Open311's
        `api_key`) rather than a token: the same checks as issuing a token."""
        client = await self._verified_client(client_id, secret)
        return Principal(
            id=client.id,
            kind=PrincipalKind.api_client,
            role=Role.api_client,
            agency_id=client.agency_id,
            scopes=client.scopes,
            request_id=request_id,
        )

    @staticmethod
    def _granted_scopes(requested: str | None, granted: frozenset[str]) -> frozenset[str]:
        """The requested scopes (all granted ones if none are asked); never more."""
        if requested is None or not requested.strip():
            return granted
        asked = frozenset(requested.split())
        known = {s.value for s in ClientScope}
        if not asked <= known:
            raise InvalidScope(f"Unknown scope: {' '.join(sorted(asked - known))}.")
        if not asked <= granted:
            raise InvalidScope(f"The client was not granted: {' '.join(sorted(asked - granted))}.")
        return asked

    async def authenticate(self, token: str, request_id: str | None = None) -> Principal:
        """The Principal of a client token. The client is read on every request, so a
        disabled or deleted client is refused at once, and scopes taken from it since the
        token was issued no longer apply."""
        claims = self._verifier.verify(token)
        async with self._uow() as uow:
            client = await uow.api_clients.get(claims.client_id)
            agency = await uow.agency_lookup.agency_info(client.agency_id) if client else None
        if (
            client is None
            or not client.may_authenticate
            or client.agency_id != claims.agency_id
            or agency is None
            or not agency.is_active
        ):
            raise InvalidClientToken("The token is invalid, expired or revoked.")
        return Principal(
            id=client.id,
            kind=PrincipalKind.api_client,
            role=Role.api_client,
            agency_id=client.agency_id,
            scopes=claims.scopes & client.scopes,
            request_id=request_id,
        )
