from enum import StrEnum


class QueueSort(StrEnum):
    CREATED = "created"
    DUE = "due"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
