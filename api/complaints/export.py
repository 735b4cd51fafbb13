"""Streaming CSV and GeoJSON exports of the queue, paged through the database by keyset."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from typing import Any

from api.complaints.routes import complainant_read
from api.spreadsheet import spreadsheet_safe_row
from domain.complaint.filters import QueueFilter
from domain.complaint.queue import QueueService
from domain.complaint.view import ComplaintView
from domain.shared.paging import PageRequest
from domain.shared.principal import Principal

BOM = "\ufeff"
EXPORT_PAGE = 200
CSV_COLUMNS = (
    "case_number",
    "tracking_code",
    "status",
    "channel",
    "title",
    "description",
    "category_id",
    "district_code",
    "lat",
    "lon",
    "address",
    "urgency",
    "fast_track",
    "mou_area_id",
    "lead_agency_id",
    "assignee_id",
    "complainant_name",
    "complainant_phone",
    "complainant_email",
    "created_at",
    "updated_at",
    "resolved_at",
    "resolution_due_at",
    "first_response_sla",
    "resolution_sla",
)


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def export_record(view: ComplaintView) -> dict[str, Any]:
    """One case flattened; personal data, and a confidential case's place and channel
    reference, as the view discloses them (`ComplaintView.disclosed`)."""
    c = view.complaint
    person = complainant_read(view)
    place = view.disclosed.location
    return {
        "case_number": c.case_number,
        "tracking_code": c.tracking_code,
        "status": c.status.value,
        "channel": c.channel.value,
        "title": c.title,
        "description": c.description,
        "category_id": str(c.category_id) if c.category_id else "",
        "district_code": c.district_code or "",
        "lat": place.lat,
        "lon": place.lon,
        "address": place.address or "",
        "urgency": str(c.urgency.value if hasattr(c.urgency, "value") else c.urgency),
        "fast_track": c.fast_track,
        "mou_area_id": c.mou_area_id,
        "lead_agency_id": str(c.lead_agency_id) if c.lead_agency_id else "",
        "assignee_id": str(c.assignee_id) if c.assignee_id else "",
        "complainant_name": person.name or "",
        "complainant_phone": person.phone or "",
        "complainant_email": person.email or "",
        "created_at": _iso(c.created_at),
        "updated_at": _iso(c.updated_at),
        "resolved_at": _iso(c.lifecycle.resolved_at),
        "resolution_due_at": _iso(c.resolution_due_at),
        "first_response_sla": view.sla.first_response.state.value if view.sla else "",
        "resolution_sla": view.sla.resolution.state.value if view.sla else "",
    }


async def _views(
    service: QueueService, actor: Principal, filters: QueueFilter, page_size: int
) -> AsyncIterator[list[ComplaintView]]:
    after = None
    while True:
        page = await service.export_page(actor, filters, PageRequest(page_size, after))
        yield list(page.items)
        if page.next_key is None:
            return
        after = page.next_key


async def export_csv(
    service: QueueService, actor: Principal, filters: QueueFilter, page_size: int = EXPORT_PAGE
) -> AsyncIterator[bytes]:
    """UTF-8 with a BOM (so Excel opens Thai correctly), one chunk per database page; text
    cells that a spreadsheet would run as a formula start with `'` (`api/spreadsheet.py`)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    yield (BOM + buffer.getvalue()).encode()
    async for views in _views(service, actor, filters, page_size):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writerows(spreadsheet_safe_row(export_record(v)) for v in views)
        yield buffer.getvalue().encode()


async def export_geojson(
    service: QueueService, actor: Principal, filters: QueueFilter, page_size: int = EXPORT_PAGE
) -> AsyncIterator[bytes]:
    """A FeatureCollection of the cases that have a point, written feature by feature."""
    yield b'{"type":"FeatureCollection","features":['
    first = True
    async for views in _views(service, actor, filters, page_size):
        parts = []
        for v in views:
            loc = v.disclosed.location
            if loc.lat is None or loc.lon is None:
                continue
            props = export_record(v)
            props.pop("lat")
            props.pop("lon")
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                "properties": props,
            }
            parts.append(("" if first else ",") + json.dumps(feature, ensure_ascii=False))
            first = False
        if parts:
            yield "".join(parts).encode()
    yield b"]}"


_TEXT = {"type": "string"}
# A feature's properties: the CSV columns less the point (as declared so far, without the
# two SLA columns); all text but two.
_TYPED = {"fast_track": {"type": "boolean"}, "mou_area_id": {"type": ["integer", "null"]}}
_UNDECLARED = {"lat", "lon", "first_response_sla", "resolution_sla"}
_PROPERTIES = {
    name: _TEXT for name in CSV_COLUMNS if name not in _UNDECLARED and name not in _TYPED
} | _TYPED

# The export's bodies as the document declares them (`export_record` is one row / feature).
EXPORT_CONTENT = {
    "text/csv": {
        "schema": {
            "type": "string",
            "description": "UTF-8 with BOM; a header row, then one row per case with the "
            "columns of a feature's properties plus lat and lon",
        }
    },
    "application/geo+json": {
        "schema": {
            "title": "ComplaintFeatureCollection",
            "type": "object",
            "required": ["type", "features"],
            "properties": {
                "type": {"type": "string", "enum": ["FeatureCollection"]},
                "features": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["type", "geometry", "properties"],
                        "properties": {
                            "type": {"type": "string", "enum": ["Feature"]},
                            "geometry": {
                                "type": "object",
                                "required": ["type", "coordinates"],
                                "properties": {
                                    "type": {"type": "string", "enum": ["Point"]},
                                    "coordinates": {
                                        "type": "array",
                                        "items": {"type": "number"},
                                        "minItems": 2,
                                        "maxItems": 2,
                                        "description": "[longitude, latitude] (WGS84)",
                                    },
                                },
                            },
                            "properties": {
                                "type": "object",
                                "required": sorted(_PROPERTIES),
                                "properties": _PROPERTIES,
                            },
                        },
                    },
                },
            },
        }
    },
}
