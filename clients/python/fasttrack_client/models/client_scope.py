from enum import StrEnum


class ClientScope(StrEnum):
    ACTIVITIES_WRITE = "activities:write"
    COMPLAINTS_CREATE = "complaints:create"
    COMPLAINTS_READ = "complaints:read"
    COMPLAINTS_UPDATE = "complaints:update"
    STATS_READ = "stats:read"

    def __str__(self) -> str:
        return str(self.value)
