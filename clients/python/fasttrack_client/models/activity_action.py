from enum import StrEnum


class ActivityAction(StrEnum):
    CANCEL = "cancel"
    HOLD = "hold"
    POSTPONE = "postpone"

    def __str__(self) -> str:
        return str(self.value)
