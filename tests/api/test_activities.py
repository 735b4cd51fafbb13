"""Activities of MOU areas 2-5 over HTTP on both databases: the demo programme, coverage,
complaints taken at a mobile unit, the public calendar, the coordinator's district."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import icalendar

from infra.db.engine import Database
from infra.demo_activities import demo_id, seed_demo_activities
from tests.support.activities import BANGKOK, din_daeng_activity
from tests.support.identity import Staff

DIN_DAENG_UNIT = demo_id("mobile-unit-1026")
PHASI_CHAROEN_UNIT = demo_id("mobile-unit-1022")
PRAWET_UNIT = demo_id("mobile-unit-1032")


async def _current(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> dict[str, str]:
    """The headers plus If-Match with the activity's current ETag (read as OMB would)."""
    activity = path.split("/transitions")[0].split("/outcome")[0]
    r = await client.get(activity, headers=headers)
    return {**headers, "If-Match": r.headers.get("etag", '"1"')}


def _unit(district: str, start: datetime, **extra: object) -> dict[str, object]:
    return {
        "type": "mobile_unit",
        "title": "หน่วยเคลื่อนที่",
        "district_codes": [district],
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=6)).isoformat(),
        **extra,
    }


async def test_demo_area_2_coverage_shows_4_districts_held_and_2_planned(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    assert await seed_demo_activities(database.sessions) == 9
    assert await seed_demo_activities(database.sessions) == 0  # idempotent

    r = await client.get("/api/v1/mou-areas/2/coverage", headers=staff["staff_suanluang"].headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["districts_total"], body["districts_held"], body["districts_planned"]) == (
        50,
        4,
        2,
    )
    held = {d["district_code"] for d in body["districts"] if d["held"]}
    planned = {d["district_code"] for d in body["districts"] if d["planned"] and not d["held"]}
    assert held == {"1034", "1048", "1032", "1026"}
    assert planned == {"1022", "1009"}
    phasi = next(d for d in body["districts"] if d["district_code"] == "1022")
    assert phasi["planned"][0]["id"] == str(PHASI_CHAROEN_UNIT)
    assert phasi["planned"][0]["starts_at"] == "2022-08-21T02:00:00Z"  # 09:00 in Bangkok
    assert body["targets"] == [
        {"kind": "districts_held", "target": 50, "actual": 4, "ratio": 0.08, "met": False}
    ]

    youth = (await client.get("/api/v1/mou-areas/4/coverage", headers=staff["omb"].headers)).json()
    assert {t["kind"]: (t["actual"], t["met"]) for t in youth["targets"]} == {
        "participants": (100, True),
        "participant_home_districts": (50, True),
    }
    assert all(d["participants_from"] == 2 for d in youth["districts"])


async def test_a_complaint_taken_at_the_din_daeng_mobile_unit_appears_in_its_outcome(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    await seed_demo_activities(database.sessions)
    coord = staff["coord_dindaeng"]
    r = await client.post(
        "/api/v1/complaints",
        headers=coord.headers,
        json={
            "title": "ทางเท้าชำรุดหน้าตลาด",
            "description": "ผู้สูงอายุสะดุดล้มบ่อย ขอให้ซ่อมทางเท้า",
            "channel": "mobile_unit",
            "district_code": "1026",
            "activity_id": str(DIN_DAENG_UNIT),
        },
    )
    assert r.status_code == 201, r.text
    complaint = r.json()
    assert complaint["activity_id"] == str(DIN_DAENG_UNIT)
    assert complaint["channel"] == "mobile_unit"

    r = await client.get(f"/api/v1/activities/{DIN_DAENG_UNIT}", headers=coord.headers)
    assert r.status_code == 200, r.text
    outcome = r.json()["outcome"]
    assert outcome["complaints_received"] == 1
    assert outcome["complaint_ids"] == [complaint["id"]]
    assert outcome["legal_consultations"] == 42

    summary = await client.get(
        "/api/v1/mou-areas/2/summary", params={"period": "month"}, headers=coord.headers
    )
    assert summary.status_code == 200, summary.text
    august, september = summary.json()["items"]
    assert august == {
        "period": "2022-08",
        "activities_held": 4,
        "activities_planned": 1,
        "participants": 0,
        "legal_consultations": 38 + 24 + 31 + 42,
        "complaints_received": 1,
    }
    assert september["period"] == "2022-09" and september["activities_planned"] == 1
    year = await client.get(
        "/api/v1/mou-areas/2/summary", params={"period": "year"}, headers=coord.headers
    )
    assert [i["period"] for i in year.json()["items"]] == ["2022"]
    assert year.json()["total"]["complaints_received"] == 1

    # The intake refuses an activity that does not exist.
    r = await client.post(
        "/api/v1/complaints",
        headers=coord.headers,
        json={
            "title": "t",
            "description": "d",
            "channel": "mobile_unit",
            "activity_id": str(demo_id("no-such-activity")),
        },
    )
    assert r.status_code == 422
    assert r.json()["code"] == "activity.not_found"
    assert r.json()["errors"][0]["loc"] == ["body", "activity_id"]
    # ...and one that was called off.
    r = await client.post(
        f"/api/v1/activities/{PHASI_CHAROEN_UNIT}/transitions",
        headers=await _current(
            client, f"/api/v1/activities/{PHASI_CHAROEN_UNIT}", staff["omb"].headers
        ),
        json={"action": "cancel", "reason": "น้ำท่วมขัง"},
    )
    assert r.status_code == 200, r.text
    r = await client.post(
        "/api/v1/complaints",
        headers=coord.headers,
        json={
            "title": "t",
            "description": "d",
            "channel": "mobile_unit",
            "activity_id": str(PHASI_CHAROEN_UNIT),
        },
    )
    assert r.status_code == 422 and r.json()["code"] == "activity.not_found"


async def test_the_public_calendar_feed_parses_and_shows_bangkok_times(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    await seed_demo_activities(database.sessions)
    # A cancelled activity, and named participants, never reach the public feed.
    cancelled = await client.post(
        "/api/v1/activities",
        headers=staff["omb"].headers,
        json=_unit("1050", datetime(2022, 10, 1, 9, tzinfo=BANGKOK), title="ยกเลิกแล้ว"),
    )
    await client.post(
        f"/api/v1/activities/{cancelled.json()['id']}/transitions",
        headers={**staff["omb"].headers, "If-Match": '"1"'},
        json={"action": "cancel", "reason": "ฝนตกหนัก"},
    )

    r = await client.get("/api/v1/public/activities.ics")  # no token
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(r.content)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 9
    assert "ยกเลิกแล้ว" not in r.text.replace("\r\n ", "")
    phasi = events[f"activity-{PHASI_CHAROEN_UNIT}@fasttrack.omb-bma"]
    start = phasi.decoded("DTSTART").astimezone(ZoneInfo("Asia/Bangkok"))
    assert start.date() == date(2022, 8, 21) and start.hour == 9
    assert "ภาษีเจริญ" in str(phasi["LOCATION"])
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Bangkok"]

    # Stable UIDs; filters by area and district.
    again = icalendar.Calendar.from_ical(
        (await client.get("/api/v1/public/activities.ics")).content
    )
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)
    area2 = await client.get("/api/v1/public/activities.ics", params={"mou_area_id": 2})
    assert len(icalendar.Calendar.from_ical(area2.content).walk("VEVENT")) == 6
    one = await client.get("/api/v1/public/activities.ics", params={"district_code": "1022"})
    (only,) = icalendar.Calendar.from_ical(one.content).walk("VEVENT")
    assert str(only["UID"]) == f"activity-{PHASI_CHAROEN_UNIT}@fasttrack.omb-bma"
    bad = await client.get("/api/v1/public/activities.ics", params={"district_code": "x"})
    assert bad.status_code == 422


async def test_a_suan_luang_coordinator_recording_an_activity_in_prawet_gets_403(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    await seed_demo_activities(database.sessions)
    coord = staff["coord_suanluang"]
    when = datetime(2022, 9, 3, 9, tzinfo=BANGKOK)

    r = await client.post("/api/v1/activities", headers=coord.headers, json=_unit("1032", when))
    assert r.status_code == 403, r.text
    assert r.json()["code"] == "activity.forbidden"
    r = await client.put(
        f"/api/v1/activities/{PRAWET_UNIT}/outcome",
        headers=await _current(client, f"/api/v1/activities/{PRAWET_UNIT}", coord.headers),
        json={"legal_consultations": 1},
    )
    assert r.status_code == 403
    # Reading is open to every signed-in user.
    r = await client.get(f"/api/v1/activities/{PRAWET_UNIT}", headers=coord.headers)
    assert r.status_code == 200 and r.json()["can_edit"] is False
    assert r.json()["allowed_actions"] == []

    # In Suan Luang itself the coordinator plans and records...
    r = await client.post("/api/v1/activities", headers=coord.headers, json=_unit("1034", when))
    assert r.status_code == 201, r.text
    own = r.json()
    assert own["mou_area_id"] == 2 and own["organiser_agency_ids"] == [str(coord.agency_id)]
    # ...but cannot move the activity to Prawet, nor plan one spanning both districts.
    r = await client.patch(
        f"/api/v1/activities/{own['id']}",
        headers={**coord.headers, "If-Match": '"1"'},
        json={"district_codes": ["1032"]},
    )
    assert r.status_code == 403
    r = await client.post(
        "/api/v1/activities",
        headers=coord.headers,
        json=_unit("1034", when, district_codes=["1034", "1032"]),
    )
    assert r.status_code == 403
    # Agency staff only read.
    r = await client.post(
        "/api/v1/activities", headers=staff["staff_suanluang"].headers, json=_unit("1034", when)
    )
    assert r.status_code == 403


async def test_activity_lifecycle_over_http(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"].headers
    future = datetime.now(BANGKOK).replace(microsecond=0) + timedelta(days=30)
    r = await client.post(
        "/api/v1/activities",
        headers=omb,
        json={
            "type": "traffic_campaign",
            "title": "รณรงค์ทางม้าลาย",
            "district_codes": ["1007"],
            "starts_at": future.isoformat(),
            "ends_at": (future + timedelta(hours=2)).isoformat(),
            "target_groups": ["drivers", "pedestrians"],
        },
    )
    assert r.status_code == 201, r.text
    act = r.json()
    assert act["mou_area_id"] == 5 and act["status"] == "planned"
    assert act["allowed_actions"] == ["cancel", "postpone"]  # not held before it starts
    assert r.headers["etag"] == '"1"' and r.headers["location"].endswith(act["id"])
    path = f"/api/v1/activities/{act['id']}"

    v1 = {**omb, "If-Match": '"1"'}
    r = await client.post(path + "/transitions", headers=omb, json={"action": "hold"})
    assert r.status_code == 428 and r.json()["code"] == "precondition.required"
    r = await client.post(path + "/transitions", headers=v1, json={"action": "hold"})
    assert r.status_code == 409 and r.json()["code"] == "activity.not_started"
    r = await client.put(path + "/outcome", headers=v1, json={"notes": "x"})
    assert r.status_code == 409 and r.json()["code"] == "activity.not_held"
    r = await client.post(path + "/transitions", headers=v1, json={"action": "postpone"})
    assert r.status_code == 422
    assert {tuple(e["loc"]) for e in r.json()["errors"]} >= {("body", "reason")}

    later = future + timedelta(days=7)
    r = await client.post(
        path + "/transitions",
        headers={**omb, "If-Match": '"1"'},
        json={
            "action": "postpone",
            "reason": "ตรงกับวันหยุดราชการ",
            "new_starts_at": later.isoformat(),
            "new_ends_at": (later + timedelta(hours=2)).isoformat(),
        },
    )
    assert r.status_code == 200, r.text
    act = r.json()
    assert act["status"] == "postponed" and act["version"] == 2
    assert datetime.fromisoformat(act["postponed_from"]) == future
    assert datetime.fromisoformat(act["starts_at"]) == later

    r = await client.patch(path, headers={**omb, "If-Match": '"1"'}, json={"venue": "แยกปทุมวัน"})
    assert r.status_code == 412
    r = await client.patch(path, headers={**omb, "If-Match": '"2"'}, json={"venue": "แยกปทุมวัน"})
    assert r.status_code == 200 and r.json()["venue"] == "แยกปทุมวัน"

    v3 = {**omb, "If-Match": '"3"'}
    r = await client.post(
        path + "/transitions", headers=v3, json={"action": "cancel", "reason": "พายุเข้า"}
    )
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    v4 = {**omb, "If-Match": '"4"'}
    r = await client.post(path + "/transitions", headers=v4, json={"action": "hold"})
    assert r.status_code == 409
    assert r.json()["code"] == "activity.illegal_transition"
    assert r.json()["allowed_actions"] == []
    r = await client.patch(path, headers=v4, json={"venue": "ที่อื่น"})
    assert r.status_code == 409 and r.json()["code"] == "activity.not_editable"

    listed = await client.get(
        "/api/v1/activities",
        headers=staff["staff_dindaeng"].headers,
        params={"district_code": "1007", "status": "cancelled"},
    )
    assert [a["id"] for a in listed.json()["items"]] == [act["id"]]


async def test_named_participants_are_masked_except_for_omb_and_the_district(
    client: httpx.AsyncClient, database: Database, staff: dict[str, Staff]
) -> None:
    view = await din_daeng_activity(database, staff["omb"], held=True)
    path = f"/api/v1/activities/{view.activity.id}"
    outcome = {
        "participants_by_role": {"community_chair": 12, "public_health_volunteer": 20},
        "named_participants": [
            {
                "name": "สมศรี รักชุมชน",
                "role": "community_chair",
                "district_code": "1026",
                "consent": {"version": "pdpa-2022-08", "given_at": "2022-09-10T09:05:00+07:00"},
            }
        ],
    }
    no_consent = {**outcome, "named_participants": [{"name": "x", "role": "youth"}]}
    r = await client.put(
        path + "/outcome",
        headers=await _current(client, path, staff["omb"].headers),
        json=no_consent,
    )
    assert r.status_code == 422
    coord = await _current(client, path, staff["coord_dindaeng"].headers)
    r = await client.put(path + "/outcome", headers=coord, json=outcome)
    assert r.status_code == 200, r.text
    assert r.json()["outcome"]["participants_total"] == 32

    def names(resp: httpx.Response) -> tuple[str, str]:
        o = resp.json()["outcome"]
        return o["named_participants"][0]["name"], o["personal_data"]

    for who, expected in [
        ("omb", ("สมศรี รักชุมชน", "full")),
        ("coord_dindaeng", ("สมศรี รักชุมชน", "full")),
        ("admin", ("ส***", "masked")),
        ("staff_dindaeng", ("ส***", "masked")),
        ("coord_suanluang", ("ส***", "masked")),
    ]:
        r = await client.get(path, headers=staff[who].headers)
        assert names(r) == expected, who
        assert r.headers["cache-control"] == "no-store"
        if expected[1] == "masked":
            assert "สมศรี" not in r.text and "รักชุมชน" not in r.text

    listed = await client.get("/api/v1/activities", headers=staff["admin"].headers)
    assert "สมศรี" not in listed.text
    audit = await client.get(
        "/api/v1/audit-log",
        headers=staff["admin"].headers,
        params={"entity_type": "activity", "entity_id": str(view.activity.id)},
    )
    assert audit.status_code == 200
    assert {e["action"] for e in audit.json()["items"]} >= {"activity.record_outcome"}
    assert "สมศรี" not in audit.text
    feed = (await client.get("/api/v1/public/activities.ics")).text.replace("\r\n ", "")
    assert "สมศรี" not in feed and "อบรมเครือข่ายชุมชน เขตดินแดง" in feed


async def test_admins_set_mou_area_targets_audit_logged(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    admin = staff["admin"].headers
    before = (await client.get("/api/v1/mou-areas/3")).json()
    assert before["targets"] == []
    targets = [{"kind": "districts_held", "value": 50}, {"kind": "participants", "value": 500}]
    r = await client.patch(
        "/api/v1/mou-areas/3", headers={**admin, "If-Match": '"1"'}, json={"targets": targets}
    )
    assert r.status_code == 200, r.text
    assert r.json()["targets"] == targets
    assert (await client.get("/api/v1/mou-areas/3")).json()["targets"] == targets
    audit = await client.get(
        "/api/v1/audit-log", headers=admin, params={"entity_type": "mou_area", "entity_id": "3"}
    )
    (entry,) = audit.json()["items"]
    assert entry["action"] == "mou_area.update"
    assert entry["after"] == {"targets": [["districts_held", 50], ["participants", 500]]}

    twice = [{"kind": "participants", "value": 1}, {"kind": "participants", "value": 2}]
    admin = {**admin, "If-Match": '"2"'}
    r = await client.patch("/api/v1/mou-areas/3", headers=admin, json={"targets": twice})
    assert r.status_code == 422 and r.json()["code"] == "mou_area.invalid_targets"
    r = await client.patch("/api/v1/mou-areas/9", headers=admin, json={"targets": []})
    assert r.status_code == 404
    r = await client.patch("/api/v1/mou-areas/3", headers=admin, json={"targets": [], "x": 1})
    assert r.status_code == 422


async def test_mou_area_targets_keep_the_etag_if_match_convention(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    """The area's read (public) sends its version as ETag; a change needs If-Match (428
    without, 412 stale with the current version), and nothing changes on a refusal."""
    admin = staff["admin"].headers
    r = await client.get("/api/v1/mou-areas/4")
    etag = r.headers["etag"]
    assert etag == f'"{r.json()["version"]}"'
    targets = [{"kind": "participants", "value": 100}]
    r = await client.patch("/api/v1/mou-areas/4", headers=admin, json={"targets": targets})
    assert r.status_code == 428 and r.json()["code"] == "precondition.required"
    r = await client.patch(
        "/api/v1/mou-areas/4", headers={**admin, "If-Match": etag}, json={"targets": targets}
    )
    assert r.status_code == 200 and r.headers["etag"] != etag
    r = await client.patch(
        "/api/v1/mou-areas/4", headers={**admin, "If-Match": etag}, json={"targets": []}
    )
    assert r.status_code == 412 and r.json()["current_version"] == int(etag.strip('"')) + 1
    assert (await client.get("/api/v1/mou-areas/4")).json()["targets"] == targets
