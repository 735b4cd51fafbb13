"""The SDK's verify_webhook accepts what the server signs (and what standardwebhooks signs),
and refuses tampered, stale or foreign deliveries."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from standardwebhooks.webhooks import Webhook

from infra.webhooks.adapters import StandardWebhookSigner

SDK = Path(__file__).resolve().parents[2] / "clients" / "python"
if str(SDK) not in sys.path:
    sys.path.insert(0, str(SDK))

from fasttrack_client.helpers import WebhookVerificationError, verify_webhook  # noqa: E402


def test_verify_webhook_matches_the_server_and_the_standard() -> None:
    signer = StandardWebhookSigner()
    old, new = signer.new_secret(), signer.new_secret()
    now = datetime.now(UTC)
    body = b'{"type":"complaint.resolved","data":{"case_number":"FT-2569-000001"}}'
    headers = signer.sign([new, old], "evt-1", now, body)
    assert verify_webhook(body, headers, new)["type"] == "complaint.resolved"
    assert verify_webhook(body, headers, [old])["data"]["case_number"] == "FT-2569-000001"
    # Both implementations agree with each other.
    Webhook(new).verify(body, headers)
    foreign = {
        "webhook-id": "evt-2",
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(new).sign("evt-2", now, body.decode()),
    }
    assert verify_webhook(body, foreign, new)["type"] == "complaint.resolved"

    with pytest.raises(WebhookVerificationError):
        verify_webhook(body.replace(b"resolved", b"closed"), headers, new)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, signer.new_secret())
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, new, now=now.timestamp() + 3600)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, {"webhook-id": "x"}, new)
