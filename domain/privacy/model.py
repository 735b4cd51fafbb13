"""Privacy notices (PDPA) and the personal-data access log entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PrivacyNotice:
    version: str
    text_th: str
    text_en: str
    published_at: datetime


@dataclass(frozen=True)
class PersonalDataAccess:
    """One response that showed a complainant's personal data unmasked."""

    id: uuid.UUID
    at: datetime
    actor_kind: str
    actor_id: uuid.UUID | None
    complaint_id: uuid.UUID
    fields: tuple[str, ...]
    purpose: str
    request_id: str | None


@dataclass(frozen=True)
class AccessFilter:
    complaint_id: uuid.UUID | None = None
    actor_id: uuid.UUID | None = None
    since: datetime | None = None
    until: datetime | None = None
