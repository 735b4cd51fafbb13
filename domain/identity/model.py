"""The staff user entity and the rules tying roles to agencies."""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from domain.errors import FieldError, InvalidValue
from domain.shared.language import Language
from domain.shared.principal import Role

__all__ = ["Language"]  # re-exported: users have a language, like complainants

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AgencyRequirement(enum.StrEnum):
    none = "none"
    omb = "omb"
    casework = "casework"  # a district office or a bureau


def agency_requirement(role: Role) -> AgencyRequirement:
    if role in (Role.coordinator, Role.agency_staff):
        return AgencyRequirement.casework
    if role is Role.omb_officer:
        return AgencyRequirement.omb
    return AgencyRequirement.none


def normalise_email(email: str) -> str:
    value = email.strip().lower()
    if not _EMAIL.match(value) or len(value) > 320:
        raise InvalidValue(
            "Not a valid e-mail address.",
            code="user.invalid_email",
            errors=[FieldError(("email",), "not a valid e-mail address", "value_error")],
        )
    return value


@dataclass(frozen=True)
class StaffUser:
    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    agency_id: uuid.UUID | None
    language: Language
    phone: str | None
    is_active: bool
    is_verified: bool
    created_at: datetime
    updated_at: datetime
    version: int = 1
    # When the user linked a LINE account to receive notifications there (None: not linked).
    line_linked_at: datetime | None = None

    def audit_view(self) -> dict[str, object]:
        """What the admin audit log records of a user (no password material)."""
        return {
            "email": self.email,
            "full_name": self.full_name,
            "role": self.role.value,
            "agency_id": str(self.agency_id) if self.agency_id else None,
            "language": self.language.value,
            "phone": self.phone,
            "is_active": self.is_active,
        }

    def with_changes(self, **changes: object) -> StaffUser:
        return replace(self, **changes)  # type: ignore[arg-type]
