"""Fixtures of the API tests: LINE's API faked locally, and an app wired to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.deps import build_container
from infra.db.engine import Database
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.line import FakeLine, Line, fake_line_api, line_settings


@pytest.fixture
async def fake() -> AsyncIterator[FakeLine]:
    async with fake_line_api() as f:
        yield f


@pytest.fixture
async def line(
    settings: Settings, database: Database, mailer: InMemoryMailer, fake: FakeLine
) -> AsyncIterator[Line]:
    app: FastAPI = create_app(line_settings(settings, fake), database=database, mailer=mailer)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield Line(c, build_container(app.state), fake, database)
