"""An inbound e-mail as the domain sees it, the outcomes of receiving one, and the rules that
read its subject and sender."""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass

# A mail's Message-ID is kept to spot redeliveries; one longer than this is kept as its hash.
MAX_KEY_CHARS = 400
# A subject token: the tracking code in brackets, as our acknowledgement's subject carries it
# (`[7KQ2M-XN4PB]`, also `[FT-7KQ2M-XN4PB]`). Tracking codes hold 50 random bits.
_TOKEN = re.compile(r"\[(?:FT[-\s])?([0-9A-Za-z]{5}-[0-9A-Za-z]{5})\]")
_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv|tr|ตอบกลับ|ส่งต่อ)\s*:\s*)+", re.IGNORECASE)


class MailOutcome(enum.StrEnum):
    filed = "filed"  # a new complaint
    appended = "appended"  # a reply, added to its case's timeline
    ignored = "ignored"  # an auto-reply, bounce or list mail: nothing filed, nothing answered
    duplicate = "duplicate"  # the same Message-ID was received before


@dataclass(frozen=True)
class MailAttachment:
    filename: str | None
    data: bytes


@dataclass(frozen=True)
class InboundMail:
    """A parsed mail: the text is the body as plain text with quoted replies trimmed."""

    message_id: str | None
    sender: str | None  # the From address
    sender_name: str | None
    subject: str
    text: str
    # In-Reply-To first, then References: the Message-IDs this mail answers.
    references: tuple[str, ...] = ()
    # Why this mail was written by a robot (auto-reply, bounce, list), or None.
    automatic: str | None = None
    attachments: tuple[MailAttachment, ...] = ()


@dataclass(frozen=True)
class MailReceipt:
    outcome: MailOutcome
    reason: str | None = None
    case_number: str | None = None


def dedup_key(message_id: str | None, raw: bytes) -> str:
    """What identifies one delivery: its Message-ID, or a hash of the bytes without one."""
    if message_id and len(message_id) <= MAX_KEY_CHARS:
        return message_id
    return "sha256:" + hashlib.sha256(message_id.encode() if message_id else raw).hexdigest()


def subject_token(subject: str) -> str | None:
    """The tracking code a reply's subject carries in brackets, upper-cased."""
    found = _TOKEN.search(subject)
    return found.group(1).upper() if found else None


def same_address(a: str | None, b: str | None) -> bool:
    """Two e-mail addresses are one mailbox (compared without case)."""
    return bool(a and b) and a.strip().casefold() == b.strip().casefold()  # type: ignore[union-attr]


def title_of(subject: str, text: str) -> str:
    """A case title from the subject (without Re:/Fwd:), else the body's first words."""
    title = " ".join(_REPLY_PREFIX.sub("", subject).split())
    if not title:
        title = " ".join(text.split())
    if not title:
        return "(e-mail)"
    return title if len(title) <= 120 else title[:119] + "…"
