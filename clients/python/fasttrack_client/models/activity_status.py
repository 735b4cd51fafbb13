from enum import StrEnum


class ActivityStatus(StrEnum):
    CANCELLED = "cancelled"
    HELD = "held"
    PLANNED = "planned"
    POSTPONED = "postponed"

    def __str__(self) -> str:
        return str(self.value)
