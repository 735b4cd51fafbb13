"""Client credentials (OAuth2 §4.4) for partner systems: obtain a token, renew it before it
expires, and send it on every request of the SDK's client."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from ..api.auth import issue_token
from ..client import AuthenticatedClient, Client
from ..models.client_token_read import ClientTokenRead
from ..models.client_token_request import ClientTokenRequest
from ..models.problem import Problem
from ..models.token_problem import TokenProblem
from ..types import UNSET, Response
from .errors import ApiError

# The generated AuthenticatedClient insists on a token; the real one is set per request by
# ClientCredentialsAuth, which replaces this header value.
_MANAGED = "managed-by-ClientCredentialsAuth"


class ClientCredentialsAuth(httpx.Auth):
    """An httpx `Auth` that sends a client-credentials access token and renews it.

    The token is requested from `POST /api/v1/auth/token` on first use, reused while it is
    valid, and renewed `refresh_margin` seconds before `expires_in` runs out. If the API still
    answers 401 (a key was retired, the client re-enabled), the token is renewed once and the
    request re-sent. Safe to share between threads and between sync and async clients.
    """

    requires_response_body = False

    def __init__(
        self,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self._token_client = Client(base_url=base_url, httpx_args=httpx_args or {})
        self._body = ClientTokenRequest(
            grant_type="client_credentials",
            client_id=client_id,
            client_secret=client_secret,
            scope=UNSET if scope is None else scope,
        )
        self._margin = refresh_margin
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    @property
    def expires_at(self) -> float:
        """When the current token expires, on the `clock` (monotonic seconds)."""
        return self._expires_at

    def _fresh(self) -> str | None:
        if self._token is not None and self._clock() < self._expires_at - self._margin:
            return self._token
        return None

    def _store(self, response: Response[Any], started: float) -> str:
        parsed = response.parsed
        if not isinstance(parsed, ClientTokenRead):
            problem = parsed if isinstance(parsed, (Problem, TokenProblem)) else None
            raise ApiError(int(response.status_code), problem, response.content)
        self._token = parsed.access_token
        # Count the lifetime from before the request: never trust a token past its expiry.
        self._expires_at = started + parsed.expires_in
        return parsed.access_token

    def invalidate(self) -> None:
        """Forget the token: the next request obtains a new one."""
        self._token = None
        self._expires_at = 0.0

    def token(self) -> str:
        """A valid access token, requested or renewed when needed."""
        with self._lock:
            fresh = self._fresh()
            if fresh is not None:
                return fresh
            started = self._clock()
            response = issue_token.sync_detailed(client=self._token_client, body=self._body)
            return self._store(response, started)

    async def atoken(self) -> str:
        """`token()` for async code."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            fresh = self._fresh()
            if fresh is not None:
                return fresh
            started = self._clock()
            response = await issue_token.asyncio_detailed(client=self._token_client, body=self._body)
            return self._store(response, started)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        response = yield request
        if response.status_code == 401:
            self.invalidate()
            request.headers["Authorization"] = f"Bearer {self.token()}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {await self.atoken()}"
        response = yield request
        if response.status_code == 401:
            self.invalidate()
            request.headers["Authorization"] = f"Bearer {await self.atoken()}"
            yield request


def partner_client(
    base_url: str,
    client_id: str,
    client_secret: str,
    *,
    scope: str | None = None,
    timeout: float = 30.0,
    **kwargs: Any,
) -> AuthenticatedClient:
    """An `AuthenticatedClient` for a partner's API client, tokens handled for you:

        client = partner_client("https://fasttrack.example", client_id, client_secret)
        case = get_complaint.sync(client=client, complaint_id=case_id)

    Extra keyword arguments go to `AuthenticatedClient` (e.g. `headers`, `verify_ssl`).
    """
    auth = ClientCredentialsAuth(base_url, client_id, client_secret, scope=scope)
    httpx_args = {**kwargs.pop("httpx_args", {}), "auth": auth}
    return AuthenticatedClient(
        base_url=base_url,
        token=_MANAGED,
        timeout=httpx.Timeout(timeout),
        httpx_args=httpx_args,
        **kwargs,
    )
