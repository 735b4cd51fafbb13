from enum import StrEnum


class DistrictOutlineGeometryType(StrEnum):
    MULTIPOLYGON = "MultiPolygon"
    POLYGON = "Polygon"

    def __str__(self) -> str:
        return str(self.value)
