"""Use cases: publish and read the privacy notice; read the personal-data access log."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from domain.audit.model import AuditEntry
from domain.errors import Conflict, FieldError, Forbidden, InvalidValue, NotFound
from domain.policy import Action, Resource, ResourceKind, may
from domain.privacy.model import AccessFilter, PersonalDataAccess, PrivacyNotice
from domain.privacy.retention import RetentionPolicy
from domain.shared.clock import Clock
from domain.shared.paging import Page, PageRequest
from domain.shared.principal import Principal
from domain.uow import UnitOfWork


class NoPrivacyNotice(NotFound):
    code = "privacy_notice.not_found"
    title = "No privacy notice is published"
    title_th = "ยังไม่มีประกาศความเป็นส่วนตัว"


class ConsentRequired(InvalidValue):
    code = "privacy.consent_required"
    title = "Consent to the privacy notice is required"
    title_th = "ต้องยินยอมตามประกาศความเป็นส่วนตัว"


class ConsentOutdated(InvalidValue):
    code = "privacy.consent_outdated"
    title = "Consent was given to a superseded privacy notice"
    title_th = "ความยินยอมเป็นของประกาศความเป็นส่วนตัวฉบับเก่า"


def require_consent(
    version: str | None, known: PrivacyNotice | None, current: PrivacyNotice | None
) -> None:
    """Intake needs consent to the notice in force (`current`): none, an unknown version or
    a superseded one is refused, saying why; the problem names the current version
    (`current_version`) so a client can show that notice and ask again."""
    if version is None or not version.strip():
        raise ConsentRequired(
            "The complainant must consent to the privacy notice (give the version shown).",
            detail_th="ผู้ร้องต้องให้ความยินยอมตามประกาศความเป็นส่วนตัว (ระบุฉบับที่แสดง)",
            errors=[
                FieldError(("consent",), "consent to the privacy notice is required", "missing")
            ],
        )
    if known is None:
        raise ConsentRequired(
            f"Privacy notice version {version!r} does not exist.",
            detail_th=f"ไม่พบประกาศความเป็นส่วนตัวฉบับ {version!r}",
            errors=[FieldError(("consent", "notice_version"), "unknown version", "value_error")],
            extra={"current_version": current.version} if current else None,
        )
    if current is not None and known.version != current.version:
        raise ConsentOutdated(
            f"Privacy notice version {version!r} is superseded by {current.version!r}; "
            "show the current notice and ask for consent to it.",
            detail_th=(
                f"ประกาศความเป็นส่วนตัวฉบับ {version!r} ถูกแทนที่ด้วยฉบับ {current.version!r} "
                "แล้ว โปรดแสดงฉบับปัจจุบันและขอความยินยอมใหม่"
            ),
            errors=[
                FieldError(
                    ("consent", "notice_version"),
                    f"superseded: the current version is {current.version}",
                    "consent_outdated",
                )
            ],
            extra={"current_version": current.version},
        )


class PrivacyNoticeService:
    def __init__(
        self, uow: Callable[[], UnitOfWork], clock: Clock, retention: RetentionPolicy | None = None
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._retention = retention

    @property
    def retention(self) -> RetentionPolicy | None:
        return self._retention

    async def current(self) -> PrivacyNotice:
        """The notice in force, its retention periods filled in from the same settings the
        retention purge applies (`RetentionPolicy.render`)."""
        async with self._uow() as uow:
            notice = await uow.privacy_notices.current()
        if notice is None:
            raise NoPrivacyNotice()
        if self._retention is None:
            return notice
        return replace(
            notice,
            text_th=self._retention.render(notice.text_th, "th"),
            text_en=self._retention.render(notice.text_en, "en"),
        )

    async def publish(
        self, actor: Principal, version: str, text_th: str, text_en: str
    ) -> PrivacyNotice:
        if not may(actor, Action.administer, Resource(ResourceKind.configuration)):
            raise Forbidden(
                "Only administrators publish privacy notices.", code="privacy_notice.admin_only"
            )
        for loc, value in (("version", version), ("text_th", text_th), ("text_en", text_en)):
            if not value.strip():
                raise InvalidValue(
                    f"{loc} must not be empty",
                    errors=[FieldError((loc,), "empty", "missing")],
                )
        notice = PrivacyNotice(version.strip(), text_th, text_en, self._clock.now())
        async with self._uow() as uow:
            if await uow.privacy_notices.get(notice.version) is not None:
                raise Conflict(
                    f"Version {notice.version} exists; notices are immutable.",
                    code="privacy_notice.version_exists",
                )
            await uow.privacy_notices.add(notice)
            await uow.audit.append(
                AuditEntry.record(
                    actor,
                    notice.published_at,
                    "privacy_notice.publish",
                    "privacy_notice",
                    notice.version,
                    after={"version": notice.version},
                )
            )
            await uow.commit()
        return notice


class AccessLogService:
    def __init__(self, uow: Callable[[], UnitOfWork]) -> None:
        self._uow = uow

    async def list(
        self, actor: Principal, page: PageRequest, filters: AccessFilter
    ) -> Page[PersonalDataAccess]:
        if not may(actor, Action.read_personal_data_log, Resource(ResourceKind.audit_log)):
            raise Forbidden(
                "Only OMB officers read the personal-data access log.",
                code="audit.personal_data_forbidden",
            )
        async with self._uow() as uow:
            return await uow.pd_access.list(page, filters)
