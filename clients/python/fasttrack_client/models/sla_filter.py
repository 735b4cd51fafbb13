from enum import StrEnum


class SlaFilter(StrEnum):
    BREACHED = "breached"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"

    def __str__(self) -> str:
        return str(self.value)
