"""SQLModel tables (<Entity>Row): persistence only, never API schemas."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from domain.activity.model import ActivityStatus, ActivityType, ParticipantRole
from domain.complaint.lifecycle import ComplaintStatus
from domain.complaint.model import Channel, EventKind, Visibility
from domain.directory.model import CoordinatorLevel, CoordinatorStatus
from domain.directory.routing import TargetKind
from domain.identity.model import Language
from domain.line.model import NotifyVia
from domain.shared.principal import PrincipalKind, Role
from domain.sla.model import Urgency
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


class SubdistrictRow(SQLModel, table=True):
    """A sub-district (แขวง) of Bangkok, seeded from the gazetteer package (DOPA codes)."""

    __tablename__ = "subdistricts"

    code: str = Field(primary_key=True, max_length=6)
    district_code: str = Field(max_length=4, foreign_key="districts.code", index=True)
    name_th: str = Field(max_length=100)
    name_en: str = Field(max_length=100)
    postal_codes: list[str] = Field(default_factory=list, sa_type=json_type())


class MouAreaRow(SQLModel, table=True):
    __tablename__ = "mou_areas"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    name_th: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    description_th: str
    description_en: str
    # [[kind, value], ...]; NULL until seeded or set by an admin (then never overwritten).
    targets: list[Any] | None = Field(default=None, sa_type=json_type())
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


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
    phone: str | None = Field(default=None, max_length=32)
    fax: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=320)
    line_id: str | None = Field(default=None, max_length=64)
    is_active: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1)
    # The head (district director, bureau director): the coordinators' supervisor.
    head_name: str | None = Field(default=None, max_length=200)
    head_title_th: str | None = Field(default=None, max_length=200)
    head_email: str | None = Field(default=None, max_length=320)

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
    """Append-only record of administrative changes (triggers refuse UPDATE, DELETE and
    TRUNCATE; hash-chained)."""

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
    # The hash chain of the stream (see infra/db/chain.py): set once, at insert.
    chain_seq: int = Field(sa_type=sa.BigInteger)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)

    __table_args__ = (
        sa.UniqueConstraint("chain_seq"),
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


class CoordinatorRow(SQLModel, table=True):
    """The Fast Track contact people of an agency: one primary, ordered backups."""

    __tablename__ = "coordinators"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    agency_id: uuid.UUID = Field(foreign_key="agencies.id", index=True)
    name: str = Field(max_length=200)
    level: CoordinatorLevel = Field(sa_type=enum_type(CoordinatorLevel, "coordinators", "level"))
    title_th: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=32)
    fax: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=320)
    line_id: str | None = Field(default=None, max_length=64)
    line_user_id: str | None = Field(default=None, max_length=64)
    status: CoordinatorStatus = Field(
        sa_type=enum_type(CoordinatorStatus, "coordinators", "status")
    )
    is_primary: bool = Field(default=False)
    backup_rank: int | None = Field(default=None)
    user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", unique=True)
    is_active: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1)

    __table_args__ = (
        # At most one primary per agency; the swap clears the old one before setting the new.
        sa.Index(
            "uq_coordinators_primary",
            "agency_id",
            unique=True,
            sqlite_where=sa.text("is_primary = 1"),
            postgresql_where=sa.text("is_primary"),
        ),
        sa.CheckConstraint("backup_rank IS NULL OR backup_rank >= 1", name="backup_rank_positive"),
    )


class CategoryRow(SQLModel, table=True):
    """The complaint category tree; `service_code` is the stable key (Open311 later)."""

    __tablename__ = "categories"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    service_code: str = Field(max_length=100, unique=True)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="categories.id", index=True)
    name_th: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    sla_class: str = Field(max_length=32)
    mou_area_id: int = Field(foreign_key="mou_areas.id")
    is_active: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1)


class RoutingRuleRow(SQLModel, table=True):
    """Where cases of a category (and/or district) go. Deleting a rule only stamps
    `deleted_at`: cases keep a valid reference to the rule that routed them, and seeding
    does not bring a deleted rule back."""

    __tablename__ = "routing_rules"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    category_id: uuid.UUID | None = Field(default=None, foreign_key="categories.id", index=True)
    district_code: str | None = Field(default=None, max_length=4, foreign_key="districts.code")
    target_kind: TargetKind = Field(sa_type=enum_type(TargetKind, "routing_rules", "target_kind"))
    target_agency_id: uuid.UUID | None = Field(default=None, foreign_key="agencies.id", index=True)
    # "<category id hex or *>/<district code or *>": one live rule per scope, NULLs included.
    scope_key: str = Field(max_length=40)
    is_active: bool = Field(default=True)
    # Cases routed by this rule are assigned at intake, skipping OMB triage.
    assign_at_intake: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = Field(default=1)

    __table_args__ = (
        sa.Index(
            "uq_routing_rules_scope",
            "scope_key",
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        ),
        sa.CheckConstraint(
            "(target_kind = 'agency') = (target_agency_id IS NOT NULL)", name="target_agency"
        ),
    )


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a SQLModel class (for Core statements on hot paths)."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table


# --- complaints --------------------------------------------------------------------------------


class ComplaintRow(SQLModel, table=True):
    """A complaint case. Complainant fields are personal data: mask them on the way out."""

    __tablename__ = "complaints"

    id: uuid.UUID = Field(primary_key=True)
    case_number: str = Field(max_length=20, unique=True)
    tracking_code: str = Field(max_length=16, unique=True)
    channel: Channel = Field(sa_type=enum_type(Channel, "complaints", "channel"))
    channel_ref: str | None = Field(default=None, max_length=200)
    title: str = Field(max_length=300)
    description: str
    category_id: uuid.UUID | None = Field(default=None, index=True, foreign_key="categories.id")
    district_code: str | None = Field(default=None, max_length=4, foreign_key="districts.code")
    subdistrict_code: str | None = Field(
        default=None, max_length=6, foreign_key="subdistricts.code"
    )
    lat: float | None = None
    lon: float | None = None
    address: str | None = Field(default=None, max_length=500)
    # What smart intake suggested and whether it was accepted (SuggestionShown.outcome).
    intake_suggestion: dict[str, Any] | None = Field(default=None, sa_type=json_type())
    complainant_name: str | None = Field(default=None, max_length=200)
    complainant_phone: str | None = Field(default=None, max_length=32)
    complainant_email: str | None = Field(default=None, max_length=320)
    complainant_line_user_id: str | None = Field(default=None, max_length=100, index=True)
    confidential: bool = False
    no_contact: bool = False
    complainant_language: str = Field(
        default="th", max_length=2, sa_column_kwargs={"server_default": "th"}
    )
    fast_track: bool = False
    urgency: Urgency = Field(sa_type=enum_type(Urgency, "complaints", "urgency"))
    mou_area_id: int = Field(foreign_key="mou_areas.id")
    consent_version: str | None = Field(default=None, max_length=50)
    consent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status: ComplaintStatus = Field(sa_type=enum_type(ComplaintStatus, "complaints", "status"))
    lead_agency_id: uuid.UUID | None = Field(default=None, foreign_key="agencies.id")
    coordinator_id: uuid.UUID | None = Field(default=None, foreign_key="coordinators.id")
    assignee_id: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    proposed_agency_id: uuid.UUID | None = Field(default=None, foreign_key="agencies.id")
    proposed_coordinator_id: uuid.UUID | None = Field(default=None, foreign_key="coordinators.id")
    transfer_count: int = 0
    reopen_count: int = 0
    resolution: str | None = None
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sla_paused_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    merged_into: uuid.UUID | None = Field(default=None, foreign_key="complaints.id")
    rejection_reason: str | None = None
    referred_to: str | None = Field(default=None, max_length=300)
    withdrawal_reason: str | None = None
    needs_triage: bool = False
    flagged_for_omb: bool = False
    first_response_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    submitted_by_kind: str = Field(max_length=16)
    submitted_by_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = Field(default=None, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1
    sla_class: str = Field(default="standard", max_length=32)
    sla_pauses: list[list[str | None]] = Field(default_factory=list, sa_type=json_type())
    first_response_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    first_response_due_soon_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolution_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolution_due_soon_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # normalize_for_search(title + " " + description): what `q` searches (trigram-indexed).
    search_text: str = Field(default="", sa_type=sa.Text)

    __table_args__ = (
        sa.Index("ix_complaints_lead_agency_created", "lead_agency_id", "created_at", "id"),
        sa.Index("ix_complaints_created", "created_at", "id"),
        sa.Index("ix_complaints_status_created", "status", "created_at", "id"),
        sa.Index("ix_complaints_resolved_at", "status", "resolved_at"),
        # Queue indexes (0010): a district's, an agency's or an assignee's queue by each sort.
        sa.Index("ix_complaints_district_created", "district_code", "created_at", "id"),
        sa.Index("ix_complaints_updated", "updated_at", "id"),
        sa.Index("ix_complaints_lead_agency_updated", "lead_agency_id", "updated_at", "id"),
        sa.Index("ix_complaints_resolution_due", "resolution_due_at", "id"),
        sa.Index("ix_complaints_lead_agency_due", "lead_agency_id", "resolution_due_at", "id"),
        sa.Index("ix_complaints_district_due", "district_code", "resolution_due_at", "id"),
        sa.Index("ix_complaints_assignee_created", "assignee_id", "created_at", "id"),
        sa.Index("ix_complaints_submitted_by_created", "submitted_by_id", "created_at", "id"),
        sa.Index("ix_complaints_first_response_due", "first_response_due_at"),
        sa.Index("ix_complaints_subdistrict_created", "subdistrict_code", "created_at", "id"),
    )


class ComplaintCoHandlerRow(SQLModel, table=True):
    """Agencies invited to co-handle a case (they see it and write to its timeline)."""

    __tablename__ = "complaint_co_handlers"

    complaint_id: uuid.UUID = Field(primary_key=True, foreign_key="complaints.id")
    agency_id: uuid.UUID = Field(primary_key=True, foreign_key="agencies.id", index=True)
    added_at: datetime = Field(sa_type=UTCDateTime)


class ComplaintEventRow(SQLModel, table=True):
    """The append-only timeline of a case (triggers refuse UPDATE, DELETE and TRUNCATE;
    hash-chained per case). A redaction is a later `redacted` entry, never an edit."""

    __tablename__ = "complaint_events"

    id: uuid.UUID = Field(primary_key=True)
    complaint_id: uuid.UUID = Field(foreign_key="complaints.id")
    at: datetime = Field(sa_type=UTCDateTime)
    kind: EventKind = Field(sa_type=enum_type(EventKind, "complaint_events", "kind"))
    visibility: Visibility = Field(sa_type=enum_type(Visibility, "complaint_events", "visibility"))
    actor_kind: str = Field(max_length=16)
    actor_id: uuid.UUID | None = None
    request_id: str | None = Field(default=None, max_length=128)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    # The hash chain of the stream (see infra/db/chain.py): set once, at insert.
    chain_seq: int = Field(sa_type=sa.BigInteger)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)

    __table_args__ = (
        sa.UniqueConstraint("complaint_id", "chain_seq"),
        sa.Index("ix_complaint_events_complaint_at", "complaint_id", "at", "id"),
    )


class ComplainantSecretRow(SQLModel, table=True):
    """The hash of the secret given once to whoever filed a case: with the tracking code it
    lets them rate the case and ask to reopen it."""

    __tablename__ = "complainant_secrets"

    complaint_id: uuid.UUID = Field(primary_key=True, foreign_key="complaints.id")
    secret_hash: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)


class ComplaintRatingRow(SQLModel, table=True):
    """The complainant's satisfaction rating of a resolved case (at most one per case)."""

    __tablename__ = "complaint_ratings"

    complaint_id: uuid.UUID = Field(primary_key=True, foreign_key="complaints.id")
    score: int
    comment: str | None = Field(default=None, sa_type=sa.Text)
    rated_at: datetime = Field(sa_type=UTCDateTime)

    __table_args__ = (sa.CheckConstraint("score BETWEEN 1 AND 5", name="score"),)


class CaseNumberCounterRow(SQLModel, table=True):
    """The last case-number serial handed out per Buddhist-era year."""

    __tablename__ = "case_number_counters"

    year_be: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last: int


class IdempotencyKeyRow(SQLModel, table=True):
    """Idempotency-Key records: the resource and a hash of the request, never a body."""

    __tablename__ = "idempotency_keys"

    scope: str = Field(primary_key=True, max_length=100)
    key: str = Field(primary_key=True, max_length=255)
    request_hash: str = Field(max_length=64)
    resource_id: uuid.UUID
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


# --- privacy and attachments -------------------------------------------------------------------


class PrivacyNoticeRow(SQLModel, table=True):
    """Published versions of the privacy notice; immutable once published."""

    __tablename__ = "privacy_notices"

    version: str = Field(primary_key=True, max_length=50)
    text_th: str
    text_en: str
    published_at: datetime = Field(sa_type=UTCDateTime, index=True)


class PersonalDataAccessRow(SQLModel, table=True):
    """Append-only: every response that showed personal data unmasked — a complainant's
    (complaint_id) or an activity's named participants' (activity_id); exactly one is set."""

    __tablename__ = "personal_data_access_log"

    id: uuid.UUID = Field(primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    actor_kind: str = Field(max_length=16)
    actor_id: uuid.UUID | None = Field(default=None)
    complaint_id: uuid.UUID | None = Field(default=None, foreign_key="complaints.id")
    activity_id: uuid.UUID | None = Field(default=None, foreign_key="activities.id")
    fields: list[str] = Field(default_factory=list, sa_type=json_type())
    purpose: str = Field(max_length=32)
    request_id: str | None = Field(default=None, max_length=128)
    # The hash chain of the entry's subject (see infra/db/chain.py), set once, at insert:
    # `complaint:<id>` or `activity:<id>`; each stream is chained on its own.
    stream: str = Field(sa_type=sa.Text)
    chain_seq: int = Field(sa_type=sa.BigInteger)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)

    __table_args__ = (
        sa.Index("uq_pd_access_stream_seq", "stream", "chain_seq", unique=True),
        sa.Index("ix_pd_access_at_id", "at", "id"),
        sa.Index("ix_pd_access_complaint_at", "complaint_id", "at"),
        sa.Index("ix_pd_access_activity_at", "activity_id", "at"),
        sa.Index("ix_pd_access_actor_at", "actor_id", "at"),
        sa.CheckConstraint("(complaint_id IS NULL) <> (activity_id IS NULL)", name="subject"),
    )


class LegalHoldRow(SQLModel, table=True):
    """Processing of a case restricted (PDPA s. 34, or a court's or OMB's order): no erasure,
    no retention purge, until an officer releases it (placing and releasing are audited)."""

    __tablename__ = "legal_holds"

    complaint_id: uuid.UUID = Field(primary_key=True, foreign_key="complaints.id")
    reason: str = Field(sa_type=sa.Text)
    placed_at: datetime = Field(sa_type=UTCDateTime)
    placed_by: uuid.UUID | None = None


class RetentionPermitRow(SQLModel, table=True):
    """SQLite's counterpart of PostgreSQL's `fasttrack.retention_before` setting: while a row
    names an append-only table, its DELETE trigger lets through rows older than `before`.
    Written and removed by the retention purge inside its own transaction."""

    __tablename__ = "retention_permits"

    log_table: str = Field(primary_key=True, max_length=64)
    before: datetime = Field(sa_type=UTCDateTime)


class AttachmentRow(SQLModel, table=True):
    """Metadata of a case's attachment; the bytes are in file storage."""

    __tablename__ = "attachments"

    id: uuid.UUID = Field(primary_key=True)
    complaint_id: uuid.UUID = Field(foreign_key="complaints.id", index=True)
    filename: str = Field(max_length=200)
    content_type: str = Field(max_length=100)
    size: int
    sha256: str = Field(max_length=64)
    visibility: Visibility = Field(sa_type=enum_type(Visibility, "attachments", "visibility"))
    uploaded_by_kind: str = Field(max_length=16)
    uploaded_by_id: uuid.UUID | None = None
    created_at: datetime = Field(sa_type=UTCDateTime)
    storage_key: str = Field(max_length=200)


# --- SLA ---------------------------------------------------------------------------------------


class SlaPolicyRow(SQLModel, table=True):
    """The SLA policy of one SLA class: working hours and targets (minutes of business time)."""

    __tablename__ = "sla_policies"

    sla_class: str = Field(primary_key=True, max_length=32)
    always_open: bool = False
    weekdays: list[int] = Field(default_factory=list, sa_type=json_type())
    start_time: str = Field(max_length=5)
    end_time: str = Field(max_length=5)
    targets: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    fast_track_targets: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    due_soon_share: float = 0.25
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class ClosureDayRow(SQLModel, table=True):
    """Special days off announced by the cabinet, added by admins."""

    __tablename__ = "closure_days"

    day: date = Field(primary_key=True)
    reason: str = Field(max_length=300)
    created_at: datetime = Field(sa_type=UTCDateTime)


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


# --- activities (MOU areas 2-5) ----------------------------------------------------------------


class ActivityRow(SQLModel, table=True):
    """An outreach activity; its districts, organisers and named participants are rows of
    their own. Outcome counts are JSON objects ({role: n}, {district code: n})."""

    __tablename__ = "activities"

    id: uuid.UUID = Field(primary_key=True)
    type: ActivityType = Field(sa_type=enum_type(ActivityType, "activities", "type"))
    mou_area_id: int = Field(foreign_key="mou_areas.id")
    title: str = Field(max_length=300)
    description: str | None = None
    venue: str | None = Field(default=None, max_length=500)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    status: ActivityStatus = Field(sa_type=enum_type(ActivityStatus, "activities", "status"))
    status_reason: str | None = None
    postponed_from: datetime | None = Field(default=None, sa_type=UTCDateTime)
    target_groups: list[Any] = Field(default_factory=list, sa_type=json_type())
    legal_consultations: int | None = None
    participants_by_role: dict[str, Any] | None = Field(default=None, sa_type=json_type())
    participants_by_district: dict[str, Any] | None = Field(default=None, sa_type=json_type())
    outcome_notes: str | None = None
    outcome_recorded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by: uuid.UUID | None = None
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1

    __table_args__ = (
        sa.Index("ix_activities_starts_at_id", "starts_at", "id"),
        sa.Index("ix_activities_mou_area_starts_at", "mou_area_id", "starts_at", "id"),
    )


class ActivityDistrictRow(SQLModel, table=True):
    __tablename__ = "activity_districts"

    activity_id: uuid.UUID = Field(
        primary_key=True, foreign_key="activities.id", ondelete="CASCADE"
    )
    district_code: str = Field(
        primary_key=True, max_length=4, foreign_key="districts.code", index=True
    )


class ActivityOrganiserRow(SQLModel, table=True):
    __tablename__ = "activity_organisers"

    activity_id: uuid.UUID = Field(
        primary_key=True, foreign_key="activities.id", ondelete="CASCADE"
    )
    agency_id: uuid.UUID = Field(primary_key=True, foreign_key="agencies.id", index=True)


class ActivityParticipantRow(SQLModel, table=True):
    """A participant recorded by name, with the PDPA consent that allows it: personal data."""

    __tablename__ = "activity_participants"

    id: uuid.UUID = Field(primary_key=True)
    activity_id: uuid.UUID = Field(foreign_key="activities.id", ondelete="CASCADE", index=True)
    position: int
    name: str = Field(max_length=200)
    role: ParticipantRole = Field(
        sa_type=enum_type(ParticipantRole, "activity_participants", "role")
    )
    district_code: str | None = Field(default=None, max_length=4, foreign_key="districts.code")
    consent_version: str = Field(max_length=50)
    consent_at: datetime = Field(sa_type=UTCDateTime)


# --- statistics rollups ------------------------------------------------------------------------


class StatsRollupCountRow(SQLModel, table=True):
    """Rollup: cases per value of `dimension` among the OMB-wide cases of one slice (every
    case, or those with `slice_dimension` = `slice_key`), rebuilt by `fasttrack maintenance`."""

    __tablename__ = "stats_rollup_counts"

    slice_dimension: str = Field(primary_key=True, max_length=32)
    slice_key: str = Field(primary_key=True, max_length=64)
    dimension: str = Field(primary_key=True, max_length=32)
    key: str = Field(primary_key=True, max_length=64)
    n: int


class StatsRollupDayRow(SQLModel, table=True):
    """Rollup: cases created per Bangkok day in one slice."""

    __tablename__ = "stats_rollup_days"

    slice_dimension: str = Field(primary_key=True, max_length=32)
    slice_key: str = Field(primary_key=True, max_length=64)
    day: date = Field(primary_key=True)
    n: int


class StatsRollupSlaRow(SQLModel, table=True):
    """Rollup: one SLA milestone of one slice (met, breached, pending; median and p90)."""

    __tablename__ = "stats_rollup_sla"

    slice_dimension: str = Field(primary_key=True, max_length=32)
    slice_key: str = Field(primary_key=True, max_length=64)
    milestone: str = Field(primary_key=True, max_length=32)
    met: int
    breached: int
    pending: int
    median_seconds: float | None = None
    p90_seconds: float | None = None


class StatsRollupRow(SQLModel, table=True):
    """When each rollup was last rebuilt."""

    __tablename__ = "stats_rollups"

    name: str = Field(primary_key=True, max_length=64)
    refreshed_at: datetime = Field(sa_type=UTCDateTime)


class ComplaintChangeRow(SQLModel, table=True):
    """The partners' change feed: one row per case per committed transaction that changed it.

    Writers insert rows with `seq` (an insertion id, taken while the writer holds the case's
    row lock) and no `position`; readers stamp the rows of committed transactions with the
    feed's `position` under a lock only stampers take, and read by `position` (see
    SqlComplaintQueries.changes for the guarantee and its proof)."""

    __tablename__ = "complaint_changes"
    __table_args__ = (
        sa.Index("uq_complaint_changes_position", "position", unique=True),
        sa.Index(
            "ix_complaint_changes_unstamped",
            "seq",
            postgresql_where=sa.text("position IS NULL"),
            sqlite_where=sa.text("position IS NULL"),
        ),
    )

    seq: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
    )
    complaint_id: uuid.UUID = Field(foreign_key="complaints.id", index=True)
    changed_at: datetime = Field(sa_type=UTCDateTime)
    position: int | None = Field(
        default=None, sa_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    )


# --- smart intake ------------------------------------------------------------------------------


class IntakeModelRow(SQLModel, table=True):
    """A stored, versioned suggestion model: `category` (the linear text model's parameters)
    or `roads` (road/soi names per district), as zlib-compressed JSON. The newest of a kind
    is the one in use."""

    __tablename__ = "intake_models"

    version: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
    )
    kind: str = Field(max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime)
    training_cases: int = 0
    cutoff: datetime | None = Field(default=None, sa_type=UTCDateTime)
    metrics: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    payload: bytes = Field(sa_type=sa.LargeBinary)

    __table_args__ = (
        sa.Index("ix_intake_models_kind_version", "kind", "version"),
        sa.CheckConstraint("kind IN ('category', 'roads')", name="kind"),
    )


class IntakeKeywordRuleRow(SQLModel, table=True):
    """Admin-edited keywords of a category: the suggestions until a model is trained."""

    __tablename__ = "intake_keyword_rules"

    category_id: uuid.UUID = Field(primary_key=True, foreign_key="categories.id")
    keywords: list[str] = Field(default_factory=list, sa_type=json_type())
    updated_at: datetime = Field(sa_type=UTCDateTime)


# --- events, notifications, escalation, webhooks -----------------------------------------------


class OutboxEventRow(SQLModel, table=True):
    """The transactional outbox: domain events written in the transaction of their change,
    dispatched afterwards in `seq` order by the job runner (`dispatched_at` once done)."""

    __tablename__ = "outbox_events"

    seq: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
    )
    id: uuid.UUID = Field(unique=True)
    type: str = Field(max_length=64)
    subject_id: uuid.UUID = Field(index=True)
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    dispatched_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=2000)

    __table_args__ = (sa.Index("ix_outbox_events_pending", "dispatched_at", "seq"),)


class EmailNotificationRow(SQLModel, table=True):
    """One e-mail an event causes, rendered when the event is dispatched and sent by the
    runner; (event, recipient) is unique, so a re-dispatched event never mails twice."""

    __tablename__ = "email_notifications"

    id: uuid.UUID = Field(primary_key=True)
    event_id: uuid.UUID
    recipient: str = Field(max_length=320)
    kind: str = Field(max_length=64)
    language: str = Field(max_length=8)
    subject: str = Field(max_length=400)
    text: str
    html: str
    status: str = Field(max_length=16, default="pending")
    attempts: int = Field(default=0)
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=2000)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # The Message-ID this e-mail answers (an acknowledgement threads under the citizen's mail).
    in_reply_to: str | None = Field(default=None, max_length=400)

    __table_args__ = (
        sa.UniqueConstraint("event_id", "recipient"),
        sa.Index("ix_email_notifications_due", "status", "next_attempt_at"),
    )


class SlaAlertRow(SQLModel, table=True):
    """SLA milestones already announced: one row per case, milestone and due time, so a
    scan raises each due-soon or breach event once (a new due time may raise it again)."""

    __tablename__ = "sla_alerts"

    complaint_id: uuid.UUID = Field(primary_key=True, foreign_key="complaints.id")
    milestone: str = Field(primary_key=True, max_length=32)
    due_at: datetime = Field(primary_key=True, sa_type=UTCDateTime)
    raised_at: datetime = Field(sa_type=UTCDateTime)


class NotificationPreferenceRow(SQLModel, table=True):
    """A staff user's choice per kind of notification (no row: the kind's default, on)."""

    __tablename__ = "notification_preferences"

    user_id: uuid.UUID = Field(primary_key=True, foreign_key="users.id", ondelete="CASCADE")
    kind: str = Field(primary_key=True, max_length=64)
    enabled: bool


class EscalationRuleRow(SQLModel, table=True):
    """Who is told when a case reaches an SLA milestone, per SLA class (NULL: every class)."""

    __tablename__ = "escalation_rules"

    id: uuid.UUID = Field(primary_key=True)
    milestone: str = Field(max_length=32)
    sla_class: str | None = Field(default=None, max_length=32)
    notify: list[str] = Field(default_factory=list, sa_type=json_type())
    is_active: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1)


class WebhookSubscriptionRow(SQLModel, table=True):
    """A partner API client's webhook endpoint and its signing secrets."""

    __tablename__ = "webhook_subscriptions"

    id: uuid.UUID = Field(primary_key=True)
    client_id: uuid.UUID = Field(foreign_key="api_clients.id", index=True)
    url: str = Field(max_length=2000)
    event_types: list[str] = Field(default_factory=list, sa_type=json_type())
    secret: str = Field(max_length=200)
    previous_secret: str | None = Field(default=None, max_length=200)
    previous_secret_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    is_active: bool = Field(default=True)
    disabled_reason: str | None = Field(default=None, max_length=300)
    consecutive_failures: int = Field(default=0)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = Field(default=1)


class WebhookDeliveryRow(SQLModel, table=True):
    """One event for one subscription: its payload, state, retry time and attempt log."""

    __tablename__ = "webhook_deliveries"

    id: uuid.UUID = Field(primary_key=True)
    subscription_id: uuid.UUID = Field(foreign_key="webhook_subscriptions.id", ondelete="CASCADE")
    event_id: uuid.UUID
    event_type: str = Field(max_length=64)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    status: str = Field(max_length=16)
    attempts: int = Field(default=0)
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    log: list[dict[str, Any]] = Field(default_factory=list, sa_type=json_type())
    created_at: datetime = Field(sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    __table_args__ = (
        sa.UniqueConstraint("subscription_id", "event_id"),
        sa.Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
        sa.Index("ix_webhook_deliveries_subscription", "subscription_id", "created_at"),
    )


# --- the LINE Official Account -------------------------------------------------------------


class LineWebhookEventRow(SQLModel, table=True):
    """The `webhookEventId` of every LINE event handled, so a redelivery does nothing twice;
    purged by maintenance after a while."""

    __tablename__ = "line_webhook_events"

    event_id: str = Field(primary_key=True, max_length=64)
    received_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LineConversationRow(SQLModel, table=True):
    """A report being written in a LINE chat, one per LINE user, until `expires_at`."""

    __tablename__ = "line_conversations"

    user_id: str = Field(primary_key=True, max_length=64)
    step: str = Field(max_length=16)
    language: str = Field(max_length=8)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=json_type())
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LineDeliveryRow(SQLModel, table=True):
    """Outbound LINE work (reply, push, photo fetch), queued in the transaction that decided
    it and sent by the job runner; `key` is unique, so nothing is queued twice."""

    __tablename__ = "line_deliveries"

    id: uuid.UUID = Field(primary_key=True)
    key: str = Field(max_length=100, unique=True)
    kind: str = Field(max_length=16)
    user_id: str = Field(max_length=64)
    reply_token: str | None = Field(default=None, max_length=200)
    messages: list[dict[str, Any]] = Field(default_factory=list, sa_type=json_type())
    complaint_id: uuid.UUID | None = Field(default=None, foreign_key="complaints.id")
    message_id: str | None = Field(default=None, max_length=64)
    status: str = Field(max_length=16, default="pending")
    attempts: int = Field(default=0)
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=2000)
    created_at: datetime = Field(sa_type=UTCDateTime)

    __table_args__ = (sa.Index("ix_line_deliveries_due", "status", "next_attempt_at"),)


class InboundEmailRow(SQLModel, table=True):
    """Every e-mail received at the complaints address, by Message-ID (or the hash of its
    bytes), so a redelivery files nothing twice; the case it filed or joined threads later
    replies. Nothing of the mail's content or sender is kept here."""

    __tablename__ = "inbound_emails"

    key: str = Field(primary_key=True, max_length=400)
    outcome: str = Field(max_length=16, default="received")
    complaint_id: uuid.UUID | None = Field(default=None, foreign_key="complaints.id", index=True)
    received_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LineLinkRow(SQLModel, table=True):
    """A staff user's LINE account (one each way) and where their notifications go."""

    __tablename__ = "line_links"

    user_id: uuid.UUID = Field(primary_key=True, foreign_key="users.id", ondelete="CASCADE")
    line_user_id: str = Field(max_length=64, unique=True)
    linked_at: datetime = Field(sa_type=UTCDateTime)
    notify_via: NotifyVia = Field(
        default=NotifyVia.email, sa_type=enum_type(NotifyVia, "line_links", "notify_via")
    )


class LineLinkCodeRow(SQLModel, table=True):
    """A staff user's one live linking code, as a keyed hash, until `expires_at`."""

    __tablename__ = "line_link_codes"

    user_id: uuid.UUID = Field(primary_key=True, foreign_key="users.id", ondelete="CASCADE")
    code_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
