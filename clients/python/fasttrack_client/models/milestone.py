from enum import StrEnum


class Milestone(StrEnum):
    FIRST_RESPONSE_BREACHED = "first_response_breached"
    FIRST_RESPONSE_DUE_SOON = "first_response_due_soon"
    RESOLUTION_BREACHED = "resolution_breached"
    RESOLUTION_DUE_SOON = "resolution_due_soon"

    def __str__(self) -> str:
        return str(self.value)
