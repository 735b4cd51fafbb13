"""Login protection: failed logins per account and per address are slowed, then refused; the
same for API clients' token requests (per client id and per address)."""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timedelta

from domain.errors import TooManyRequests
from domain.shared.clock import Clock
from domain.throttle import BackoffPolicy, CounterStore

ACCOUNT_POLICY = BackoffPolicy(
    free=3, refuse_at=10, window=timedelta(hours=1), lockout=timedelta(minutes=15)
)
ADDRESS_POLICY = BackoffPolicy(
    free=20, refuse_at=50, window=timedelta(hours=1), lockout=timedelta(minutes=15)
)


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
        wait = max(1, math.ceil((until - now).total_seconds()))
        error = self.throttled
        return error(
            f"{error.title}; try again in {wait} seconds.",
            detail_th=f"{error.title_th} โปรดลองใหม่ในอีก {wait} วินาที",
            retry_after=wait,
        )

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
