from enum import StrEnum


class CoordinatorStatus(StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"

    def __str__(self) -> str:
        return str(self.value)
