from enum import StrEnum


class Source(StrEnum):
    LIVE = "live"
    ROLLUP = "rollup"

    def __str__(self) -> str:
        return str(self.value)
