from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    AGENCY_STAFF = "agency_staff"
    API_CLIENT = "api_client"
    COORDINATOR = "coordinator"
    OMB_OFFICER = "omb_officer"

    def __str__(self) -> str:
        return str(self.value)
