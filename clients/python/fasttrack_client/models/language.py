from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    TH = "th"

    def __str__(self) -> str:
        return str(self.value)
