"""CSV cells that a spreadsheet shows as text, never runs as a formula (OWASP: CSV injection).

Case titles, descriptions, addresses and (masked) names are typed by the public: a value such
as `=HYPERLINK(...)` or a masked name `=***` would run as a formula when a report is opened in
Excel, LibreOffice or Google Sheets. Write every text cell through `spreadsheet_safe`.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")


def spreadsheet_safe(value: T) -> T | str:
    """The value, with a leading `'` when it is text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
