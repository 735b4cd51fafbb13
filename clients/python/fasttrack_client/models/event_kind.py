from enum import StrEnum


class EventKind(StrEnum):
    ASSIGNED = "assigned"
    COORDINATION_MESSAGE = "coordination_message"
    CO_HANDLER_ADDED = "co_handler_added"
    CREATED = "created"
    ESCALATED = "escalated"
    FIELD_VISIT = "field_visit"
    FLAGGED = "flagged"
    NOTE = "note"
    RATED = "rated"
    REDACTED = "redacted"
    RESPONSE = "response"
    STATE_CHANGED = "state_changed"
    TRANSFERRED = "transferred"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
