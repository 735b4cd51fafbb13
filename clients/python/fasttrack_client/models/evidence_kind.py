from enum import StrEnum


class EvidenceKind(StrEnum):
    DISTRICT_NAME = "district_name"
    KEYWORD = "keyword"
    MODEL = "model"
    POINT = "point"
    POSTAL_CODE = "postal_code"
    ROAD = "road"
    SUBDISTRICT_NAME = "subdistrict_name"

    def __str__(self) -> str:
        return str(self.value)
