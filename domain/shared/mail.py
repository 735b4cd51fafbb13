"""The Mailer port and the message it sends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class EmailMessage:
    to: str
    subject: str
    text: str
    html: str | None = None  # an HTML alternative to the text
    message_id: str | None = None  # stable across retries of the same e-mail
    in_reply_to: str | None = None  # the Message-ID answered (threads the reply)


class Mailer(Protocol):
    async def send(self, message: EmailMessage) -> None: ...
