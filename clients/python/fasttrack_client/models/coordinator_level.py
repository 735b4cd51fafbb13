from enum import StrEnum


class CoordinatorLevel(StrEnum):
    BUREAU = "bureau"
    DISTRICT = "district"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
