"""SmtpMailer, OutboxMailer (files in the data directory) and InMemoryMailer."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
import uuid
from email.message import EmailMessage as MimeMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from domain.shared.mail import EmailMessage


def _mime(message: EmailMessage, sender: str) -> MimeMessage:
    mime = MimeMessage()
    mime["From"] = sender
    mime["To"] = message.to
    mime["Subject"] = message.subject
    mime["Date"] = formatdate(localtime=False)
    mime["Message-ID"] = make_msgid(domain="fasttrack")
    mime.set_content(message.text, charset="utf-8")
    return mime


class SmtpMailer:
    """Sends through an SMTP server (STARTTLS or implicit TLS); blocking I/O runs in a thread."""

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

    def _send_blocking(self, message: EmailMessage) -> None:
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.use_tls:
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with smtp:
            if self.starttls and not self.use_tls:
                smtp.starttls(context=context)
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(_mime(message, self.sender))

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send_blocking, message)


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
