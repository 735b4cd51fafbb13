from enum import StrEnum


class TargetKind(StrEnum):
    AGENCY = "agency"
    DISTRICT_OFFICE = "district_office"

    def __str__(self) -> str:
        return str(self.value)
