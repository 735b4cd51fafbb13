from enum import StrEnum


class EscalationTarget(StrEnum):
    ASSIGNEE = "assignee"
    COORDINATOR = "coordinator"
    OMB_ON_DUTY = "omb_on_duty"

    def __str__(self) -> str:
        return str(self.value)
