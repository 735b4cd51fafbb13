"""On a confidential case the address, the point and the channel reference (a fax number)
follow the complainant's contact data in every representation: the single read, the queue,
the change feed, possible duplicates, CSV and GeoJSON exports."""

from __future__ import annotations

import csv
import io
import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlmodel import col

from infra.db.engine import Database
from infra.db.tables import PersonalDataAccessRow
from tests.support.identity import Staff

pytestmark = pytest.mark.db

URL = "/api/v1/complaints"


def _case(tag: str, *, confidential: bool) -> dict[str, Any]:
    return {
        "title": f"ร้องเรียนเจ้าหน้าที่เรียกรับเงิน {tag}",
        "description": f"เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหน้าตลาด {tag}",
        "channel": "fax",
        "channel_ref": f"FAX 02-245-{tag}",
        "district_code": "1026",
        "location": {"lat": 13.7650, "lon": 100.5560, "address": f"ซอยประชาสงเคราะห์ {tag}"},
        "complainant": {
            "name": "สมหญิง กล้าพูด",
            "phone": "0891112222",
            "confidential": confidential,
        },
        "consent": {"version": "2026-01", "given_at": "2026-11-28T09:15:00+07:00"},
    }


async def _filed(client: httpx.AsyncClient, omb: Staff, tag: str, confidential: bool) -> str:
    r = await client.post(URL, headers=omb.headers, json=_case(tag, confidential=confidential))
    assert r.status_code == 201, r.text
    case = r.json()
    for action in ("triage", "assign"):
        r = await client.post(
            f"{URL}/{case['id']}/transitions",
            headers={**omb.headers, "If-Match": f'"{case["version"]}"'},
            json={"action": action},
        )
        assert r.status_code == 200, r.text
        case = r.json()
    assert case["lead_agency_id"]  # Din Daeng's district office
    return str(case["id"])


def _place(item: dict[str, Any]) -> tuple[Any, ...]:
    loc = item["location"]
    return (loc["lat"], loc["lon"], loc["address"], item["channel_ref"])


async def _every_representation(
    client: httpx.AsyncClient, who: Staff, case_id: str, tag: str
) -> dict[str, tuple[Any, ...] | None]:
    """The place and channel reference of the case as `who` gets it from each endpoint."""
    seen: dict[str, tuple[Any, ...] | None] = {}
    r = await client.get(f"{URL}/{case_id}", headers=who.headers)
    assert r.status_code == 200, r.text
    seen["read"] = _place(r.json())
    r = await client.get(URL, headers=who.headers, params={"q": tag})
    assert r.status_code == 200, r.text
    seen["list"] = next(_place(i) for i in r.json()["items"] if i["id"] == case_id)
    feed: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 200}
    while True:
        r = await client.get(f"{URL}/changes", headers=who.headers, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        feed += [i["complaint"] for i in page["items"]]
        if not page["items"]:
            break
        params = {"limit": 200, "after": page["next_cursor"]}
    seen["changes"] = next(_place(i) for i in reversed(feed) if i["id"] == case_id)
    r = await client.get(f"{URL}/export", headers=who.headers, params={"format": "csv", "q": tag})
    assert r.status_code == 200
    [row] = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    seen["csv"] = (row["lat"] or None, row["lon"] or None, row["address"] or None)
    seen["csv_text"] = (f"02-245-{tag}" in r.text,)
    r = await client.get(
        f"{URL}/export", headers=who.headers, params={"format": "geojson", "q": tag}
    )
    assert r.status_code == 200
    features = json.loads(r.content)["features"]
    seen["geojson"] = (
        (features[0]["geometry"]["coordinates"], features[0]["properties"]["address"])
        if features
        else None
    )
    return seen


async def test_a_confidential_case_withholds_its_place_and_fax_number(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    tag = uuid.uuid4().hex[:6]
    omb = staff["omb"]
    case_id = await _filed(client, omb, tag, confidential=True)
    hidden = (None, None, None, None)
    for who in ("coord_dindaeng", "staff_dindaeng", "admin"):
        seen = await _every_representation(client, staff[who], case_id, tag)
        assert seen["read"] == seen["list"] == seen["changes"] == hidden, who
        assert seen["csv"] == (None, None, None) and seen["csv_text"] == (False,), who
        assert seen["geojson"] is None, who  # no point to show: not a feature
    # OMB officers see the complainant in full, and so the place, in reads and feeds ...
    seen = await _every_representation(client, omb, case_id, tag)
    full = (13.765, 100.556, f"ซอยประชาสงเคราะห์ {tag}", f"FAX 02-245-{tag}")
    assert seen["read"] == seen["list"] == seen["changes"] == full
    # ... but exports are masked for everyone, and so withhold it too.
    assert seen["csv"] == (None, None, None) and seen["geojson"] is None
    # The OMB officer's full read is logged with the place fields it showed.
    async with database.sessions() as s:
        fields = (
            (
                await s.execute(
                    select(col(PersonalDataAccessRow.fields)).where(
                        col(PersonalDataAccessRow.complaint_id) == uuid.UUID(case_id),
                        col(PersonalDataAccessRow.actor_id) == omb.id,
                    )
                )
            )
            .scalars()
            .all()
        )
    assert fields and all({"address", "location", "channel_ref"} <= set(f) for f in fields)


async def test_similar_cases_do_not_give_a_withheld_place_away(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    tag = uuid.uuid4().hex[:6]
    omb, coord = staff["omb"], staff["coord_dindaeng"]
    secret = await _filed(client, omb, tag, confidential=True)
    open_case = await _filed(client, omb, tag + "b", confidential=False)
    r = await client.get(f"{URL}/{open_case}/similar", headers=coord.headers)
    assert r.status_code == 200, r.text
    [match] = [i for i in r.json()["items"] if i["complaint"]["id"] == secret]
    assert _place(match["complaint"]) == (None, None, None, None)
    assert match["distance_m"] is None
    assert f"02-245-{tag}" not in r.text and "ซอยประชาสงเคราะห์" not in json.dumps(
        match, ensure_ascii=False
    )


async def test_an_ordinary_case_shows_its_place_to_the_agency(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    tag = uuid.uuid4().hex[:6]
    case_id = await _filed(client, staff["omb"], tag, confidential=False)
    seen = await _every_representation(client, staff["coord_dindaeng"], case_id, tag)
    full = (13.765, 100.556, f"ซอยประชาสงเคราะห์ {tag}", f"FAX 02-245-{tag}")
    assert seen["read"] == seen["list"] == seen["changes"] == full
    assert seen["csv"] == ("13.765", "100.556", f"ซอยประชาสงเคราะห์ {tag}")
    assert seen["geojson"] == ([100.556, 13.765], f"ซอยประชาสงเคราะห์ {tag}")
