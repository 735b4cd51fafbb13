from enum import StrEnum


class ComplaintStatus(StrEnum):
    ASSIGNED = "assigned"
    AWAITING_COMPLAINANT = "awaiting_complainant"
    CLOSED = "closed"
    IN_PROGRESS = "in_progress"
    MERGED = "merged"
    RECEIVED = "received"
    REJECTED = "rejected"
    RESOLVED = "resolved"
    TRIAGED = "triaged"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
