from enum import StrEnum


class ExportFormat(StrEnum):
    CSV = "csv"
    GEOJSON = "geojson"

    def __str__(self) -> str:
        return str(self.value)
