"""The API client entity: a partner system of one agency with a fixed set of scopes."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from domain.errors import FieldError, InvalidValue

MAX_NAME_LENGTH = 200
SECRET_PREFIX = "ftcs_"


class ClientScope(enum.StrEnum):
    """What a client may be granted; the policy maps each to the actions it allows."""

    complaints_create = "complaints:create"
    complaints_read = "complaints:read"
    complaints_update = "complaints:update"
    activities_write = "activities:write"
    stats_read = "stats:read"


SCOPE_DESCRIPTIONS: dict[ClientScope, str] = {
    ClientScope.complaints_create: "File complaints on behalf of the public.",
    ClientScope.complaints_read: "Read the complaints of the client's agency.",
    ClientScope.complaints_update: "Update, transition and assign the agency's complaints.",
    ClientScope.activities_write: "Record outreach and network activities.",
    ClientScope.stats_read: "Read statistics.",
}


def normalise_scopes(scopes: Iterable[str], loc: tuple[str, ...] = ("scopes",)) -> frozenset[str]:
    """The scopes as a set of known names; at least one is required."""
    values = frozenset(str(s) for s in scopes)
    known = {s.value for s in ClientScope}
    unknown = sorted(values - known)
    if unknown:
        raise InvalidValue(
            f"Unknown scopes: {', '.join(unknown)}.",
            code="api_client.unknown_scope",
            errors=[FieldError(loc, f"unknown scope {s!r}", "enum") for s in unknown],
        )
    if not values:
        raise InvalidValue(
            "A client needs at least one scope.",
            code="api_client.no_scope",
            errors=[FieldError(loc, "at least one scope is required", "too_short")],
        )
    return values


def normalise_name(name: str) -> str:
    value = name.strip()
    if not 1 <= len(value) <= MAX_NAME_LENGTH:
        raise InvalidValue(
            f"A client name has 1 to {MAX_NAME_LENGTH} characters.",
            code="api_client.invalid_name",
            errors=[FieldError(("name",), "1 to 200 characters", "value_error")],
        )
    return value


@dataclass(frozen=True)
class ApiClient:
    """A partner system's credentials. Its id is the OAuth `client_id`; only a hash of the
    secret is stored. Deleted clients stay (their history refers to them) but never
    authenticate again."""

    id: uuid.UUID
    name: str
    agency_id: uuid.UUID
    scopes: frozenset[str]
    is_active: bool
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    version: int = 1

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def may_authenticate(self) -> bool:
        return self.is_active and self.deleted_at is None

    def audit_view(self) -> dict[str, object]:
        """What the admin audit log records of a client (never secret material)."""
        return {
            "name": self.name,
            "agency_id": str(self.agency_id),
            "scopes": sorted(self.scopes),
            "is_active": self.is_active,
            "deleted": self.is_deleted,
        }

    def with_changes(self, **changes: object) -> ApiClient:
        return replace(self, **changes)  # type: ignore[arg-type]
