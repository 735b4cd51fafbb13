from enum import StrEnum


class ParticipantRole(StrEnum):
    CIVIL_DEFENCE_VOLUNTEER = "civil_defence_volunteer"
    COMMUNITY_CHAIR = "community_chair"
    COMMUNITY_ORGANISATION_LEADER = "community_organisation_leader"
    ELDERLY_CLUB = "elderly_club"
    PUBLIC_HEALTH_VOLUNTEER = "public_health_volunteer"
    RELIGIOUS_LEADER = "religious_leader"
    WOMEN_LEADER = "women_leader"
    YOUTH = "youth"

    def __str__(self) -> str:
        return str(self.value)
