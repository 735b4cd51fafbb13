from enum import StrEnum


class PiiAccess(StrEnum):
    FULL = "full"
    HIDDEN = "hidden"
    MASKED = "masked"

    def __str__(self) -> str:
        return str(self.value)
