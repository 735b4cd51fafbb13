"""Privacy notices (PDPA) and the personal-data access log entries."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from domain.shared.principal import Principal


@dataclass(frozen=True)
class PrivacyNotice:
    version: str
    text_th: str
    text_en: str
    published_at: datetime


@dataclass(frozen=True)
class PersonalDataAccess:
    """One response that showed personal data unmasked: a complainant's (`complaint_id`) or
    the names of an activity's named participants (`activity_id`); exactly one is set."""

    id: uuid.UUID
    at: datetime
    actor_kind: str
    actor_id: uuid.UUID | None
    complaint_id: uuid.UUID | None
    fields: tuple[str, ...]
    purpose: str
    request_id: str | None
    activity_id: uuid.UUID | None = None

    @classmethod
    def record(
        cls,
        actor: Principal,
        at: datetime,
        fields: tuple[str, ...],
        purpose: str,
        *,
        complaint_id: uuid.UUID | None = None,
        activity_id: uuid.UUID | None = None,
    ) -> PersonalDataAccess:
        """The entry for showing `actor` these fields of one complaint or one activity."""
        return cls(
            id=uuid.uuid4(),
            at=at,
            actor_kind=actor.kind.value,
            actor_id=actor.recorded_id,
            complaint_id=complaint_id,
            fields=fields,
            purpose=purpose,
            request_id=actor.request_id,
            activity_id=activity_id,
        )

    def __post_init__(self) -> None:
        if (self.complaint_id is None) == (self.activity_id is None):
            raise ValueError("an access is about one complaint or one activity")


@dataclass(frozen=True)
class AccessFilter:
    complaint_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = None
    actor_id: uuid.UUID | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class StreamCut:
    """Entries 1..`through_seq` of one access-log stream deleted by retention: the last
    one's hash anchors the rest of that stream's chain."""

    through_seq: int
    through_hash: str


@dataclass(frozen=True)
class AccessLogPurge:
    """Access-log entries deleted by retention, a prefix of each stream cut (recorded in the
    admin audit log, which `audit verify` reads for where each stream starts again)."""

    deleted: int
    streams: Mapping[str, StreamCut]
