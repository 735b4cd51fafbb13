"""CSV cells that a spreadsheet shows as text, never runs as a formula (OWASP: CSV injection).

Excel, LibreOffice and Google Sheets evaluate a cell whose text starts with `=`, `+`, `-` or
`@` (and, after a leading tab or line break, whatever follows). OWASP's advice: prefix such a
cell with a single quote, which spreadsheets read as "this is text", and quote fields per RFC
4180 (the `csv` module does). Applied to every text cell of every CSV the platform writes;
numbers stay numbers. The fullwidth forms are included because some spreadsheets fold them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")


def spreadsheet_safe(value: Any) -> Any:
    """The value, with a leading `'` when it is text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def spreadsheet_safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: spreadsheet_safe(value) for key, value in row.items()}
