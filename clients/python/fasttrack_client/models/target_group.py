from enum import StrEnum


class TargetGroup(StrEnum):
    DRIVERS = "drivers"
    PEDESTRIANS = "pedestrians"
    SHOPS = "shops"

    def __str__(self) -> str:
        return str(self.value)
