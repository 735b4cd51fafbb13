"""FastAPI's native OpenTelemetry is opt-in (issue 22)."""

from __future__ import annotations

from api.app import create_app
from infra.settings import Settings

SWITCHES = ("tracing", "metrics", "logs", "operation_spans")


def test_fastapi_telemetry_is_off_unless_configured(settings: Settings) -> None:
    """Off by default: FastAPI otherwise asks on every request whether an OpenTelemetry
    provider is configured (4 µs, 4 % of the /healthz floor); FASTTRACK_OPENTELEMETRY=true
    hands the choice back to FastAPI, which traces once a provider is configured."""
    off = create_app(settings)
    assert not any(off._telemetry.get(k) for k in SWITCHES)
    assert not off._native_telemetry.enabled()
    on = create_app(settings.model_copy(update={"opentelemetry": True}))
    assert all(on._telemetry.get(k) for k in SWITCHES)
