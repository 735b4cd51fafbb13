"""The domain's error hierarchy: adapters and services raise only these; the API maps them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One bad field of an input: where, what is wrong, and a stable type name."""

    loc: tuple[str | int, ...]
    msg: str
    type: str = "value_error"


class DomainError(Exception):
    """Base of every business outcome that is not a success.

    `code` is stable and dotted (``district.not_found``); `detail` is English, `detail_th` Thai.
    `extra` carries machine-readable members added to the problem body.
    """

    code: str = "request.error"
    title: str = "Error"
    title_th: str = "เกิดข้อผิดพลาด"

    def __init__(
        self,
        detail: str | None = None,
        *,
        detail_th: str | None = None,
        code: str | None = None,
        extra: Mapping[str, object] | None = None,
        errors: Sequence[FieldError] = (),
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.detail_th = detail_th or detail_th_default(self)
        if code is not None:
            self.code = code
        self.extra: dict[str, object] = dict(extra or {})
        self.errors: list[FieldError] = list(errors)


def detail_th_default(error: DomainError) -> str:
    return error.title_th


class NotFound(DomainError):
    code = "resource.not_found"
    title = "Not found"
    title_th = "ไม่พบข้อมูล"


class Forbidden(DomainError):
    code = "access.forbidden"
    title = "Forbidden"
    title_th = "ไม่มีสิทธิ์ดำเนินการ"


class Unauthenticated(DomainError):
    code = "auth.unauthenticated"
    title = "Authentication required"
    title_th = "ต้องเข้าสู่ระบบ"
    # The WWW-Authenticate challenge answered with the 401.
    challenge: str = "Bearer"


class Conflict(DomainError):
    code = "resource.conflict"
    title = "Conflict"
    title_th = "ข้อมูลขัดแย้ง"


class ConcurrentUpdate(Conflict):
    code = "precondition.failed"
    title = "The resource was changed by someone else"
    title_th = "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว"


class StaleVersion(ConcurrentUpdate):
    """A change made against version `expected` of a record that is now at `current`: the
    editor must reload and decide again."""

    def __init__(self, expected: int, current: int, detail: str | None = None) -> None:
        super().__init__(detail)
        self.expected = expected
        self.current = current


class PreconditionRequired(DomainError):
    """A change that must say which version of the record the editor read, and did not."""

    code = "precondition.required"
    title = "Expected version required"
    title_th = "ต้องระบุเวอร์ชันที่อ่านมา"


class InvalidValue(DomainError):
    code = "request.invalid_value"
    title = "Invalid value"
    title_th = "ข้อมูลไม่ถูกต้อง"


class BadRequest(DomainError):
    """A request that cannot be honoured as sent (credentials, tokens, protocol errors)."""

    code = "request.bad"
    title = "Bad request"
    title_th = "คำขอไม่ถูกต้อง"


class PayloadTooLarge(DomainError):
    code = "request.too_large"
    title = "Payload too large"
    title_th = "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป"


class UnsupportedMediaType(DomainError):
    code = "request.unsupported_media_type"
    title = "Unsupported media type"
    title_th = "ไม่รองรับชนิดไฟล์นี้"


class TooManyRequests(DomainError):
    code = "request.rate_limited"
    title = "Too many requests"
    title_th = "มีคำขอมากเกินไป"

    def __init__(self, detail: str | None = None, *, retry_after: int, **kw: object) -> None:
        super().__init__(detail, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class Unavailable(DomainError):
    code = "service.unavailable"
    title = "Service unavailable"
    title_th = "ระบบไม่พร้อมให้บริการ"


def check_changeable(
    changes: Mapping[str, object],
    allowed: frozenset[str],
    detail: str = "These fields cannot be changed.",
) -> None:
    """Refuse a change naming fields outside `allowed`, one field error each."""
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidValue(
            detail,
            errors=[FieldError((f,), "not changeable", "extra_forbidden") for f in sorted(unknown)],
        )


def check_version(what: str, current: int, expected: int | None) -> None:
    """Refuse a change made against another version of `what` than the stored `current`
    (no expected version: no check)."""
    if expected is not None and expected != current:
        raise ConcurrentUpdate(
            f"The {what} is at version {current}, not {expected}; reload it.",
            extra={"current_version": current},
        )
