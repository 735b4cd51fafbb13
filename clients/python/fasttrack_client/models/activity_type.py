from enum import StrEnum


class ActivityType(StrEnum):
    COMMUNITY_TRAINING = "community_training"
    MEETING = "meeting"
    MOBILE_UNIT = "mobile_unit"
    TRAFFIC_CAMPAIGN = "traffic_campaign"
    YOUTH_TRAINING = "youth_training"

    def __str__(self) -> str:
        return str(self.value)
