from enum import StrEnum


class PrincipalKind(StrEnum):
    API_CLIENT = "api_client"
    SYSTEM = "system"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
