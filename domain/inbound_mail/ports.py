"""Ports of the e-mail channel: the MIME parser and the store of received Message-IDs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.inbound_mail.model import InboundMail, MailOutcome


class InboundMailParser(Protocol):
    def parse(self, raw: bytes) -> InboundMail:
        """The mail in RFC 5322 bytes; raises MailUnreadable when it is not one."""
        ...


class InboundMailStore(Protocol):
    async def remember(self, key: str, at: datetime) -> bool:
        """Record a received mail's key; False when it was received before (a redelivery)."""
        ...

    async def settle(self, key: str, outcome: MailOutcome, complaint_id: uuid.UUID | None) -> None:
        """What came of the mail, and the case it filed or joined (its thread)."""
        ...

    async def thread_of(self, keys: Sequence[str]) -> uuid.UUID | None:
        """The case one of these Message-IDs (received earlier) filed or joined."""
        ...
