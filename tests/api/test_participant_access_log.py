"""Showing activities' named participants unmasked is written to the personal-data access
log, like a complainant's data: who, when, which activity, why; masked views leave nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from infra.db.engine import Database
from tests.support.activities import din_daeng_activity
from tests.support.identity import Staff

pytestmark = pytest.mark.db

LOG = "/api/v1/audit-log/personal-data"
OUTCOME = {
    "participants_by_role": {"community_chair": 12},
    "named_participants": [
        {
            "name": "สมศรี รักชุมชน",
            "role": "community_chair",
            "district_code": "1026",
            "consent": {"version": "pdpa-2022-08", "given_at": "2022-09-10T09:05:00+07:00"},
        }
    ],
}


async def _entries(
    client: httpx.AsyncClient, omb: Staff, activity_id: str, **params: str
) -> list[dict[str, Any]]:
    r = await client.get(
        LOG, headers=omb.headers, params={"activity_id": activity_id, "limit": "200", **params}
    )
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()["items"]
    return items


async def test_reading_participant_names_is_logged(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    view = await din_daeng_activity(database, staff["omb"], held=True)
    aid = str(view.activity.id)
    path = f"/api/v1/activities/{aid}"
    coordinator, omb = staff["coord_dindaeng"], staff["omb"]
    assert await _entries(client, omb, aid) == []  # no names recorded yet: nothing to log

    r = await client.put(path + "/outcome", headers=coordinator.headers, json=OUTCOME)
    assert r.status_code == 200 and r.json()["outcome"]["personal_data"] == "full"
    r = await client.get(path, headers=omb.headers, params={})
    assert r.json()["outcome"]["named_participants"][0]["name"] == "สมศรี รักชุมชน"
    read_request = r.headers["x-request-id"]
    listed = await client.get(
        "/api/v1/activities", headers=coordinator.headers, params={"district_code": "1026"}
    )
    assert "สมศรี รักชุมชน" in listed.text
    # Masked views are not an access: the admin and another district's coordinator.
    for who in ("admin", "coord_suanluang", "staff_dindaeng"):
        r = await client.get(path, headers=staff[who].headers)
        assert r.json()["outcome"]["personal_data"] == "masked", who

    entries = await _entries(client, omb, aid)
    got = sorted((e["actor_id"], e["purpose"]) for e in entries)
    assert got == sorted(
        [
            (str(coordinator.id), "activity_outcome"),
            (str(omb.id), "activity_view"),
            (str(coordinator.id), "activity_list"),
        ]
    )
    for e in entries:
        assert e["activity_id"] == aid and e["complaint_id"] is None
        assert e["fields"] == ["named_participants.name"]
        assert e["actor_kind"] == "user"
    [omb_read] = [e for e in entries if e["actor_id"] == str(omb.id)]
    assert omb_read["request_id"] == read_request
    # The log names the activity, never the participant.
    assert "สมศรี" not in str(entries)
    # By actor, too: the coordinator's two accesses.
    mine = await _entries(client, omb, aid, actor_id=str(coordinator.id))
    assert {e["purpose"] for e in mine} == {"activity_outcome", "activity_list"}
    # Only OMB officers read the log.
    r = await client.get(LOG, headers=coordinator.headers, params={"activity_id": aid})
    assert r.status_code == 403


async def test_complaint_entries_still_name_the_complaint(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    """Filtering by activity leaves out complainants' entries, and theirs carry no activity."""
    r = await client.get(LOG, headers=staff["omb"].headers, params={"limit": "200"})
    assert r.status_code == 200
    for e in r.json()["items"]:
        assert (e["complaint_id"] is None) != (e["activity_id"] is None)
