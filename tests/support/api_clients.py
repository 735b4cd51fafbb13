"""API clients and their tokens for tests, committed once per database for the whole session.

Every test app shares one session key ring (the `settings` fixture points at it), so a token
signed here verifies in any test's app.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.api_client.model import ClientScope
from domain.api_client.ports import ClientTokenClaims
from domain.api_client.service import ApiClientService, NewApiClient
from domain.shared.clock import SystemClock
from domain.shared.principal import SYSTEM
from infra.auth.jwt_tokens import JoseClientTokens
from infra.auth.keys import KeyRing
from infra.auth.passwords import ThreadedPasswordHasher, password_helper
from infra.db.uow import SqlUnitOfWork
from infra.settings import Settings
from tests.support.identity import agency_id

ALL_SCOPES = frozenset(s.value for s in ClientScope)
ISSUER = Settings(_env_file=None).effective_token_issuer
AUDIENCE = "fasttrack-api"


@dataclass(frozen=True)
class ApiClientActor:
    key: str
    id: uuid.UUID
    agency_id: uuid.UUID
    agency_code: str
    scopes: frozenset[str]
    secret: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def session_key_ring(directory: Path) -> KeyRing:
    ring = KeyRing(directory, generate=True)
    ring.state()
    return ring


def sign_token(
    ring: KeyRing,
    client_id: uuid.UUID,
    agency: uuid.UUID,
    scopes: frozenset[str],
    lifetime: timedelta = timedelta(days=1),
) -> str:
    now = datetime.now(UTC).replace(microsecond=0)
    tokens = JoseClientTokens(ring, issuer=ISSUER, audience=AUDIENCE)
    return tokens.sign(
        ClientTokenClaims(client_id, agency, scopes, now, now + lifetime, uuid.uuid4().hex)
    )


async def make_api_client(
    sessions: async_sessionmaker[AsyncSession],
    ring: KeyRing,
    key: str,
    agency_code: str,
    scopes: frozenset[str] = ALL_SCOPES,
) -> ApiClientActor:
    """A committed client (created like the API does, audit-logged as the system) and a
    token for it that outlives the test session."""
    service = ApiClientService(
        lambda: SqlUnitOfWork(sessions),
        SystemClock(),
        ThreadedPasswordHasher(password_helper("fast")),
    )
    agency = await agency_id(sessions, agency_code)
    created = await service.create_client(
        SYSTEM, NewApiClient(name=f"Test {key}", agency_id=agency, scopes=scopes)
    )
    token = sign_token(ring, created.client.id, agency, frozenset(scopes))
    return ApiClientActor(
        key, created.client.id, agency, agency_code, frozenset(scopes), created.secret, token
    )
