from enum import StrEnum


class EventType(StrEnum):
    ACTIVITY_CANCELLED = "activity.cancelled"
    ACTIVITY_POSTPONED = "activity.postponed"
    ACTIVITY_SCHEDULED = "activity.scheduled"
    COMPLAINT_ASSIGNED = "complaint.assigned"
    COMPLAINT_BREACHED = "complaint.breached"
    COMPLAINT_CLOSED = "complaint.closed"
    COMPLAINT_CO_HANDLER_INVITED = "complaint.co_handler_invited"
    COMPLAINT_CREATED = "complaint.created"
    COMPLAINT_FIRST_RESPONSE_DUE_SOON = "complaint.first_response_due_soon"
    COMPLAINT_FLAGGED = "complaint.flagged"
    COMPLAINT_INFORMATION_REQUESTED = "complaint.information_requested"
    COMPLAINT_MERGED = "complaint.merged"
    COMPLAINT_PUBLIC_RESPONSE_ADDED = "complaint.public_response_added"
    COMPLAINT_REOPENED = "complaint.reopened"
    COMPLAINT_RESOLUTION_DUE_SOON = "complaint.resolution_due_soon"
    COMPLAINT_RESOLVED = "complaint.resolved"
    COMPLAINT_TRANSFERRED = "complaint.transferred"

    def __str__(self) -> str:
        return str(self.value)
