"""SQLModel tables (<Entity>Row): persistence only, never API schemas."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from infra.db.types import UTCDateTime, enum_type

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
    kind: AgencyKind = Field(sa_type=enum_type(AgencyKind, "kind"))
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
