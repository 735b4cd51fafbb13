from enum import StrEnum


class AgencyKind(StrEnum):
    BUREAU = "bureau"
    DISTRICT_OFFICE = "district_office"
    EXTERNAL_PARTNER = "external_partner"
    OMB = "omb"
    OTHER_GOVERNMENT = "other_government"

    def __str__(self) -> str:
        return str(self.value)
