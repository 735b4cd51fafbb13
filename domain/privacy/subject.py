"""A data subject (PDPA): the identifiers a person is found by, normalised, and what is held
about them — their cases, timeline entries, attachments and activity participations."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.errors import FieldError, InvalidValue
from domain.privacy.masking import ContactDetails, mask_email, mask_line_id, mask_name, mask_phone

# Who a timeline entry or an attachment is by when the complainant wrote it.
SUBJECT_AUTHORS = frozenset({"public", "complainant"})

_PHONE_IN_TEXT = re.compile(r"(?<![\d])\+?[\d๐-๙][\d๐-๙\s().-]{7,18}[\d๐-๙]")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGITS13_IN_TEXT = re.compile(r"(?<!\d)\d(?:[\s-]?\d){12}(?!\d)")


def _digits(text: str) -> str:
    return "".join(
        str(unicodedata.decimal(c)) for c in text if unicodedata.decimal(c, None) is not None
    )


def normalize_phone(text: str) -> str | None:
    """A Thai phone number as its ten (mobile) or nine (fixed line) national digits:
    `+66 81-234-5678`, `0066812345678`, `66812345678` and `081 234 5678` are one number.
    None for text that is no Thai number."""
    digits = _digits(text)
    if text.strip().startswith("+") or digits.startswith("00"):
        digits = digits.removeprefix("00")
        if not digits.startswith("66"):
            return None
    if digits.startswith("66") and len(digits) in (10, 11, 12):
        # +66 (0)81 ...: the trunk 0 is sometimes written after the country code.
        digits = "0" + digits[2:].lstrip("0")
    if digits.startswith("0") and len(digits) in (9, 10):
        return digits
    return None


def normalize_email(text: str) -> str | None:
    value = unicodedata.normalize("NFKC", text).strip().casefold()
    local, at, domain = value.rpartition("@")
    return value if at and local and "." in domain else None


def valid_national_id(digits: str) -> bool:
    """The 13-digit Thai national id with its check digit (mod 11)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def normalize_national_id(text: str) -> str | None:
    digits = _digits(text)
    return digits if valid_national_id(digits) else None


def normalize_line_id(text: str) -> str | None:
    value = text.strip()
    return value or None


def normalize_name(text: str) -> str | None:
    """Names match as written, up to spacing and letter case (Thai has no case)."""
    value = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return value or None


@dataclass(frozen=True)
class SubjectKeys:
    """The identifiers a person is looked up by, each normalised; at least one is given.
    National ids are not a field of any record: they are found where someone typed them."""

    phone: str | None = None
    email: str | None = None
    national_id: str | None = None
    line_user_id: str | None = None
    name: str | None = None

    @classmethod
    def parse(
        cls,
        *,
        phone: str | None = None,
        email: str | None = None,
        national_id: str | None = None,
        line_user_id: str | None = None,
        name: str | None = None,
        loc: tuple[str, ...] = ("subject",),
    ) -> SubjectKeys:
        """The identifiers normalised; problems name the field under `loc` (where the
        identifiers sit in the request)."""
        errors: list[FieldError] = []
        values: dict[str, str | None] = {}
        given = {
            "phone": (phone, normalize_phone, "not a Thai phone number"),
            "email": (email, normalize_email, "not an e-mail address"),
            "national_id": (national_id, normalize_national_id, "not a valid Thai national id"),
            "line_user_id": (line_user_id, normalize_line_id, "empty"),
            "name": (name, normalize_name, "empty"),
        }
        for key, (raw, normalize, problem) in given.items():
            if raw is None:
                values[key] = None
                continue
            value = normalize(raw)
            if value is None:
                errors.append(FieldError((*loc, key), problem, "value_error"))
            values[key] = value
        if errors:
            raise InvalidValue("The data subject's identifiers are not valid.", errors=errors)
        keys = cls(**values)
        if not keys.given:
            raise InvalidValue(
                "Give at least one identifier: phone, email, national_id, line_user_id or name.",
                code="data_subject.no_identifier",
                errors=[FieldError(loc, "at least one identifier", "missing")],
            )
        return keys

    @property
    def given(self) -> dict[str, str]:
        return {
            k: v
            for k, v in (
                ("phone", self.phone),
                ("email", self.email),
                ("national_id", self.national_id),
                ("line_user_id", self.line_user_id),
                ("name", self.name),
            )
            if v is not None
        }

    @property
    def reference(self) -> str:
        """A stable pseudonym of the request's identifiers for the audit log, which must not
        hold them in clear (it is append-only: nothing in it can be erased later)."""
        body = "\n".join(f"{k}={v}" for k, v in sorted(self.given.items()))
        return "ds_" + hashlib.sha256(body.encode()).hexdigest()[:40]

    def matches_contact(self, contact: ContactDetails) -> tuple[str, ...]:
        """Which of the identifiers a complainant's contact fields carry."""
        found = []
        if self.phone and contact.phone and normalize_phone(contact.phone) == self.phone:
            found.append("phone")
        if self.email and contact.email and normalize_email(contact.email) == self.email:
            found.append("email")
        if self.line_user_id and contact.line_user_id == self.line_user_id:
            found.append("line_user_id")
        if self.name and contact.name and normalize_name(contact.name) == self.name:
            found.append("name")
        return tuple(found)

    def mentioned_in(self, text: str) -> tuple[str, ...]:
        """Which identifiers appear in free text (a note, a description)."""
        found = []
        if self.phone and any(
            normalize_phone(m.group()) == self.phone for m in _PHONE_IN_TEXT.finditer(text)
        ):
            found.append("phone")
        if self.email and any(
            normalize_email(m.group()) == self.email for m in _EMAIL_IN_TEXT.finditer(text)
        ):
            found.append("email")
        if self.national_id and any(
            _digits(m.group()) == self.national_id for m in _DIGITS13_IN_TEXT.finditer(text)
        ):
            found.append("national_id")
        if self.line_user_id and self.line_user_id in text:
            found.append("line_user_id")
        if self.name and self.name in (normalize_name(text) or ""):
            found.append("name")
        return tuple(found)

    def probes(self) -> list[str]:
        """Short substrings every stored form of the identifiers contains, for a database
        pre-filter (`LIKE`) whose hits `matches_contact` / `mentioned_in` then confirm."""
        out = []
        if self.phone:
            out.append(self.phone[-4:])
        if self.email:
            out.append(self.email)
        if self.national_id:
            out.append(self.national_id[-4:])
        if self.line_user_id:
            out.append(self.line_user_id)
        return out


def scrub_others(text: str, keys: SubjectKeys) -> str:
    """Free text with every phone number, e-mail address and national id that is not the
    subject's own replaced by a placeholder: an export carries nobody else's."""

    def phone(m: re.Match[str]) -> str:
        n = normalize_phone(m.group())
        return m.group() if n is None or n == keys.phone else "[โทรศัพท์]"

    def email(m: re.Match[str]) -> str:
        return m.group() if normalize_email(m.group()) == keys.email else "[อีเมล]"

    def national(m: re.Match[str]) -> str:
        return m.group() if _digits(m.group()) == keys.national_id else "[เลขประจำตัว]"

    text = _EMAIL_IN_TEXT.sub(email, text)
    text = _DIGITS13_IN_TEXT.sub(national, text)
    return _PHONE_IN_TEXT.sub(phone, text)


ERASED = "[ลบแล้ว]"


def scrub_subject(text: str, keys: SubjectKeys, contact: ContactDetails) -> str:
    """Free text with the subject's own identifiers (and name as written in their contact)
    replaced: what an erasure leaves of a description they wrote."""

    def phone(m: re.Match[str]) -> str:
        return ERASED if keys.phone and normalize_phone(m.group()) == keys.phone else m.group()

    def email(m: re.Match[str]) -> str:
        return ERASED if keys.email and normalize_email(m.group()) == keys.email else m.group()

    def national(m: re.Match[str]) -> str:
        same = keys.national_id and _digits(m.group()) == keys.national_id
        return ERASED if same else m.group()

    text = _EMAIL_IN_TEXT.sub(email, text)
    text = _DIGITS13_IN_TEXT.sub(national, text)
    text = _PHONE_IN_TEXT.sub(phone, text)
    for value in (keys.line_user_id, contact.line_user_id, contact.name):
        if value:
            text = text.replace(value, ERASED)
    return text


def keys_of(contact: ContactDetails) -> SubjectKeys | None:
    """The identifiers a complainant's own contact fields give (None: there are none)."""
    keys = SubjectKeys(
        phone=normalize_phone(contact.phone) if contact.phone else None,
        email=normalize_email(contact.email) if contact.email else None,
        line_user_id=normalize_line_id(contact.line_user_id) if contact.line_user_id else None,
        name=normalize_name(contact.name) if contact.name else None,
    )
    return keys if keys.given else None


def text_of(data: Mapping[str, Any]) -> str:
    """Every string in an entry's data, for `mentioned_in`."""
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, Mapping):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    walk(data)
    return "\n".join(parts)


def masked_contact(contact: ContactDetails) -> dict[str, str | None]:
    """A contact as the audit log may keep it: masked (the log cannot be erased later)."""
    return {
        "name": mask_name(contact.name) if contact.name else None,
        "phone": mask_phone(contact.phone) if contact.phone else None,
        "email": mask_email(contact.email) if contact.email else None,
        "line_user_id": mask_line_id(contact.line_user_id) if contact.line_user_id else None,
    }


# --- what is held about a subject -------------------------------------------------------------


@dataclass(frozen=True)
class SubjectEntry:
    """A timeline entry by the subject or naming them."""

    id: uuid.UUID
    complaint_id: uuid.UUID
    at: datetime
    kind: str
    visibility: str
    by_subject: bool
    matched_on: tuple[str, ...]
    data: dict[str, Any]
    redacted: bool


@dataclass(frozen=True)
class SubjectAttachment:
    id: uuid.UUID
    complaint_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    created_at: datetime
    by_subject: bool


@dataclass(frozen=True)
class SubjectCase:
    """A case whose complainant is the subject (`matched_on` their contact fields)."""

    complaint_id: uuid.UUID
    case_number: str
    status: str
    created_at: datetime
    closed_at: datetime | None
    title: str
    description: str
    contact: ContactDetails
    matched_on: tuple[str, ...]
    consent_version: str | None
    consent_at: datetime | None
    legal_hold: LegalHold | None = None


@dataclass(frozen=True)
class SubjectParticipation:
    """A named participation in an MOU activity."""

    participant_id: uuid.UUID
    activity_id: uuid.UUID
    activity_title: str
    starts_at: datetime
    name: str
    role: str
    district_code: str | None
    consent_version: str
    consent_at: datetime


@dataclass(frozen=True)
class LegalHold:
    """Processing restricted on a case: no erasure, no retention purge, until released."""

    complaint_id: uuid.UUID
    reason: str
    placed_at: datetime
    placed_by: uuid.UUID | None
    case_number: str | None = None


@dataclass(frozen=True)
class SubjectRecord:
    """Everything found about one data subject."""

    keys: SubjectKeys
    cases: tuple[SubjectCase, ...]
    entries: tuple[SubjectEntry, ...]
    attachments: tuple[SubjectAttachment, ...]
    participations: tuple[SubjectParticipation, ...]
    # Cases of other people whose timeline names the subject (ids only in exports).
    mentions: tuple[SubjectEntry, ...] = field(default=())

    @property
    def case_ids(self) -> list[uuid.UUID]:
        return [c.complaint_id for c in self.cases]

    def counts(self) -> dict[str, int]:
        return {
            "cases": len(self.cases),
            "entries": len(self.entries),
            "attachments": len(self.attachments),
            "participations": len(self.participations),
            "mentions": len(self.mentions),
        }


def ids(values: Iterable[uuid.UUID]) -> list[str]:
    return sorted(str(v) for v in values)
