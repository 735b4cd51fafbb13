from enum import StrEnum


class InboundMailReceiptOutcome(StrEnum):
    APPENDED = "appended"
    DUPLICATE = "duplicate"
    FILED = "filed"
    IGNORED = "ignored"

    def __str__(self) -> str:
        return str(self.value)
