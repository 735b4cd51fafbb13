"""The platform's two languages: Thai first, English beside it."""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    th = "th"
    en = "en"
