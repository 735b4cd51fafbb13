"""HTTP schemas of data-subject requests (PDPA) and legal holds."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import Field

from api.audit.schemas import FieldValue
from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.privacy.data_subjects import CaseChange
from domain.privacy.subject import (
    LegalHold,
    SubjectAttachment,
    SubjectCase,
    SubjectEntry,
    SubjectKeys,
    SubjectParticipation,
    SubjectRecord,
)


class DataSubjectQuery(InputModel):
    """Who the request is about: at least one identifier. Phone numbers match in any Thai
    form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
    a national id (13 digits, checked) is found where someone typed it into a case or a
    note; a name matches complainants and activity participants as written (up to spaces)."""

    phone: str | None = Field(default=None, min_length=1, max_length=32)
    email: str | None = Field(default=None, min_length=1, max_length=320)
    national_id: str | None = Field(default=None, min_length=1, max_length=32)
    line_user_id: str | None = Field(default=None, min_length=1, max_length=100)
    name: str | None = Field(default=None, min_length=1, max_length=200)

    def keys(self, loc: tuple[str, ...] = ("subject",)) -> SubjectKeys:
        return SubjectKeys.parse(
            phone=self.phone,
            email=self.email,
            national_id=self.national_id,
            line_user_id=self.line_user_id,
            name=self.name,
            loc=loc,
        )


class ContactCorrection(InputModel):
    """The corrected contact fields; a field left out is kept, `null` clears it."""

    name: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=320)
    line_user_id: str | None = Field(default=None, max_length=100)


class DataSubjectRectification(InputModel):
    subject: DataSubjectQuery
    changes: ContactCorrection
    reason: str = Field(min_length=1, max_length=2000)


class DataSubjectErasure(InputModel):
    subject: DataSubjectQuery
    reason: str = Field(min_length=1, max_length=2000)


class DataSubjectRestriction(InputModel):
    subject: DataSubjectQuery
    reason: str = Field(min_length=1, max_length=2000)


class LegalHoldCreate(InputModel):
    complaint_id: uuid.UUID
    reason: str = Field(min_length=1, max_length=2000)


class LegalHoldRead(OutputModel):
    """A case whose processing is restricted: no erasure, no retention purge."""

    complaint_id: uuid.UUID
    case_number: str | None
    reason: str
    placed_at: UtcDateTime
    placed_by: uuid.UUID | None

    @classmethod
    def of(cls, h: LegalHold) -> LegalHoldRead:
        return cls(
            complaint_id=h.complaint_id,
            case_number=h.case_number,
            reason=h.reason,
            placed_at=h.placed_at,
            placed_by=h.placed_by,
        )


class LegalHoldList(OutputModel):
    items: list[LegalHoldRead]


class SubjectContactRead(OutputModel):
    name: str | None
    phone: str | None
    email: str | None
    line_user_id: str | None


class DataSubjectCaseRead(OutputModel):
    """A case the subject filed (their contact fields `matched_on` the identifiers)."""

    complaint_id: uuid.UUID
    case_number: str
    status: str
    created_at: UtcDateTime
    closed_at: UtcDateTime | None
    title: str
    description: str
    complainant: SubjectContactRead
    matched_on: list[str]
    consent_version: str | None
    consent_at: UtcDateTime | None
    legal_hold: LegalHoldRead | None

    @classmethod
    def of(cls, c: SubjectCase) -> DataSubjectCaseRead:
        k = c.contact
        return cls(
            complaint_id=c.complaint_id,
            case_number=c.case_number,
            status=c.status,
            created_at=c.created_at,
            closed_at=c.closed_at,
            title=c.title,
            description=c.description,
            complainant=SubjectContactRead(
                name=k.name, phone=k.phone, email=k.email, line_user_id=k.line_user_id
            ),
            matched_on=list(c.matched_on),
            consent_version=c.consent_version,
            consent_at=c.consent_at,
            legal_hold=LegalHoldRead.of(c.legal_hold) if c.legal_hold else None,
        )


class DataSubjectEntryRead(OutputModel):
    """A timeline entry the subject wrote (`by_subject`) or that names them (`matched_on`)."""

    id: uuid.UUID
    complaint_id: uuid.UUID
    at: UtcDateTime
    kind: str
    visibility: str
    by_subject: bool
    matched_on: list[str]
    data: dict[str, FieldValue]
    redacted: bool

    @classmethod
    def of(cls, e: SubjectEntry) -> DataSubjectEntryRead:
        return cls(
            id=e.id,
            complaint_id=e.complaint_id,
            at=e.at,
            kind=e.kind,
            visibility=e.visibility,
            by_subject=e.by_subject,
            matched_on=list(e.matched_on),
            data=e.data,
            redacted=e.redacted,
        )


class DataSubjectAttachmentRead(OutputModel):
    id: uuid.UUID
    complaint_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    created_at: UtcDateTime
    by_subject: bool

    @classmethod
    def of(cls, a: SubjectAttachment) -> DataSubjectAttachmentRead:
        return cls(
            id=a.id,
            complaint_id=a.complaint_id,
            filename=a.filename,
            content_type=a.content_type,
            size=a.size,
            created_at=a.created_at,
            by_subject=a.by_subject,
        )


class DataSubjectParticipationRead(OutputModel):
    participant_id: uuid.UUID
    activity_id: uuid.UUID
    activity_title: str
    starts_at: UtcDateTime
    name: str
    role: str
    district_code: str | None
    consent_version: str
    consent_at: UtcDateTime

    @classmethod
    def of(cls, p: SubjectParticipation) -> DataSubjectParticipationRead:
        return cls(**p.__dict__)


class DataSubjectRead(OutputModel):
    """Everything held about the person: the cases they filed, the timeline entries they
    wrote or that name them, the attachments of their cases, their named participations in
    activities, and entries of other people's cases that name them (`mentions`)."""

    identifiers: list[str] = Field(description="Which identifiers the search used")
    cases: list[DataSubjectCaseRead]
    entries: list[DataSubjectEntryRead]
    attachments: list[DataSubjectAttachmentRead]
    participations: list[DataSubjectParticipationRead]
    mentions: list[DataSubjectEntryRead]

    @classmethod
    def of(cls, r: SubjectRecord, **extra: Any) -> Any:
        return cls(
            identifiers=sorted(r.keys.given),
            cases=[DataSubjectCaseRead.of(c) for c in r.cases],
            entries=[DataSubjectEntryRead.of(e) for e in r.entries],
            attachments=[DataSubjectAttachmentRead.of(a) for a in r.attachments],
            participations=[DataSubjectParticipationRead.of(p) for p in r.participations],
            mentions=[DataSubjectEntryRead.of(e) for e in r.mentions],
            **extra,
        )


class DataSubjectExport(DataSubjectRead):
    """The file handed to the data subject: their own data only (staff-only entries left
    out, other people's phone numbers, e-mails and ids replaced, mentions by date alone)."""

    generated_at: UtcDateTime
    format: str = Field(description="`fasttrack.data-subject-export/1`")


class CaseChangeRead(OutputModel):
    complaint_id: uuid.UUID
    case_number: str
    fields: list[str]
    redacted_entries: int
    deleted_attachments: int

    @classmethod
    def of(cls, c: CaseChange) -> CaseChangeRead:
        return cls(
            complaint_id=c.complaint_id,
            case_number=c.case_number,
            fields=list(c.fields),
            redacted_entries=c.redacted_entries,
            deleted_attachments=c.deleted_attachments,
        )


class DataSubjectRectificationRead(OutputModel):
    cases: list[CaseChangeRead]


class DataSubjectErasureRead(OutputModel):
    cases: list[CaseChangeRead]
    participations: int = Field(description="Named activity participations anonymised")
