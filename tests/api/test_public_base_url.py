"""FASTTRACK_PUBLIC_BASE_URL defaults to this server's own host and port: a server on another
port issues tokens and e-mail links that point at itself."""

from __future__ import annotations

import os
import re
from typing import Any

import httpx
import jwt as pyjwt
import pytest

from api import cli
from api.app import create_app
from infra.db.engine import Database
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.api_clients import ApiClientActor
from tests.support.identity import Staff

pytestmark = pytest.mark.db


def test_the_default_base_url_is_the_configured_host_and_port() -> None:
    assert Settings(_env_file=None).effective_public_base_url == "http://127.0.0.1:8000"
    other = Settings(_env_file=None, host="10.1.2.3", port=9123)
    assert other.effective_public_base_url == "http://10.1.2.3:9123"
    assert other.effective_token_issuer == "http://10.1.2.3:9123"
    # Bound to every interface, the server is reached on its loopback address.
    assert Settings(_env_file=None, host="0.0.0.0", port=9).effective_public_base_url == (
        "http://127.0.0.1:9"
    )
    assert Settings(_env_file=None, host="::", port=9).effective_public_base_url == (
        "http://[::1]:9"
    )
    configured = Settings(_env_file=None, port=9123, public_base_url="https://ft.example/")
    assert configured.effective_public_base_url == "https://ft.example"
    assert configured.effective_token_issuer == "https://ft.example"


async def test_a_server_on_another_port_links_and_issues_tokens_for_itself(
    settings: Settings,
    database: Database,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
) -> None:
    own = settings.model_copy(update={"port": 9123})
    mailer = InMemoryMailer()
    app = create_app(own, database=database, mailer=mailer)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        person = staff["omb"]
        r = await client.post("/api/v1/auth/forgot-password", json={"email": person.email})
        assert r.status_code == 202
        link = re.search(r"\S+/reset-password#token=", mailer.last_to(person.email).text)
        assert link and link.group(0).startswith("http://127.0.0.1:9123/")
        r = await client.post(
            "/api/v1/auth/token",
            data={"grant_type": "client_credentials"},
            auth=(str(api_client.id), api_client.secret),
        )
        assert r.status_code == 200, r.text
        claims = pyjwt.decode(r.json()["access_token"], options={"verify_signature": False})
        assert claims["iss"] == "http://127.0.0.1:9123"


def test_serve_hands_its_host_and_port_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """`fasttrack serve --port N` starts the app factory in the same (or a worker) process:
    the factory's settings must see the port the server actually binds."""
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: str, **kwargs: Any) -> None:
        seen.update(kwargs)
        seen["base"] = Settings(_env_file=None).effective_public_base_url

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("FASTTRACK_PUBLIC_BASE_URL", raising=False)
    monkeypatch.setenv("FASTTRACK_HOST", "127.0.0.1")
    monkeypatch.setenv("FASTTRACK_PORT", "8000")
    args = cli.build_parser().parse_args(["serve", "--host", "127.0.0.2", "--port", "9124"])
    cli.cmd_serve(Settings(_env_file=None), args)
    assert seen["port"] == 9124 and seen["host"] == "127.0.0.2"
    assert seen["base"] == "http://127.0.0.2:9124"
    assert os.environ["FASTTRACK_PORT"] == "9124"
