from enum import StrEnum


class SlaState(StrEnum):
    BREACHED = "breached"
    DUE_SOON = "due_soon"
    MET = "met"
    ON_TRACK = "on_track"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
