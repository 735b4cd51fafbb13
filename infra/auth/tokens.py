"""Opaque staff bearer tokens: fastapi-users' database strategy, storing only digests."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Any

from fastapi_users.authentication.strategy.db import DatabaseStrategy
from fastapi_users.manager import BaseUserManager

from infra.db.tables import AccessTokenRow, UserRow


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """An opaque staff bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


class DigestDatabaseStrategy(DatabaseStrategy[UserRow, uuid.UUID, AccessTokenRow]):
    """Like DatabaseStrategy, but a database leak reveals no usable token."""

    async def read_token(
        self, token: str | None, user_manager: BaseUserManager[UserRow, uuid.UUID]
    ) -> UserRow | None:
        if not token or len(token) > 200:
            return None
        return await super().read_token(token_digest(token), user_manager)

    async def write_token(self, user: UserRow) -> str:
        token = new_token()
        await self.database.create({"token": token_digest(token), "user_id": user.id})
        return token

    async def destroy_token(self, token: str, user: UserRow) -> None:
        await super().destroy_token(token_digest(token), user)

    def _create_access_token_dict(self, user: Any) -> dict[str, Any]:  # pragma: no cover
        raise NotImplementedError("tokens are created by write_token")
