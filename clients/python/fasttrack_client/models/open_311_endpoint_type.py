from enum import StrEnum


class Open311EndpointType(StrEnum):
    PRODUCTION = "production"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
