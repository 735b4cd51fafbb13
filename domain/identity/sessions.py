"""Signing staff in and out: the identity use cases behind `/auth/login` and `/auth/logout`.

The rules are the API's everywhere: the e-mail and password must match an active account of an
active agency (or of no agency); failures are counted per account and per client address and
slowed, then refused (`LoginGuard`); a wrong e-mail, a wrong password, a deactivated account and
a deactivated agency all get the same answer, and take the same time (a password is hashed even
for an unknown e-mail). A session is an opaque bearer token; signing out revokes that one only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.errors import BadRequest, InvalidValue
from domain.identity.login import LoginGuard
from domain.identity.model import StaffUser, normalise_email
from domain.identity.ports import PasswordHasher
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class BadCredentials(BadRequest):
    code = "auth.login_bad_credentials"
    title = "Wrong e-mail or password"
    title_th = "อีเมลหรือรหัสผ่านไม่ถูกต้อง"


@dataclass(frozen=True)
class SignedIn:
    user: StaffUser
    token: str


class StaffSessions:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        hasher: PasswordHasher,
        guard: LoginGuard,
    ) -> None:
        self._uow = uow
        self._hasher = hasher
        self._guard = guard

    async def sign_in(self, email: str, password: str, address: str | None) -> SignedIn:
        """A new session for these credentials, or BadCredentials (LoginThrottled when the
        account or the address has failed too often)."""
        await self._guard.check(email, address)
        user = await self._verified(email, password)
        if user is None:
            await self._guard.failed(email, address)
            raise BadCredentials(
                "The e-mail or the password is wrong, or the account is inactive.",
                detail_th="อีเมลหรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกระงับ",
            )
        await self._guard.succeeded(email)
        async with self._uow() as uow:
            token = await uow.access_tokens.issue(user.id)
            await uow.commit()
        return SignedIn(user, token)

    async def sign_out(self, actor: Principal, token: str) -> None:
        """End the session this token is (only the actor's own; other sessions live on)."""
        async with self._uow() as uow:
            await uow.access_tokens.revoke(actor.id, token)
            await uow.commit()

    async def _verified(self, email: str, password: str) -> StaffUser | None:
        try:
            address = normalise_email(email)
        except InvalidValue:
            address = None
        async with self._uow() as uow:
            user = await uow.users.get_by_email(address) if address else None
            stored = await uow.users.password_hash(user.id) if user is not None else None
            agency = (
                await uow.agency_lookup.agency_info(user.agency_id)
                if user is not None and user.agency_id is not None
                else None
            )
        if user is None or stored is None:
            await self._hasher.hash(password)  # as slow as a wrong password
            return None
        if not await self._hasher.verify(password, stored):
            return None
        if not user.is_active or (user.agency_id is not None and not (agency and agency.is_active)):
            return None
        return user
