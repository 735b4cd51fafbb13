from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    FAX = "fax"
    HOTLINE_1676 = "hotline_1676"
    LINE = "line"
    MOBILE_UNIT = "mobile_unit"
    PARTNER_API = "partner_api"
    PHONE = "phone"
    WALK_IN = "walk_in"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
