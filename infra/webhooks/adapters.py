"""StandardWebhookSigner (the `standardwebhooks` package) and HttpxWebhookTransport, which
refuses plain HTTP (outside development) and loopback, private and link-local addresses,
checked on the address it resolves and then connects to (no DNS rebinding in between)."""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import secrets
import socket
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

import httpx
from standardwebhooks.webhooks import Webhook

from domain.errors import FieldError, InvalidValue
from domain.webhook.model import TransportResult

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class StandardWebhookSigner:
    def new_secret(self) -> str:
        return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()

    def sign(
        self, secrets_: list[str], message_id: str, timestamp: datetime, body: bytes
    ) -> dict[str, str]:
        data = body.decode()
        signatures = [Webhook(s).sign(message_id, timestamp, data) for s in secrets_]
        return {
            "webhook-id": message_id,
            "webhook-timestamp": str(int(timestamp.timestamp())),
            "webhook-signature": " ".join(signatures),
        }


def _invalid(msg: str, code: str) -> InvalidValue:
    return InvalidValue(msg, code=code, errors=[FieldError(("body", "url"), msg, code)])


def forbidden_address(ip: IpAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


class HttpxWebhookTransport:
    def __init__(
        self, *, allow_http: bool = False, allow_private: bool = False, timeout: float = 10.0
    ) -> None:
        self._allow_http = allow_http
        self._allow_private = allow_private
        self._timeout = timeout

    def check_target(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise _invalid("an absolute http(s) URL is required", "webhook.invalid_url")
        if parts.scheme == "http" and not self._allow_http:
            raise _invalid("webhook URLs must use HTTPS", "webhook.https_required")
        if parts.username or parts.password:
            raise _invalid("credentials in the URL are not allowed", "webhook.invalid_url")
        try:
            literal: IpAddress | None = ipaddress.ip_address(parts.hostname)
        except ValueError:
            literal = None
        local = parts.hostname.lower() in ("localhost", "localhost.localdomain")
        if (local or (literal is not None and forbidden_address(literal))) and (
            not self._allow_private
        ):
            raise _invalid(
                "loopback, private and link-local addresses cannot receive webhooks",
                "webhook.private_address",
            )

    async def _resolve(self, host: str, port: int) -> list[IpAddress]:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [ipaddress.ip_address(info[4][0]) for info in infos]

    async def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> TransportResult:
        try:
            self.check_target(url)
        except InvalidValue as exc:
            return TransportResult(None, exc.detail)
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = await self._resolve(host, port)
        except OSError as exc:
            return TransportResult(None, f"cannot resolve {host}: {exc}")
        if not addresses:
            return TransportResult(None, f"{host} has no address")
        if not self._allow_private and any(forbidden_address(a) for a in addresses):
            return TransportResult(None, f"{host} resolves to a forbidden address")
        ip = addresses[0]
        netloc = f"[{ip}]:{port}" if ip.version == 6 else f"{ip}:{port}"
        target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
        try:
            async with httpx.AsyncClient(timeout=self._timeout, follow_redirects=False) as http:
                response = await http.post(
                    target,
                    content=body,
                    headers={**headers, "host": host_header, "user-agent": "FastTrack-Webhooks/1"},
                    extensions=extensions,
                )
        except httpx.HTTPError as exc:
            return TransportResult(None, f"{type(exc).__name__}: {exc}")
        return TransportResult(response.status_code)
