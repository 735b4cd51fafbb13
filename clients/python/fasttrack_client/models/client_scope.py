from enum import StrEnum


class ClientScope(StrEnum):
    ACTIVITIESWRITE = "activities:write"
    COMPLAINTSCREATE = "complaints:create"
    COMPLAINTSREAD = "complaints:read"
    COMPLAINTSUPDATE = "complaints:update"
    STATSREAD = "stats:read"

    def __str__(self) -> str:
        return str(self.value)
