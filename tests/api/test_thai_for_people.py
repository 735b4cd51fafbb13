"""Thai everywhere a person reads: field messages of problems follow Accept-Language like the
titles do, and staff reads of a case carry its status label like the public view."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.identity import Staff

THAI = range(0x0E00, 0x0E80)


def _thai(text: str) -> bool:
    return any(ord(ch) in THAI for ch in text)


BAD_CASE = {"title": "", "description": "x", "district_code": "abc", "urgency": "soon"}


async def _post_bad(client: httpx.AsyncClient, omb: Staff, lang: str) -> dict[tuple[Any, ...], Any]:
    r = await client.post(
        "/api/v1/complaints",
        headers={**omb.headers, "Accept-Language": lang},
        json={**BAD_CASE, "unknown": 1},
    )
    assert r.status_code == 422, r.text
    assert r.headers["content-language"] == ("th" if lang.startswith("th") else "en")
    return {tuple(e["loc"]): e for e in r.json()["errors"]}


async def test_schema_field_messages_are_thai_for_thai_readers(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    th = await _post_bad(client, staff["omb"], "th-TH,th;q=0.9,en;q=0.5")
    en = await _post_bad(client, staff["omb"], "en")

    assert th.keys() == en.keys()
    assert th["body", "title"]["msg"] == "ต้องมีอย่างน้อย 1 ตัวอักษร"
    assert th["body", "channel"]["msg"] == "ต้องระบุข้อมูลนี้"
    assert th["body", "district_code"]["msg"] == "รูปแบบไม่ถูกต้อง"
    assert th["body", "urgency"]["msg"].startswith("ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ")
    assert th["body", "unknown"]["msg"] == "ไม่รู้จักหรือแก้ไขข้อมูลนี้ไม่ได้"
    for loc, error in th.items():
        assert _thai(error["msg"]), loc
        assert error["type"] == en[loc]["type"]  # the machine-readable part does not change
        assert not _thai(en[loc]["msg"]), loc
    assert en["body", "title"]["msg"] == "String should have at least 1 character"


async def test_domain_and_query_field_messages_are_thai_too(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    headers = {**staff["omb"].headers, "Accept-Language": "th"}

    cursor = await client.get("/api/v1/complaints", headers=headers, params={"cursor": "junk"})
    limit = await client.get("/api/v1/complaints", headers=headers, params={"limit": 0})
    when = await client.get(
        "/api/v1/complaints", headers=headers, params={"created_from": "2026-01-01T00:00:00"}
    )
    nul = await client.get("/api/v1/complaints", headers=headers, params={"q": "a\x00"})

    assert cursor.json()["errors"][0]["msg"] == "cursor นี้ไม่ได้มาจากรายการนี้"
    assert limit.json()["errors"][0]["msg"] == "ต้องมีค่าอย่างน้อย 1"
    assert when.json()["errors"][0]["msg"] == "ต้องระบุเขตเวลา (เช่น +07:00)"
    assert nul.json()["errors"][0]["msg"] == "ข้อความต้องไม่มีอักขระ NUL"
    for r in (cursor, limit, when, nul):
        assert r.status_code == 422 and _thai(r.json()["title"])


async def test_staff_reads_carry_the_status_label(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    created = await client.post(
        "/api/v1/complaints",
        headers=omb.headers,
        json={
            "title": "ไฟถนนดับ",
            "description": "ไฟถนนดับทั้งซอย",
            "channel": "hotline_1676",
            "district_code": "1026",
        },
    )
    assert created.status_code == 201, created.text
    case = created.json()
    received = {"th": "รับเรื่องแล้ว", "en": "Received"}

    read = await client.get(f"/api/v1/complaints/{case['id']}", headers=omb.headers)
    listed = await client.get("/api/v1/complaints", headers=omb.headers, params={"q": "ไฟถนนดับ"})
    public = await client.get(f"/api/v1/public/complaints/{case['tracking_code']}")

    assert case["status_label"] == received
    assert read.json()["status_label"] == received
    assert received in [item["status_label"] for item in listed.json()["items"]]
    assert public.json()["status_label"] == received
