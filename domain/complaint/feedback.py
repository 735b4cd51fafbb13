"""The complainant's say after resolution: a secret only the filer holds, the satisfaction
rating (once per case) and the request to reopen, both through the tracking code and secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from domain.complaint.lifecycle import ComplaintStatus
from domain.errors import Conflict, FieldError, Forbidden, InvalidValue

# The tracking code alone is read over the phone, so acting on a case needs this too:
# 16 characters of Crockford's alphabet (80 bits), shown once at intake, stored hashed.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
SECRET_LENGTH = 16
RATING_COMMENT_MAX = 2000
REOPEN_REASON_MAX = 2000


def new_complainant_secret() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(SECRET_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, SECRET_LENGTH, 4))


def normalise_secret(raw: str) -> str:
    """What people type back: any case, spaces or dashes, O for 0, I/L for 1."""
    return "".join(ch for ch in raw.upper() if ch.isalnum()).translate(_LOOKALIKES)


def hash_secret(raw: str) -> str:
    # 80 random bits need no slow hash: nobody can guess them, and attempts are throttled.
    return hashlib.sha256(normalise_secret(raw).encode()).hexdigest()


# Compared against when a code is unknown or has no secret, so every refusal does the same work.
_NO_SECRET = hash_secret("-")


def secret_matches(raw: str, stored_hash: str | None) -> bool:
    return hmac.compare_digest(hash_secret(raw), stored_hash or _NO_SECRET) and bool(stored_hash)


class FeedbackRefused(Forbidden):
    """The tracking code and secret do not name a case: the same answer whether the code is
    unknown, the case has no secret, or the secret is wrong (no oracle)."""

    code = "public.feedback_refused"
    title = "The tracking code and secret do not match"
    title_th = "รหัสติดตามหรือรหัสลับไม่ถูกต้อง"

    def __init__(self) -> None:
        super().__init__(
            "Check the tracking code and the secret you were given when you filed the complaint.",
            detail_th="โปรดตรวจสอบรหัสติดตามและรหัสลับที่ได้รับเมื่อยื่นเรื่องร้องเรียน",
        )


class AlreadyRated(Conflict):
    code = "complaint.already_rated"
    title = "This complaint has already been rated"
    title_th = "เรื่องนี้ได้รับการประเมินความพึงพอใจแล้ว"


class NotYetResolved(Conflict):
    code = "complaint.not_resolved"
    title = "The complaint has not been resolved"
    title_th = "เรื่องร้องเรียนนี้ยังไม่ได้ดำเนินการแก้ไขแล้วเสร็จ"


@dataclass(frozen=True)
class Rating:
    """The complainant's satisfaction with how a case was resolved: 1 (poor) to 5 (very good)."""

    complaint_id: uuid.UUID
    score: int
    comment: str | None
    rated_at: datetime

    def __post_init__(self) -> None:
        if not 1 <= self.score <= 5:
            raise InvalidValue(
                "The score is 1 to 5.",
                detail_th="คะแนนต้องอยู่ระหว่าง 1 ถึง 5",
                errors=[FieldError(("score",), "between 1 and 5", "value_error")],
            )
        if self.comment is not None and len(self.comment) > RATING_COMMENT_MAX:
            raise InvalidValue(
                "The comment is too long.",
                errors=[FieldError(("comment",), f"at most {RATING_COMMENT_MAX}", "too_long")],
            )


def can_rate(status: ComplaintStatus, resolved_at: datetime | None) -> bool:
    """A case can be rated once it has been resolved (closed after resolution included)."""
    return resolved_at is not None and status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
