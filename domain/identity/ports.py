"""Ports the identity use cases need."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.identity.model import Language, StaffUser
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Role


@dataclass(frozen=True)
class UserFilter:
    role: Role | None = None
    agency_id: uuid.UUID | None = None
    is_active: bool | None = None
    q: str | None = None


class UserRepository(Protocol):
    async def get(self, user_id: uuid.UUID) -> StaffUser | None: ...

    async def get_by_email(self, email: str) -> StaffUser | None: ...

    async def list(self, page: PageRequest, filters: UserFilter) -> Page[StaffUser]: ...

    async def add(self, user: StaffUser, hashed_password: str) -> None: ...

    async def update(self, user: StaffUser, expected_version: int) -> StaffUser: ...

    async def set_password_hash(self, user_id: uuid.UUID, hashed_password: str) -> None: ...

    async def password_hash(self, user_id: uuid.UUID) -> str | None: ...


class AccessTokenRepository(Protocol):
    async def issue(self, user_id: uuid.UUID) -> str:
        """A new opaque bearer token for the user (only its digest is stored; its lifetime
        runs from now)."""
        ...

    async def revoke(self, user_id: uuid.UUID, token: str) -> bool:
        """End one of the user's sessions; False when the token was not theirs or not live."""
        ...

    async def revoke_all(self, user_id: uuid.UUID, *, except_token: str | None = None) -> int:
        """Delete every access token of the user at once; returns how many."""
        ...

    async def purge_issued_before(self, cutoff: datetime) -> int:
        """Delete tokens too old to be accepted any more; returns how many."""
        ...


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, password: str, hashed: str) -> bool: ...

    def random_password(self) -> str: ...


class Invitations(Protocol):
    async def invite(self, user: StaffUser) -> None:
        """Send the new user an e-mail with a link to set their password."""
        ...


@dataclass(frozen=True)
class AgencyInfo:
    """What identity needs to know of an agency to check a role against it."""

    id: uuid.UUID
    code: str
    kind: str
    is_active: bool


class AgencyLookup(Protocol):
    async def agency_info(self, agency_id: uuid.UUID) -> AgencyInfo | None: ...

    async def omb_agency(self) -> AgencyInfo | None: ...


__all__ = [
    "AccessTokenRepository",
    "AgencyInfo",
    "AgencyLookup",
    "Invitations",
    "Language",
    "PasswordHasher",
    "UserFilter",
    "UserRepository",
]
