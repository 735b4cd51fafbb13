from enum import StrEnum


class TransitionEntryReadKind(StrEnum):
    ASSIGNED = "assigned"
    STATE_CHANGED = "state_changed"
    TRANSFERRED = "transferred"

    def __str__(self) -> str:
        return str(self.value)
