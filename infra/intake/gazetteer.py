"""The Gazetteer port over `geothai` (DOPA codes, Thai and English names, postal codes of
every district and sub-district), with the project's extra spellings."""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

import geothai

from domain.intake.model import District, Subdistrict

BANGKOK = "10"
_DATA = Path(__file__).resolve().parents[1] / "reference_data"


class GeothaiGazetteer:
    """Bangkok's 50 districts and their sub-districts. The English spelling of the project's
    district list (e.g. "Watthana", where geothai keeps "Vadhana") and the aliases in
    `reference_data/place_aliases.json` are added as other names."""

    def __init__(self, aliases: Path = _DATA / "place_aliases.json") -> None:
        extra = json.loads(aliases.read_text(encoding="utf-8"))
        self._district_aliases: dict[str, list[str]] = extra.get("districts", {})
        self._subdistrict_aliases: dict[str, list[str]] = extra.get("subdistricts", {})
        with (_DATA / "bangkok_districts.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self._district_aliases.setdefault(row["code"], []).append(row["name_en"])

    @property
    def version(self) -> str:
        return str(geothai.DATA_VERSION)

    def districts(self) -> list[District]:
        return [
            District(
                code=d.code,
                name_th=d.name_th.removeprefix("เขต"),
                name_en=d.name_en,
                aliases=tuple(a for a in self._district_aliases.get(d.code, []) if a != d.name_en),
            )
            for d in geothai.districts(BANGKOK)
        ]

    def subdistricts(self) -> list[Subdistrict]:
        return [
            Subdistrict(
                code=s.code,
                district_code=s.district_code,
                name_th=s.name_th.removeprefix("แขวง"),
                name_en=s.name_en,
                postal_codes=tuple(s.postal_codes),
                aliases=tuple(self._subdistrict_aliases.get(s.code, [])),
            )
            for d in geothai.districts(BANGKOK)
            for s in geothai.subdistricts(d.code)
        ]


@cache
def default_gazetteer() -> GeothaiGazetteer:
    return GeothaiGazetteer()
