from enum import StrEnum


class ComplaintAction(StrEnum):
    ASSIGN = "assign"
    CLOSE = "close"
    MERGE = "merge"
    PROVIDE_INFO = "provide_info"
    REJECT = "reject"
    REOPEN = "reopen"
    REQUEST_INFO = "request_info"
    RESOLVE = "resolve"
    RESUME = "resume"
    START = "start"
    TRANSFER = "transfer"
    TRIAGE = "triage"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
