from enum import StrEnum


class PlaceSource(StrEnum):
    CHOSEN = "chosen"
    POINT = "point"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
