from enum import StrEnum


class MouTargetKind(StrEnum):
    ACTIVITIES_HELD = "activities_held"
    COMPLAINTS_RECEIVED = "complaints_received"
    DISTRICTS_HELD = "districts_held"
    LEGAL_CONSULTATIONS = "legal_consultations"
    PARTICIPANTS = "participants"
    PARTICIPANT_HOME_DISTRICTS = "participant_home_districts"

    def __str__(self) -> str:
        return str(self.value)
