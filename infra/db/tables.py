"""SQLModel tables (<Entity>Row): persistence only, never API schemas."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from domain.identity.model import Language
from domain.shared.principal import PrincipalKind, Role
from infra.db.types import UTCDateTime, enum_type, json_type

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata


class AgencyKind(enum.StrEnum):
    district_office = "district_office"
    bureau = "bureau"
    omb = "omb"
    external_partner = "external_partner"
    other_government = "other_government"


class DistrictRow(SQLModel, table=True):
    __tablename__ = "districts"

    code: str = Field(primary_key=True, max_length=4)
    name_th: str = Field(max_length=100)
    name_en: str = Field(max_length=100)
    lat: float
    lon: float


class MouAreaRow(SQLModel, table=True):
    __tablename__ = "mou_areas"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    name_th: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    description_th: str
    description_en: str


class AgencyRow(SQLModel, table=True):
    __tablename__ = "agencies"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    kind: AgencyKind = Field(sa_type=enum_type(AgencyKind, "agencies", "kind"))
    name_th: str = Field(max_length=300)
    name_en: str = Field(max_length=300)
    district_code: str | None = Field(
        default=None, max_length=4, foreign_key="districts.code", index=True
    )
    is_active: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)

    __table_args__ = (
        sa.Index(
            "uq_agencies_district_office",
            "district_code",
            unique=True,
            sqlite_where=sa.text("kind = 'district_office'"),
            postgresql_where=sa.text("kind = 'district_office'"),
        ),
    )


class UserRow(SQLModel, table=True):
    """Staff accounts; the columns fastapi-users expects plus role, agency and profile."""

    __tablename__ = "users"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    email: str = Field(max_length=320, unique=True)
    hashed_password: str = Field(max_length=1024)
    is_active: bool = Field(default=True)
    is_superuser: bool = Field(default=False)
    is_verified: bool = Field(default=False)
    full_name: str = Field(max_length=200)
    phone: str | None = Field(default=None, max_length=32)
    language: Language = Field(sa_type=enum_type(Language, "users", "language"))
    role: Role = Field(sa_type=enum_type(Role, "users", "role"))
    agency_id: uuid.UUID | None = Field(default=None, foreign_key="agencies.id", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1)


class AccessTokenRow(SQLModel, table=True):
    """Opaque bearer tokens of staff, stored as SHA-256 digests (fastapi-users DB strategy)."""

    __tablename__ = "access_tokens"

    token: str = Field(primary_key=True, max_length=64)
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(
        sa_type=UTCDateTime, index=True, default_factory=lambda: datetime.now(UTC)
    )


class AuditLogRow(SQLModel, table=True):
    """Append-only record of administrative changes."""

    __tablename__ = "audit_log"

    id: uuid.UUID = Field(primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    actor_kind: PrincipalKind = Field(sa_type=enum_type(PrincipalKind, "audit_log", "actor_kind"))
    actor_id: uuid.UUID | None = Field(default=None, index=True)
    action: str = Field(max_length=64)
    entity_type: str = Field(max_length=32)
    entity_id: str = Field(max_length=64)
    before: dict[str, Any] | None = Field(default=None, sa_type=json_type())
    after: dict[str, Any] | None = Field(default=None, sa_type=json_type())
    request_id: str | None = Field(default=None, max_length=128)

    __table_args__ = (
        sa.Index("ix_audit_log_at_id", "at", "id"),
        sa.Index("ix_audit_log_entity", "entity_type", "entity_id", "at"),
    )


class RateLimitRow(SQLModel, table=True):
    """Counters shared by every worker: failed logins, public intake, tracking lookups."""

    __tablename__ = "rate_limits"

    key: str = Field(primary_key=True, max_length=200)
    count: int = Field(default=0)
    window_start: datetime = Field(sa_type=UTCDateTime)
    blocked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a SQLModel class (for Core statements on hot paths)."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table


class ApiClientRow(SQLModel, table=True):
    """Partner systems' OAuth2 clients; the id is the client_id, the secret only a hash."""

    __tablename__ = "api_clients"

    id: uuid.UUID = Field(primary_key=True)
    name: str = Field(max_length=200)
    agency_id: uuid.UUID = Field(foreign_key="agencies.id", index=True)
    scopes: list[str] = Field(sa_type=json_type())
    secret_hash: str = Field(max_length=1024)
    is_active: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = Field(default=1)

    __table_args__ = (sa.Index("ix_api_clients_name_id", "name", "id"),)
