"""Database exceptions -> domain errors: constraints by name, outages as Unavailable."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from domain.complaint.feedback import AlreadyRated
from domain.errors import Conflict, DomainError, Unavailable

# constraint name -> (domain error class, code, English detail)
CONSTRAINT_ERRORS: dict[str, tuple[type[DomainError], str, str]] = {
    "uq_agencies_code": (Conflict, "agency.code_taken", "An agency with this code exists."),
    "uq_agencies_district_office": (
        Conflict,
        "agency.district_office_exists",
        "This district already has a district office.",
    ),
    "uq_coordinators_primary": (
        Conflict,
        "coordinator.primary_exists",
        "The agency already has a primary coordinator; "
        "use PUT /api/v1/agencies/{id}/primary-coordinator to swap.",
    ),
    "uq_coordinators_user_id": (
        Conflict,
        "coordinator.user_taken",
        "This user account is already linked to another coordinator.",
    ),
    "uq_categories_service_code": (
        Conflict,
        "category.service_code_taken",
        "A category with this service code exists.",
    ),
    "pk_complaint_ratings": (
        AlreadyRated,
        "complaint.already_rated",
        "This complaint has already been rated.",
    ),
    "uq_routing_rules_scope": (
        Conflict,
        "routing_rule.duplicate",
        "A routing rule for this category and district exists.",
    ),
}

# SQLite reports a failed unique index by its columns ("UNIQUE constraint failed: t.c"), not
# its name: the column-derived name of each partial unique index, mapped to the real one.
SQLITE_INDEX_ALIASES: dict[str, str] = {
    "uq_agencies_district_code": "uq_agencies_district_office",
    "uq_coordinators_agency_id": "uq_coordinators_primary",
    "uq_routing_rules_scope_key": "uq_routing_rules_scope",
    "uq_complaint_ratings_complaint_id": "pk_complaint_ratings",
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
        derived = "uq_" + table + "_" + "_".join(c.split(".")[1] for c in cols)
        return SQLITE_INDEX_ALIASES.get(derived, derived)
    return None


# deadlock_detected, serialization_failure: the transaction was rolled back, a retry may pass.
WRITE_COLLISIONS = frozenset({"40P01", "40001"})


def _sqlstate(exc: DBAPIError) -> str | None:
    orig = exc.orig
    for source in (orig, getattr(orig, "__cause__", None)):
        code = getattr(source, "sqlstate", None) or getattr(source, "pgcode", None)
        if code:
            return str(code)
    return None


def translate_db_errors(exc: BaseException) -> None:
    """Raise the domain error for a database exception; return if it is not one we know."""
    if isinstance(exc, IntegrityError):
        name = _constraint_name(exc)
        if name in CONSTRAINT_ERRORS:
            cls, code, detail = CONSTRAINT_ERRORS[name]
            raise cls(detail, code=code) from exc
        raise Conflict(
            "The change conflicts with existing data.", code="resource.conflict"
        ) from exc
    if isinstance(exc, DBAPIError) and _sqlstate(exc) in WRITE_COLLISIONS:
        # Writers of several cases are not ordered by one lock any more: PostgreSQL breaks a
        # deadlock by aborting one of them, which only has to try again.
        raise Conflict(
            "The change collided with a concurrent one and was not made; try again.",
            code="database.write_collision",
        ) from exc
    if isinstance(exc, OperationalError | InterfaceError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        raise Unavailable(
            "The database is unavailable (unreachable, locked or not migrated).",
            code="database.unavailable",
        ) from exc
