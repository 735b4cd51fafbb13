"""ClientTokenService against fakes: the OAuth rules without a database or real keys."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain.api_client.model import ApiClient
from domain.api_client.ports import ClientTokenClaims, InvalidClientToken
from domain.api_client.tokens import (
    ClientTokenService,
    InvalidClient,
    InvalidGrant,
    InvalidRequest,
    InvalidScope,
    OAuthError,
    TokenRequest,
    UnsupportedGrantType,
)
from domain.identity.ports import AgencyInfo
from domain.shared.clock import FixedClock
from domain.shared.principal import PrincipalKind, Role

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
AGENCY = uuid.uuid4()


class FakeHasher:
    def __init__(self) -> None:
        self.hashed = 0

    async def hash(self, password: str) -> str:
        self.hashed += 1
        return f"hashed:{password}"

    async def verify(self, password: str, hashed: str) -> bool:
        self.hashed += 1
        return hashed == f"hashed:{password}"

    def random_password(self) -> str:
        return "random"


class FakeClientTokens:
    """Signs by remembering the claims under a made-up token."""

    def __init__(self) -> None:
        self.issued: dict[str, ClientTokenClaims] = {}

    def sign(self, claims: ClientTokenClaims) -> str:
        token = f"h.{len(self.issued)}.s"
        self.issued[token] = claims
        return token

    def verify(self, token: str) -> ClientTokenClaims:
        if token not in self.issued:
            raise InvalidClientToken()
        return self.issued[token]


@dataclass
class FakeStore:
    clients: dict[uuid.UUID, tuple[ApiClient, str]] = field(default_factory=dict)
    agencies: dict[uuid.UUID, AgencyInfo] = field(default_factory=dict)


class FakeUnitOfWork:
    def __init__(self, store: FakeStore) -> None:
        self.api_clients = self
        self.agency_lookup = self
        self._store = store

    async def __aenter__(self) -> FakeUnitOfWork:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        return None

    async def get(self, client_id: uuid.UUID) -> ApiClient | None:
        found = self._store.clients.get(client_id)
        return found[0] if found else None

    async def secret_hash(self, client_id: uuid.UUID) -> str | None:
        found = self._store.clients.get(client_id)
        return found[1] if found else None

    async def agency_info(self, agency_id: uuid.UUID) -> AgencyInfo | None:
        return self._store.agencies.get(agency_id)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(agencies={AGENCY: AgencyInfo(AGENCY, "1026", "district_office", True)})


@pytest.fixture
def hasher() -> FakeHasher:
    return FakeHasher()


@pytest.fixture
def service(store: FakeStore, hasher: FakeHasher) -> ClientTokenService:
    tokens = FakeClientTokens()
    return ClientTokenService(
        lambda: FakeUnitOfWork(store),  # type: ignore[arg-type,return-value]
        FixedClock(NOW),
        hasher,
        tokens,
        tokens,
        timedelta(minutes=15),
    )


def add_client(store: FakeStore, *scopes: str, active: bool = True) -> ApiClient:
    client = ApiClient(uuid.uuid4(), "Partner", AGENCY, frozenset(scopes), active, NOW, NOW)
    store.clients[client.id] = (client, "hashed:s3cret")
    return client


def request(client: ApiClient | None, secret: str = "s3cret", **kw: Any) -> TokenRequest:
    return TokenRequest(
        grant_type=kw.pop("grant_type", "client_credentials"),
        client_id=str(client.id) if client else str(uuid.uuid4()),
        client_secret=secret,
        **kw,
    )


async def test_issues_a_token_for_all_or_fewer_scopes(
    service: ClientTokenService, store: FakeStore
) -> None:
    client = add_client(store, "complaints:read", "stats:read")
    issued = await service.issue_token(request(client))
    assert issued.expires_in == 900 and issued.scope == "complaints:read stats:read"
    narrow = await service.issue_token(request(client, scope=" stats:read "))
    assert narrow.scopes == {"stats:read"}
    with pytest.raises(InvalidScope):
        await service.issue_token(request(client, scope="complaints:create"))
    with pytest.raises(InvalidScope):
        await service.issue_token(request(client, scope="admin"))


@pytest.mark.parametrize(
    "case,error",
    [
        ("no_grant_type", InvalidRequest),
        ("password_grant", UnsupportedGrantType),
        ("wrong_secret", InvalidClient),
        ("unknown_client", InvalidClient),
        ("disabled", InvalidClient),
        ("huge_secret", InvalidClient),
        ("inactive_agency", InvalidGrant),
    ],
)
async def test_refusals(
    service: ClientTokenService,
    store: FakeStore,
    hasher: FakeHasher,
    case: str,
    error: type[OAuthError],
) -> None:
    client = add_client(store, "stats:read", active=case != "disabled")
    req = {
        "no_grant_type": request(client, grant_type=None),
        "password_grant": request(client, grant_type="password"),
        "wrong_secret": request(client, "guess"),
        "unknown_client": request(None),
        "disabled": request(client),
        "huge_secret": request(client, "x" * 10_000),
        "inactive_agency": request(client),
    }[case]
    if case == "inactive_agency":
        store.agencies[AGENCY] = AgencyInfo(AGENCY, "1026", "district_office", False)
    with pytest.raises(error) as raised:
        await service.issue_token(req)
    assert raised.value.extra["error"] == error.oauth_error
    if error is InvalidClient:
        assert hasher.hashed == 1  # unknown and disabled clients cost a hash too


async def test_authenticate_follows_the_client_as_it_is_now(
    service: ClientTokenService, store: FakeStore
) -> None:
    client = add_client(store, "complaints:read", "complaints:create")
    token = (await service.issue_token(request(client))).access_token
    principal = await service.authenticate(token, "req-1")
    assert principal.kind is PrincipalKind.api_client and principal.role is Role.api_client
    assert principal.id == client.id and principal.agency_id == AGENCY
    assert principal.scopes == frozenset({"complaints:read", "complaints:create"})
    assert principal.request_id == "req-1"

    store.clients[client.id] = (client.with_changes(scopes=frozenset({"complaints:read"})), "")
    assert (await service.authenticate(token)).scopes == frozenset({"complaints:read"})
    store.clients[client.id] = (client.with_changes(is_active=False), "")
    with pytest.raises(InvalidClientToken):
        await service.authenticate(token)
    store.clients[client.id] = (client.with_changes(deleted_at=NOW), "")
    with pytest.raises(InvalidClientToken):
        await service.authenticate(token)
    del store.clients[client.id]
    with pytest.raises(InvalidClientToken):
        await service.authenticate(token)
