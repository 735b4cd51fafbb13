"""Who is acting: a staff user or a partner's API client, with role, agency and scopes."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass


class Role(enum.StrEnum):
    admin = "admin"
    omb_officer = "omb_officer"
    coordinator = "coordinator"
    agency_staff = "agency_staff"
    api_client = "api_client"


STAFF_ROLES = frozenset({Role.admin, Role.omb_officer, Role.coordinator, Role.agency_staff})


class PrincipalKind(enum.StrEnum):
    user = "user"
    api_client = "api_client"
    system = "system"


@dataclass(frozen=True)
class Principal:
    """The authenticated actor of one request.

    `scopes` is None for staff (their role decides) and the granted scopes for API clients,
    which narrow what their agency's role would allow and never widen it.
    """

    id: uuid.UUID
    kind: PrincipalKind
    role: Role
    agency_id: uuid.UUID | None = None
    scopes: frozenset[str] | None = None
    request_id: str | None = None

    @property
    def recorded_id(self) -> uuid.UUID | None:
        """The id written in logs and records as the actor's: none for the system."""
        return None if self.kind is PrincipalKind.system else self.id

    @property
    def is_staff(self) -> bool:
        return self.kind is PrincipalKind.user

    def has_scope(self, scope: str) -> bool:
        return self.scopes is None or scope in self.scopes


SYSTEM = Principal(id=uuid.UUID(int=0), kind=PrincipalKind.system, role=Role.admin)
