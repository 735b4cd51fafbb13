from enum import StrEnum


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    NOT_SUGGESTED = "not_suggested"
    OVERRIDDEN = "overridden"

    def __str__(self) -> str:
        return str(self.value)
