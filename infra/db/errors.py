"""Database exceptions -> domain errors: constraints by name, outages as Unavailable."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from domain.errors import Conflict, DomainError, Unavailable

# constraint name -> (domain error class, code, English detail)
CONSTRAINT_ERRORS: dict[str, tuple[type[DomainError], str, str]] = {
    "uq_agencies_code": (Conflict, "agency.code_taken", "An agency with this code exists."),
    "uq_agencies_district_office": (
        Conflict,
        "agency.district_office_exists",
        "This district already has a district office.",
    ),
}


def _constraint_name(exc: IntegrityError) -> str | None:
    orig = exc.orig
    name = getattr(getattr(orig, "__cause__", None), "constraint_name", None)
    name = name or getattr(orig, "constraint_name", None)
    if name:
        return str(name)
    text = str(orig)
    # SQLite names no constraint, only columns or the index: find a known name in the text,
    # or map "UNIQUE constraint failed: table.col" onto the naming convention.
    for known in CONSTRAINT_ERRORS:
        if known in text:
            return known
    if "UNIQUE constraint failed:" in text:
        cols = text.split("UNIQUE constraint failed:", 1)[1].strip().split(", ")
        table = cols[0].split(".")[0]
        return "uq_" + table + "_" + "_".join(c.split(".")[1] for c in cols)
    return None


def translate_db_errors(exc: BaseException) -> None:
    """Raise the domain error for a database exception; return if it is not one we know."""
    if isinstance(exc, IntegrityError):
        name = _constraint_name(exc)
        if name in CONSTRAINT_ERRORS:
            cls, code, detail = CONSTRAINT_ERRORS[name]
            raise cls(detail, code=code) from exc
        raise Conflict("The change conflicts with existing data.", code="conflict") from exc
    if isinstance(exc, OperationalError | InterfaceError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        raise Unavailable(
            "The database is unavailable (unreachable, locked or not migrated).",
            code="database.unavailable",
        ) from exc
