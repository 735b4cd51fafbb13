"""fastapi-users wiring: the user manager (hooks: mail, revocation) and its database."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import jwt
from fastapi import Request
from fastapi.security import OAuth2PasswordRequestForm
from fastapi_users import BaseUserManager, UUIDIDMixin, exceptions
from fastapi_users.jwt import decode_jwt, generate_jwt
from fastapi_users.password import PasswordHelper
from fastapi_users_db_sqlalchemy import SQLAlchemyUserDatabase
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from domain.identity.service import MIN_PASSWORD_LENGTH
from domain.shared.mail import Mailer
from infra.db.tables import AccessTokenRow, UserRow, table_of
from infra.mail.templates import render

RESET_LIFETIME_SECONDS = 48 * 3600


def console_link(public_base_url: str, page: str, token: str) -> str:
    """A link to the staff console's page for a token. The token rides in the fragment, which
    browsers never send to a server, so it stays out of access logs and Referer headers."""
    return f"{public_base_url}/console/{page}#token={token}"


class UserManager(UUIDIDMixin, BaseUserManager[UserRow, uuid.UUID]):
    """fastapi-users' manager with our hooks; CPU-heavy hashing runs in a thread."""

    reset_password_token_lifetime_seconds = RESET_LIFETIME_SECONDS

    def __init__(
        self,
        user_db: SQLAlchemyUserDatabase[UserRow, uuid.UUID],
        session: AsyncSession,
        *,
        secret: str,
        mailer: Mailer,
        public_base_url: str,
        helper: PasswordHelper,
    ) -> None:
        super().__init__(user_db, helper)
        self.session = session
        self.reset_password_token_secret = secret + ":reset"
        self.verification_token_secret = secret + ":verify"
        self.mailer = mailer
        self.public_base_url = public_base_url.rstrip("/")

    async def validate_password(self, password: str, user: Any) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise exceptions.InvalidPasswordException(
                reason=f"Password should be at least {MIN_PASSWORD_LENGTH} characters"
            )

    # --- hooks -----------------------------------------------------------------------------

    async def send_invitation(self, user: UserRow) -> None:
        token = await self._reset_token(user)
        await self.mailer.send(
            render(
                "invitation",
                user.language,
                user.email,
                name=user.full_name,
                token=token,
                link=console_link(self.public_base_url, "accept-invitation", token),
                hours=RESET_LIFETIME_SECONDS // 3600,
            )
        )

    async def on_after_forgot_password(
        self, user: UserRow, token: str, request: Request | None = None
    ) -> None:
        await self.mailer.send(
            render(
                "reset_password",
                user.language,
                user.email,
                name=user.full_name,
                token=token,
                link=console_link(self.public_base_url, "reset-password", token),
                hours=RESET_LIFETIME_SECONDS // 3600,
            )
        )

    async def on_after_request_verify(
        self, user: UserRow, token: str, request: Request | None = None
    ) -> None:
        await self.mailer.send(
            render(
                "verify_email",
                user.language,
                user.email,
                name=user.full_name,
                token=token,
                link=console_link(self.public_base_url, "verify", token),
            )
        )

    async def on_after_reset_password(self, user: UserRow, request: Request | None = None) -> None:
        # fastapi-users does not revoke on reset by itself: every session of the user ends.
        await self.session.execute(
            delete(table_of(AccessTokenRow)).where(table_of(AccessTokenRow).c.user_id == user.id)
        )
        await self.session.commit()

    # --- hashing off the event loop ----------------------------------------------------------

    async def authenticate(self, credentials: OAuth2PasswordRequestForm) -> UserRow | None:
        try:
            user = await self.get_by_email(credentials.username)
        except exceptions.UserNotExists:
            # Hash anyway so that unknown e-mails take as long as wrong passwords.
            await asyncio.to_thread(self.password_helper.hash, credentials.password)
            return None
        verified, new_hash = await asyncio.to_thread(
            self.password_helper.verify_and_update, credentials.password, user.hashed_password
        )
        if not verified:
            return None
        if new_hash is not None:
            await self.user_db.update(user, {"hashed_password": new_hash})
        return user

    async def _update(self, user: UserRow, update_dict: dict[str, Any]) -> UserRow:
        update_dict = dict(update_dict)
        password = update_dict.pop("password", None)
        if password is not None:
            await self.validate_password(password, user)
            update_dict["hashed_password"] = await asyncio.to_thread(
                self.password_helper.hash, password
            )
        return await super()._update(user, update_dict)

    async def _reset_token(self, user: UserRow) -> str:
        fingerprint = await asyncio.to_thread(self.password_helper.hash, user.hashed_password)
        return generate_jwt(
            {
                "sub": str(user.id),
                "password_fgpt": fingerprint,
                "aud": self.reset_password_token_audience,
            },
            self.reset_password_token_secret,
            self.reset_password_token_lifetime_seconds,
        )

    async def forgot_password(self, user: UserRow, request: Request | None = None) -> None:
        if not user.is_active:
            raise exceptions.UserInactive()
        await self.on_after_forgot_password(user, await self._reset_token(user), request)

    async def reset_password(
        self, token: str, password: str, request: Request | None = None
    ) -> UserRow:
        try:
            data = decode_jwt(
                token, self.reset_password_token_secret, [self.reset_password_token_audience]
            )
            user = await self.get(self.parse_id(data["sub"]))
            fingerprint = data["password_fgpt"]
        except (jwt.PyJWTError, KeyError, exceptions.InvalidID, exceptions.UserNotExists) as exc:
            raise exceptions.InvalidResetPasswordToken() from exc
        valid, _ = await asyncio.to_thread(
            self.password_helper.verify_and_update, user.hashed_password, fingerprint
        )
        if not valid:
            raise exceptions.InvalidResetPasswordToken()
        if not user.is_active:
            raise exceptions.UserInactive()
        updated = await self._update(user, {"password": password})
        if not user.is_verified:
            # Setting a password from the e-mailed link proves the address.
            updated = await self.user_db.update(updated, {"is_verified": True})
        await self.on_after_reset_password(user, request)
        return updated
