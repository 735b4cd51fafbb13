"""Every operation of the app, read from its own OpenAPI document, and real values for every
path parameter: sweeps over all endpoints cover new ones without being told about them."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlmodel import col

from infra.db.engine import Database
from infra.db.tables import ComplaintRow
from tests.support.activities import din_daeng_activity
from tests.support.api_clients import ApiClientActor
from tests.support.complaints import attach_photo, din_daeng_case
from tests.support.directory import category_row, coordinator_row, district_office_rule_row
from tests.support.identity import Staff


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: list[dict[str, Any]]
    body: dict[str, Any] | None  # the JSON or form schema of the request body
    body_media: str | None
    secured: bool
    spec: dict[str, Any] = field(repr=False, compare=False)

    def query(self) -> list[dict[str, Any]]:
        return [p for p in self.parameters if p["in"] == "query"]

    def path_names(self) -> list[str]:
        return re.findall(r"{(\w+)}", self.path)

    def url(self, values: dict[str, str]) -> str:
        missing = [n for n in self.path_names() if n not in values]
        assert not missing, f"{self.operation_id}: no test value for path parameter(s) {missing}"
        return re.sub(r"{(\w+)}", lambda m: values[m.group(1)], self.path)


def operations(app: FastAPI) -> list[Operation]:
    document = app.openapi()
    found = []
    for path, item in document["paths"].items():
        for method, op in item.items():
            content = (op.get("requestBody") or {}).get("content", {})
            media = next(iter(content), None)
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=list(op.get("parameters", [])),
                    body=content[media]["schema"] if media else None,
                    body_media=media,
                    secured=bool(op.get("security")),
                    spec=document,
                )
            )
    return sorted(found, key=lambda o: o.operation_id)


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with its `$ref` followed (one level; call again for nested ones)."""
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    return schema


# Directory rows the sweeps can address (inserted per test, rolled back after).
COORDINATOR_ID = uuid.UUID("00000000-0000-4000-8000-0000000bad01")
CATEGORY_ID = uuid.UUID("00000000-0000-4000-8000-0000000bad02")
RULE_ID = uuid.UUID("00000000-0000-4000-8000-0000000bad03")


async def path_values(
    database: Database,
    staff: dict[str, Staff],
    api_client: ApiClientActor,
    attachments: Path,
) -> dict[str, str]:
    """A real, visible resource for every path parameter name the API uses."""
    omb = staff["omb"]
    dindaeng = staff["staff_dindaeng"].agency_id
    assert dindaeng is not None
    async with database.sessions() as s:
        s.add(coordinator_row(dindaeng, "ผู้ประสานงานทดสอบ", id=COORDINATOR_ID))
        s.add(category_row("bad_input_sweep", id=CATEGORY_ID))
        await s.flush()
        s.add(district_office_rule_row(CATEGORY_ID, None, id=RULE_ID))
        await s.commit()
    complaint_id, _ = await din_daeng_case(database, omb, assign_to=staff["coord_dindaeng"])
    attachment_id = await attach_photo(database, omb, complaint_id, attachments)
    activity = await din_daeng_activity(database, omb)
    async with database.sessions() as s:
        tracking_code = (
            await s.execute(
                select(col(ComplaintRow.tracking_code)).where(
                    col(ComplaintRow.id) == uuid.UUID(complaint_id)
                )
            )
        ).scalar_one()
    return {
        "complaint_id": complaint_id,
        "attachment_id": str(attachment_id),
        "tracking_code": str(tracking_code),
        "activity_id": str(activity.activity.id),
        "client_id": str(api_client.id),
        "agency_id": str(dindaeng),
        "user_id": str(staff["staff_dindaeng"].id),
        "coordinator_id": str(COORDINATOR_ID),
        "category_id": str(CATEGORY_ID),
        "rule_id": str(RULE_ID),
        "area_id": "2",
        "code": "1026",
        "sla_class": "standard",
        "day": "2027-01-04",
    }
