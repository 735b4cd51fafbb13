from enum import StrEnum


class CategorySource(StrEnum):
    KEYWORDS = "keywords"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
