"""Login protection: failed logins per account and per address are slowed, then refused; the
same for API clients' token requests (per client id and per address); password-reset requests
are limited per e-mail address and per client address."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from domain.errors import TooManyRequests
from domain.shared.clock import Clock
from domain.shared.rate_limit import retry_later
from domain.throttle import BackoffPolicy, CounterStore, RatePolicy

ACCOUNT_POLICY = BackoffPolicy(
    free=3, refuse_at=10, window=timedelta(hours=1), lockout=timedelta(minutes=15)
)
ADDRESS_POLICY = BackoffPolicy(
    free=20, refuse_at=50, window=timedelta(hours=1), lockout=timedelta(minutes=15)
)

# Reset mails per e-mail address (known or not: the answer never tells) and per client address.
RESET_EMAIL_POLICY = RatePolicy(limit=3, window=timedelta(hours=1))
RESET_ADDRESS_POLICY = RatePolicy(limit=20, window=timedelta(hours=1))


def _key(kind: str, value: str, prefix: str = "login") -> str:
    # Keys are digests: the counter table holds no e-mail addresses or IPs.
    return f"{prefix}:{kind}:" + hashlib.sha256(value.strip().lower().encode()).hexdigest()[:40]


class LoginThrottled(TooManyRequests):
    code = "auth.login_throttled"
    title = "Too many failed logins"
    title_th = "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป"


class ClientTokenThrottled(TooManyRequests):
    code = "auth.token_throttled"
    title = "Too many failed token requests"
    title_th = "ขอ token ไม่สำเร็จหลายครั้งเกินไป"


class PasswordResetThrottled(TooManyRequests):
    code = "auth.password_reset_throttled"
    title = "Too many password reset requests"
    title_th = "ขอตั้งรหัสผ่านใหม่บ่อยเกินไป"


def _refusal(error: type[TooManyRequests], until: datetime, now: datetime) -> TooManyRequests:
    return retry_later(error, until, now, error.title, error.title_th)


class LoginGuard:
    prefix = "login"
    throttled: type[TooManyRequests] = LoginThrottled

    def __init__(
        self,
        store: CounterStore,
        clock: Clock,
        account_policy: BackoffPolicy = ACCOUNT_POLICY,
        address_policy: BackoffPolicy = ADDRESS_POLICY,
    ) -> None:
        self._store = store
        self._clock = clock
        self._account = account_policy
        self._address = address_policy

    def _keys(self, email: str, address: str | None) -> list[tuple[str, BackoffPolicy]]:
        keys = [(_key("account", email, self.prefix), self._account)]
        if address:
            keys.append((_key("address", address, self.prefix), self._address))
        return keys

    def _refuse(self, until: datetime, now: datetime) -> TooManyRequests:
        return _refusal(self.throttled, until, now)

    async def check(self, email: str, address: str | None) -> None:
        now = self._clock.now()
        for key, _ in self._keys(email, address):
            until = await self._store.blocked_until(key, now)
            if until is not None:
                raise self._refuse(until, now)

    async def failed(self, email: str, address: str | None) -> None:
        now = self._clock.now()
        for key, policy in self._keys(email, address):
            await self._store.record_failure(key, now, policy)

    async def succeeded(self, email: str) -> None:
        await self._store.reset(_key("account", email, self.prefix))


class ClientTokenGuard(LoginGuard):
    """Failed client-credential requests (unknown client or wrong secret) per client id and
    per address: each costs an argon2 verification, so guessing is slowed, then refused."""

    prefix = "client_token"
    throttled = ClientTokenThrottled


class PasswordResetGuard:
    """Counts every reset request, for known and unknown addresses alike, per e-mail address
    and per client address; over either limit the request is refused (429) until the window
    ends. Keeps one person's inbox from being flooded and a client from probing addresses."""

    prefix = "password_reset"

    def __init__(
        self,
        store: CounterStore,
        clock: Clock,
        email_policy: RatePolicy = RESET_EMAIL_POLICY,
        address_policy: RatePolicy = RESET_ADDRESS_POLICY,
    ) -> None:
        self._store = store
        self._clock = clock
        self._email = email_policy
        self._address = address_policy

    async def hit(self, email: str, address: str | None) -> None:
        now = self._clock.now()
        keys = [(_key("address", address or "unknown", self.prefix), self._address)]
        keys.append((_key("email", email, self.prefix), self._email))
        for key, policy in keys:
            state = await self._store.hit(key, now, policy)
            if state.blocked_until is not None:
                raise _refusal(PasswordResetThrottled, state.blocked_until, now)
