"""Retention: how long each kind of personal data is kept, and the purge the periodic
maintenance runs. Anything on legal hold is skipped; every purge is reported in the admin
audit log. The privacy notice states the same periods (`RetentionPolicy.statement`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.attachment.ports import FileStorage, delete_files
from domain.audit.model import AuditEntry
from domain.privacy.data_subjects import DataSubjectService
from domain.shared.clock import Clock
from domain.shared.principal import SYSTEM
from domain.uow import UnitOfWork

# The admin audit log's record of an access-log purge; `audit verify` reads it for where each
# purged stream starts again (infra/db/chain.py reads the same name).
PURGE_ACCESS_LOG = "retention.purge_access_log"
_YEAR = timedelta(days=365)
_BATCH = 200


@dataclass(frozen=True)
class RetentionPolicy:
    """Years after a case is closed that its complainant's personal data and its attachments
    are kept, and years the personal-data access log keeps an entry."""

    case_personal_data_years: int
    attachment_years: int
    access_log_years: int

    def horizons(self, now: datetime) -> tuple[datetime, datetime, datetime]:
        return (
            now - self.case_personal_data_years * _YEAR,
            now - self.attachment_years * _YEAR,
            now - self.access_log_years * _YEAR,
        )

    def statement(self) -> tuple[str, str]:
        """The retention paragraph of the privacy notice (Thai, English)."""
        th = (
            f"ระยะเวลาการเก็บรักษาข้อมูล: ข้อมูลส่วนบุคคลของผู้ร้องเรียนเก็บไว้ "
            f"{self.case_personal_data_years} ปีนับแต่ปิดเรื่อง แล้วจึงลบหรือทำให้ไม่สามารถระบุตัวตนได้ "
            f"ไฟล์แนบเก็บไว้ {self.attachment_years} ปีนับแต่ปิดเรื่อง "
            f"บันทึกการเข้าถึงข้อมูลส่วนบุคคลเก็บไว้ {self.access_log_years} ปี "
            "เว้นแต่มีคำสั่งระงับการลบตามกฎหมาย"
        )
        en = (
            f"Retention: a complainant's personal data is kept for "
            f"{self.case_personal_data_years} years after the case is closed, then erased or "
            f"anonymised; attachments for {self.attachment_years} years after closure; the "
            f"record of who accessed personal data for {self.access_log_years} years; unless a "
            "legal hold requires them to be kept."
        )
        return th, en

    def placeholders(self) -> dict[str, str]:
        """What a published notice may write instead of a number: `{retention_case_years}`
        and the like are replaced with the configured periods when the notice is read."""
        return {
            "{retention_case_years}": str(self.case_personal_data_years),
            "{retention_attachment_years}": str(self.attachment_years),
            "{retention_access_log_years}": str(self.access_log_years),
        }

    def render(self, text: str, language: str) -> str:
        """A notice's text with the periods filled in; a text that states none of them gets
        the retention paragraph appended, so the periods shown are always the ones applied."""
        rendered = text
        for token, value in self.placeholders().items():
            rendered = rendered.replace(token, value)
        if rendered == text:
            th, en = self.statement()
            rendered = f"{text.rstrip()}\n\n{th if language == 'th' else en}"
        return rendered


@dataclass(frozen=True)
class RetentionReport:
    anonymised_cases: int = 0
    deleted_attachments: int = 0
    purged_access_entries: int = 0


class RetentionService:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        policy: RetentionPolicy,
        storage: FileStorage | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._policy = policy
        self._storage = storage
        self._subjects = DataSubjectService(uow, clock, storage)

    async def purge(self) -> RetentionReport:
        """One pass (idempotent): anonymise the complainants of cases closed longer ago than
        the case period, delete the attachments of cases closed longer ago than the
        attachment period, and drop access-log entries older than the log period. Cases on
        legal hold, and access-log entries about them (and every later one), are kept."""
        now = self._clock.now()
        cases_before, files_before, log_before = self._policy.horizons(now)
        return RetentionReport(
            await self._anonymise(cases_before),
            await self._attachments(files_before),
            await self._access_log(log_before),
        )

    async def _anonymise(self, before: datetime) -> int:
        done = 0
        seen: set[object] = set()
        why = f"retention: closed more than {self._policy.case_personal_data_years} years ago"
        while True:
            async with self._uow() as uow:
                ids = await uow.data_subjects.closed_with_contact(before, _BATCH)
            if not ids or seen.issuperset(ids):
                break
            seen.update(ids)
            for complaint_id in ids:
                async with self._uow() as uow:
                    _, files = await self._subjects.anonymise(uow, SYSTEM, complaint_id, why)
                    await uow.commit()
                await delete_files(self._storage, files)
                done += 1
            if len(ids) < _BATCH:
                break
        if done:
            await self._report("retention.anonymise_cases", {"cases": done, "before": before})
        return done

    async def _attachments(self, before: datetime) -> int:
        done = 0
        while True:
            async with self._uow() as uow:
                found = await uow.data_subjects.attachments_of_closed(before, _BATCH)
                for a in found:
                    await uow.data_subjects.delete_attachment(a.id)
                await uow.commit()
            await delete_files(self._storage, [a.storage_key for a in found])
            done += len(found)
            if len(found) < _BATCH:
                break
        if done:
            await self._report(
                "retention.delete_attachments", {"attachments": done, "before": before}
            )
        return done

    async def _access_log(self, before: datetime) -> int:
        """In batches of streams, each batch in its own transaction with one admin audit
        entry naming, per stream it cut, where that stream starts again."""
        deleted = 0
        while True:
            async with self._uow() as uow:
                purge = await uow.data_subjects.purge_access_log(before, _BATCH)
                if purge is None:
                    return deleted
                await uow.audit.append(
                    AuditEntry.record(
                        SYSTEM,
                        self._clock.now(),
                        PURGE_ACCESS_LOG,
                        "personal_data_access_log",
                        "retention",
                        after={
                            "deleted": purge.deleted,
                            "streams": {
                                stream: {
                                    "through_seq": cut.through_seq,
                                    "through_hash": cut.through_hash,
                                }
                                for stream, cut in purge.streams.items()
                            },
                            "before": before.isoformat(),
                            "years": self._policy.access_log_years,
                        },
                    )
                )
                await uow.commit()
            deleted += purge.deleted
            if len(purge.streams) < _BATCH:
                return deleted

    async def _report(self, action: str, after: dict[str, object]) -> None:
        values = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in after.items()}
        async with self._uow() as uow:
            await uow.audit.append(
                AuditEntry.record(
                    SYSTEM,
                    self._clock.now(),
                    action,
                    "retention",
                    action.split(".")[1],
                    after=values,
                )
            )
            await uow.commit()
