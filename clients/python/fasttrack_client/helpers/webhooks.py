"""Verify a Fast Track webhook delivery (Standard Webhooks signatures), without extra packages.

Every delivery carries `webhook-id` (the event's id, the same on each retry and replay),
`webhook-timestamp` (Unix seconds) and `webhook-signature`: space-separated `v1,<base64>`
HMAC-SHA256 signatures of `"{id}.{timestamp}.{body}"` keyed with the secret's bytes (the
`whsec_` prefix removed, base64-decoded). During a secret rotation there are two signatures;
pass both secrets while you switch.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterable, Mapping
from typing import Any

DEFAULT_TOLERANCE_SECONDS = 300


class WebhookVerificationError(Exception):
    """The delivery is not from Fast Track (bad or missing signature) or is too old/new."""


def _key(secret: str) -> bytes:
    raw = secret[len("whsec_") :] if secret.startswith("whsec_") else secret
    return base64.b64decode(raw + "==")


def verify_webhook(
    body: bytes | str,
    headers: Mapping[str, str],
    secrets: str | Iterable[str],
    *,
    tolerance_seconds: int = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> dict[str, Any]:
    """The delivery's JSON payload (`{"type", "timestamp", "data"}`) once its signature
    matches one of `secrets` and its timestamp is within the tolerance; otherwise raise
    WebhookVerificationError. Pass the raw body exactly as received."""
    lowered = {k.lower(): v for k, v in headers.items()}
    message_id = lowered.get("webhook-id")
    timestamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not (message_id and timestamp and signatures):
        raise WebhookVerificationError("missing webhook-id, webhook-timestamp or signature")
    try:
        sent_at = int(timestamp)
    except ValueError as exc:
        raise WebhookVerificationError("invalid webhook-timestamp") from exc
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance_seconds:
        raise WebhookVerificationError("webhook-timestamp outside the tolerance")
    text = body.decode() if isinstance(body, bytes) else body
    signed = f"{message_id}.{sent_at}.{text}".encode()
    offered = []
    for item in signatures.split(" "):
        version, _, value = item.partition(",")
        if version == "v1" and value:
            offered.append(base64.b64decode(value))
    for secret in [secrets] if isinstance(secrets, str) else list(secrets):
        expected = hmac.new(_key(secret), signed, hashlib.sha256).digest()
        if any(hmac.compare_digest(expected, sig) for sig in offered):
            payload: dict[str, Any] = json.loads(text)
            return payload
    raise WebhookVerificationError("no signature matches the secret")
