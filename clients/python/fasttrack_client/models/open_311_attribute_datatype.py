from enum import StrEnum


class Open311AttributeDatatype(StrEnum):
    DATETIME = "datetime"
    MULTIVALUELIST = "multivaluelist"
    NUMBER = "number"
    SINGLEVALUELIST = "singlevaluelist"
    STRING = "string"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
