"""Duplicate hints name only cases the reader may read: an agency filing a guessed text does
not learn of another district's confidential case; OMB officers see every match."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.support.identity import Staff

pytestmark = pytest.mark.db

URL = "/api/v1/complaints"
SPOT = {"lat": 13.7650, "lon": 100.5560, "address": "หน้าสำนักงานเขต"}


def _report(tag: str, **extra: Any) -> dict[str, Any]:
    return {
        "title": f"เจ้าหน้าที่เขตเรียกรับสินบนใบอนุญาตก่อสร้าง {tag}",
        "description": f"เจ้าหน้าที่ฝ่ายโยธาเรียกเงินใต้โต๊ะเพื่อออกใบอนุญาตก่อสร้างอาคาร {tag}",
        "channel": "phone",
        "district_code": "1026",
        "location": SPOT,
        "complainant": {"name": "ผู้แจ้ง ไม่ประสงค์ออกนาม", "phone": "0899999999"},
        "consent": {"version": "2026-01", "given_at": "2026-11-28T09:15:00+07:00"},
        **extra,
    }


async def _file(client: httpx.AsyncClient, who: Staff, body: dict[str, Any]) -> dict[str, Any]:
    r = await client.post(URL, headers=who.headers, json=body)
    assert r.status_code == 201, r.text
    case: dict[str, Any] = r.json()
    return case


async def _hints(client: httpx.AsyncClient, who: Staff, case_id: str) -> list[str]:
    r = await client.get(f"{URL}/{case_id}/timeline", headers=who.headers)
    assert r.status_code == 200, r.text
    return [
        c["id"]
        for e in r.json()["items"]
        if e["kind"] == "flagged" and e["data"].get("reason") == "possible_duplicates"
        for c in e["data"]["candidates"]
    ]


async def _similar(client: httpx.AsyncClient, who: Staff, case_id: str) -> list[str]:
    r = await client.get(f"{URL}/{case_id}/similar", headers=who.headers)
    assert r.status_code == 200, r.text
    return [i["complaint"]["id"] for i in r.json()["items"]]


async def test_another_districts_confidential_case_is_not_hinted(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    tag = uuid.uuid4().hex[:6]
    omb, din_daeng, suan_luang = staff["omb"], staff["coord_dindaeng"], staff["coord_suanluang"]
    # Din Daeng's confidential case (filed by its coordinator, so it is Din Daeng's).
    secret = await _file(
        client,
        din_daeng,
        _report(tag, complainant={"name": "ผู้แจ้ง ลับ", "phone": "0811111111", "confidential": True}),
    )
    assert secret["lead_agency_id"] == str(din_daeng.agency_id)
    # Suan Luang files the guessed text: its case is Suan Luang's.
    guess = await _file(client, suan_luang, _report(tag))
    assert guess["lead_agency_id"] == str(suan_luang.agency_id)
    r = await client.get(f"{URL}/{secret['id']}", headers=suan_luang.headers)
    assert r.status_code == 404  # Suan Luang may not read Din Daeng's case ...

    # ... so neither the intake flag nor /similar names it to Suan Luang,
    assert await _hints(client, suan_luang, guess["id"]) == []
    assert secret["id"] not in await _similar(client, suan_luang, guess["id"])
    r = await client.get(f"{URL}/{guess['id']}/timeline", headers=suan_luang.headers)
    assert secret["id"] not in r.text and secret["case_number"] not in r.text
    # while OMB officers see the match on the same case.
    assert secret["id"] in await _hints(client, omb, guess["id"])
    assert secret["id"] in await _similar(client, omb, guess["id"])

    # A match the author may read is still suggested: Din Daeng files the same text again.
    again = await _file(client, din_daeng, _report(tag))
    assert secret["id"] in await _hints(client, din_daeng, again["id"])
    assert secret["id"] in await _similar(client, din_daeng, again["id"])
    # And the Suan Luang case, which Din Daeng may not read, is named to OMB alone.
    assert guess["id"] not in await _hints(client, din_daeng, again["id"])
    assert guess["id"] in await _hints(client, omb, again["id"])
