"""The duplicate scan at intake and /similar score the candidates' stored search text: only the
new (or asked-about) case's text is normalised, however many candidates there are (issue 22)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import domain.complaint.similarity as similarity
from domain.search.normalize import normalize_for_search
from tests.support.identity import Staff

URL = "/api/v1/complaints"
CASE: dict[str, Any] = {
    "title": "ทางม้าลายหน้าโรงเรียนสีซีดจาง",
    "description": "ขอให้ทาสีทางม้าลายหน้าโรงเรียนใหม่ รถไม่หยุดให้เด็กข้าม",
    "channel": "hotline_1676",
    "district_code": "1026",
    "location": {"lat": 13.7699, "lon": 100.5605},
}


async def test_candidates_text_is_never_normalised_again(
    client: httpx.AsyncClient, staff: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    omb = staff["omb"]
    for i in range(4):
        body = {**CASE, "description": f"{CASE['description']} ครั้งที่ {i}"}
        assert (await client.post(URL, headers=omb.headers, json=body)).status_code == 201
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return normalize_for_search(text)

    monkeypatch.setattr(similarity, "normalize_for_search", counting)
    r = await client.post(URL, headers=omb.headers, json=CASE)
    assert r.status_code == 201
    flagged = [
        e
        for e in (await client.get(f"{URL}/{r.json()['id']}/timeline", headers=omb.headers)).json()[
            "items"
        ]
        if e["kind"] == "flagged"
    ]
    assert len(flagged[0]["data"]["candidates"]) == 3  # four candidates were scored ...
    assert calls == [f"{CASE['title']} {CASE['description']}"]  # ... one text normalised

    calls.clear()
    similar = await client.get(f"{URL}/{r.json()['id']}/similar", headers=omb.headers)
    assert len(similar.json()["items"]) == 4
    assert calls == [f"{CASE['title']} {CASE['description']}"]
