"""SmtpMailer, OutboxMailer (files in the data directory) and InMemoryMailer."""

from __future__ import annotations

import asyncio
import ssl
import uuid
from email.message import EmailMessage as MimeMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import aiosmtplib

from domain.shared.mail import EmailMessage


def _mime(message: EmailMessage, sender: str) -> MimeMessage:
    mime = MimeMessage()
    mime["From"] = sender
    mime["To"] = message.to
    mime["Subject"] = message.subject
    mime["Date"] = formatdate(localtime=False)
    mime["Message-ID"] = message.message_id or make_msgid(domain="fasttrack")
    # Every mail of ours is automatic (RFC 3834): auto-responders and our own inbound
    # channel must never answer it, so no two robots write to each other.
    mime["Auto-Submitted"] = "auto-replied" if message.in_reply_to else "auto-generated"
    mime["X-Auto-Response-Suppress"] = "All"
    if message.in_reply_to:
        mime["In-Reply-To"] = message.in_reply_to
        mime["References"] = message.in_reply_to
    mime.set_content(message.text, charset="utf-8")
    if message.html is not None:
        mime.add_alternative(message.html, subtype="html", charset="utf-8")
    return mime


class SmtpMailer:
    """Sends through an SMTP server with aiosmtplib (STARTTLS or implicit TLS)."""

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        *,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = True,
        use_tls: bool = False,
        timeout: float = 15.0,
    ) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.username, self.password = username, password
        self.starttls, self.use_tls, self.timeout = starttls, use_tls, timeout

    async def send(self, message: EmailMessage) -> None:
        await aiosmtplib.send(
            _mime(message, self.sender),
            hostname=self.host,
            port=self.port,
            username=self.username,
            password=self.password,
            use_tls=self.use_tls,
            start_tls=self.starttls and not self.use_tls,
            tls_context=ssl.create_default_context(),
            timeout=self.timeout,
        )


class OutboxMailer:
    """Development mailer: writes each message as an .eml file into a folder."""

    def __init__(self, folder: Path, sender: str) -> None:
        self.folder, self.sender = folder, sender

    def _write(self, message: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{uuid.uuid4().hex}.eml"
        path.write_bytes(bytes(_mime(message, self.sender)))

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._write, message)


class InMemoryMailer:
    """Keeps sent messages in a list (tests)."""

    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []

    async def send(self, message: EmailMessage) -> None:
        self.sent.append(message)

    def last_to(self, address: str) -> EmailMessage:
        for message in reversed(self.sent):
            if message.to == address:
                return message
        raise LookupError(f"no message to {address}")
