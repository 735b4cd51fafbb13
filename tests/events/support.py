"""Helpers for the event tests: a local SMTP server, coordinators, the job wiring."""

from __future__ import annotations

import email
import email.policy
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage as MimeMessage
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import update

from domain.directory.model import Coordinator, CoordinatorContacts, CoordinatorLevel
from domain.events.dispatch import EventDispatcher
from domain.notification.service import EmailSender, NotificationConsumer, NotificationLinks
from domain.shared.clock import Clock, SystemClock
from infra.db.engine import Database
from infra.db.tables import UserRow, table_of
from infra.db.uow import SqlUnitOfWork
from infra.mail.adapters import SmtpMailer
from infra.mail.notifications import JinjaNotificationRenderer

U: Any = table_of(UserRow).c


@dataclass
class Inbox:
    """What the local SMTP server received."""

    messages: list[MimeMessage] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, MimeMessage)
        self.messages.append(message)
        return "250 OK"

    def to(self, address: str) -> list[MimeMessage]:
        return [m for m in self.messages if m["To"] == address]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def smtp_server(inbox: Inbox | None = None) -> Iterator[tuple[Inbox, int]]:
    inbox = inbox or Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def smtp_mailer(port: int) -> SmtpMailer:
    return SmtpMailer("127.0.0.1", port, "Fast Track <no-reply@fasttrack.test>", starttls=False)


def dispatcher(database: Database, clock: Clock | None = None) -> EventDispatcher:
    return EventDispatcher(
        lambda: SqlUnitOfWork(database.sessions),
        clock or SystemClock(),
        [NotificationConsumer(JinjaNotificationRenderer(), NotificationLinks("https://ft.test"))],
    )


def sender(database: Database, mailer: Any, clock: Clock | None = None) -> EmailSender:
    return EmailSender(lambda: SqlUnitOfWork(database.sessions), clock or SystemClock(), mailer)


async def add_coordinator(
    database: Database,
    agency_id: uuid.UUID,
    name: str,
    email_address: str,
    *,
    primary: bool = False,
    backup_rank: int | None = None,
    on_leave: bool = False,
    user_id: uuid.UUID | None = None,
) -> Coordinator:
    from domain.directory.model import CoordinatorStatus

    c = Coordinator(
        id=uuid.uuid4(),
        agency_id=agency_id,
        name=name,
        level=CoordinatorLevel.district,
        contacts=CoordinatorContacts(email=email_address),
        status=CoordinatorStatus.on_leave if on_leave else CoordinatorStatus.active,
        is_primary=primary,
        backup_rank=backup_rank,
        user_id=user_id,
    )
    async with SqlUnitOfWork(database.sessions) as uow:
        await uow.coordinators.add(c)
        await uow.commit()
    return c


async def set_language(database: Database, user_id: uuid.UUID, language: str) -> None:
    async with database.sessions() as s:
        await s.execute(update(table_of(UserRow)).where(U.id == user_id).values(language=language))
        await s.commit()


async def set_agency_head(
    database: Database, agency_id: uuid.UUID, name: str | None, email_address: str | None
) -> None:
    """The agency's head (the coordinators' supervisor), through the repository."""
    from dataclasses import replace

    async with SqlUnitOfWork(database.sessions) as uow:
        agency = await uow.agencies.get(agency_id)
        assert agency is not None
        changed = replace(agency, head_name=name, head_email=email_address)
        await uow.agencies.update(changed, expected_version=agency.version)
        await uow.commit()
