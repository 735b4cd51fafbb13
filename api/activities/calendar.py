"""The public iCalendar feed of activities: public fields only, times in Asia/Bangkok."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from icalendar import Calendar, Event

from domain.activity.model import ActivityType
from domain.activity.service import CalendarEntry
from domain.sla.calendar import BANGKOK

UID_DOMAIN = "fasttrack.omb-bma"
PRODID = "-//Fast Track OMB-BMA//Activities//TH"

TYPE_LABELS: dict[ActivityType, tuple[str, str]] = {
    ActivityType.mobile_unit: ("หน่วยเคลื่อนที่", "Mobile unit"),
    ActivityType.community_training: ("อบรมเครือข่ายชุมชน", "Community network training"),
    ActivityType.youth_training: ("อบรมเครือข่ายเยาวชน", "Youth network training"),
    ActivityType.traffic_campaign: ("รณรงค์วินัยจราจร", "Traffic discipline campaign"),
    ActivityType.meeting: ("ประชุม", "Meeting"),
}


def _location(entry: CalendarEntry) -> str:
    places = ", ".join(f"เขต{d.name_th} ({d.name_en})" for d in entry.districts)
    if entry.venue:
        return f"{entry.venue}, {places}" if places else entry.venue
    return places


def _description(entry: CalendarEntry) -> str:
    th, en = TYPE_LABELS[entry.type]
    lines = [f"{th} / {en}", f"MOU area {entry.mou_area_id}"]
    if entry.description:
        lines.append(entry.description)
    return "\n".join(lines)


def render_calendar(entries: Sequence[CalendarEntry], name: str) -> bytes:
    """One VEVENT per activity with a stable UID; SEQUENCE follows the activity's version
    so a subscribed calendar picks up a postponement."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Bangkok")
    for entry in entries:
        event = Event()
        event.add("uid", f"activity-{entry.id}@{UID_DOMAIN}")
        event.add("summary", entry.title)
        event.add("dtstart", entry.starts_at.astimezone(BANGKOK))
        event.add("dtend", entry.ends_at.astimezone(BANGKOK))
        event.add("dtstamp", entry.updated_at.astimezone(UTC))
        event.add("created", entry.created_at.astimezone(UTC))
        event.add("last-modified", entry.updated_at.astimezone(UTC))
        event.add("sequence", entry.version)
        event.add("status", "CONFIRMED")
        event.add("categories", [entry.type.value])
        event.add("description", _description(entry))
        location = _location(entry)
        if location:
            event.add("location", location)
        cal.add_component(event)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
