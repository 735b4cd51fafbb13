"""The privacy notice states the retention periods the maintenance applies: both come from
the same FASTTRACK_RETENTION_* settings."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from infra.db.engine import Database
from infra.mail.adapters import InMemoryMailer
from infra.settings import Settings
from tests.support.identity import Staff

pytestmark = pytest.mark.db

NOTICE = "/api/v1/public/privacy-notice"


@pytest.fixture
async def configured(settings: Settings, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    changed = settings.model_copy(
        update={
            "retention_case_personal_data_years": 7,
            "retention_attachment_years": 3,
            "retention_access_log_years": 4,
        }
    )
    app = create_app(changed, database=database, mailer=InMemoryMailer())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def test_the_notice_states_the_configured_periods(
    client: httpx.AsyncClient, configured: httpx.AsyncClient
) -> None:
    default = (await client.get(NOTICE)).json()
    assert default["retention"] == {
        "case_personal_data_years": 5,
        "attachment_years": 5,
        "access_log_years": 2,
    }
    assert "เก็บไว้ 5 ปีนับแต่ปิดเรื่อง" in default["text_th"]
    assert "for 5 years after the case is closed" in default["text_en"]
    assert "{retention" not in default["text_th"] + default["text_en"]

    r = await configured.get(NOTICE)
    assert r.status_code == 200, r.text
    notice = r.json()
    assert notice["retention"] == {
        "case_personal_data_years": 7,
        "attachment_years": 3,
        "access_log_years": 4,
    }
    assert "เก็บไว้ 7 ปีนับแต่ปิดเรื่อง" in notice["text_th"]
    assert "ไฟล์แนบ 3 ปี" in notice["text_th"] and "ข้อมูล 4 ปี" in notice["text_th"]
    assert "for 7 years after the case is closed" in notice["text_en"]
    assert "attachments for 3 years" in notice["text_en"]
    assert "personal data for 4 years" in notice["text_en"]


async def test_a_notice_without_the_periods_gets_them_appended(
    configured: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    r = await configured.post(
        "/api/v1/privacy-notices",
        headers=staff["admin"].headers,
        json={"version": "2027-03", "text_th": "ประกาศฉบับย่อ", "text_en": "Short notice"},
    )
    assert r.status_code == 201, r.text
    notice = (await configured.get(NOTICE)).json()
    assert notice["version"] == "2027-03"
    assert notice["text_th"].startswith("ประกาศฉบับย่อ\n\n")
    assert "7 ปีนับแต่ปิดเรื่อง" in notice["text_th"] and "4 ปี" in notice["text_th"]
    assert "kept for 7 years after the case is closed" in notice["text_en"]
