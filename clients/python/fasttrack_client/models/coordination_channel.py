from enum import StrEnum


class CoordinationChannel(StrEnum):
    EMAIL = "email"
    FAX = "fax"
    LINE = "line"
    LINE_GROUP = "line_group"
    MEETING = "meeting"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
