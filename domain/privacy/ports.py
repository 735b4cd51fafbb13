"""Ports for privacy notices and the personal-data access log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.attachment.model import Attachment
from domain.complaint.model import Complaint, TimelineEntry
from domain.privacy.model import AccessFilter, AccessLogPurge, PersonalDataAccess, PrivacyNotice
from domain.privacy.subject import LegalHold, SubjectKeys, SubjectParticipation
from domain.shared.paging import Page, PageRequest


class PrivacyNoticeRepository(Protocol):
    async def current(self) -> PrivacyNotice | None: ...

    async def get(self, version: str) -> PrivacyNotice | None: ...

    async def add(self, notice: PrivacyNotice) -> None: ...


class PersonalDataAccessLog(Protocol):
    async def append_many(self, entries: Sequence[PersonalDataAccess]) -> None: ...

    async def list(self, page: PageRequest, filters: AccessFilter) -> Page[PersonalDataAccess]: ...


class DataSubjectStore(Protocol):
    """Lookups and the few writes the data-subject and retention use cases need beyond the
    repositories: candidates are pre-filtered in the database and confirmed by the caller."""

    async def cases_matching(self, keys: SubjectKeys) -> list[Complaint]:
        """Cases whose complainant contact fields may carry one of the identifiers."""
        ...

    async def entries_mentioning(self, keys: SubjectKeys) -> list[TimelineEntry]:
        """Timeline entries (any case) whose data may contain one of the identifiers."""
        ...

    async def participants_named(self, name: str) -> list[SubjectParticipation]: ...

    async def rename_participant(self, participant_id: uuid.UUID, name: str) -> None: ...

    async def holds(self, complaint_ids: Sequence[uuid.UUID] | None = None) -> list[LegalHold]:
        """The legal holds on these cases (all of them with None), oldest first."""
        ...

    async def add_hold(self, hold: LegalHold) -> bool:
        """Place a hold; False when the case already has one."""
        ...

    async def remove_hold(self, complaint_id: uuid.UUID) -> LegalHold | None: ...

    async def clear_rating_comment(self, complaint_id: uuid.UUID) -> bool: ...

    async def delete_attachment(self, attachment_id: uuid.UUID) -> None: ...

    async def closed_with_contact(self, closed_before: datetime, limit: int) -> list[uuid.UUID]:
        """Cases closed before then whose complainant fields still hold something, not held."""
        ...

    async def attachments_of_closed(self, closed_before: datetime, limit: int) -> list[Attachment]:
        """Attachments of cases closed before then, not held."""
        ...

    async def purge_access_log(self, before: datetime, limit: int) -> AccessLogPurge | None:
        """Delete the oldest access-log entries recorded before then in up to `limit`
        streams (subjects), in each as one prefix of its chain that always keeps the
        stream's newest entry; a case on legal hold keeps all of its entries. None when
        there is nothing (more) to purge."""
        ...
