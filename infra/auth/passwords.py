"""Argon2 password hashing (pwdlib), run in a worker thread so the event loop never blocks."""

from __future__ import annotations

import asyncio
import secrets

from fastapi_users.password import PasswordHelper
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher


def password_helper(profile: str = "production") -> PasswordHelper:
    """argon2 always; the 'fast' profile has cheap parameters and is for tests only."""
    if profile == "fast":
        hasher = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1)
    else:
        hasher = Argon2Hasher()
    return PasswordHelper(PasswordHash((hasher,)))


class ThreadedPasswordHasher:
    """The domain's PasswordHasher port over fastapi-users' PasswordHelper."""

    def __init__(self, helper: PasswordHelper) -> None:
        self.helper = helper

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self.helper.hash, password)

    async def verify(self, password: str, hashed: str) -> bool:
        ok, _ = await asyncio.to_thread(self.helper.verify_and_update, password, hashed)
        return bool(ok)

    def random_password(self) -> str:
        return secrets.token_urlsafe(32)
