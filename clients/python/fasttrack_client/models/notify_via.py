from enum import StrEnum


class NotifyVia(StrEnum):
    BOTH = "both"
    EMAIL = "email"
    LINE = "line"

    def __str__(self) -> str:
        return str(self.value)
