from enum import StrEnum


class EscalationTarget(StrEnum):
    AGENCY_HEAD = "agency_head"
    ASSIGNEE = "assignee"
    COORDINATOR = "coordinator"
    OMB_ON_DUTY = "omb_on_duty"

    def __str__(self) -> str:
        return str(self.value)
