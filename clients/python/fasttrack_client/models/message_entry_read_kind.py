from enum import StrEnum


class MessageEntryReadKind(StrEnum):
    COORDINATION_MESSAGE = "coordination_message"
    FIELD_VISIT = "field_visit"
    NOTE = "note"
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
