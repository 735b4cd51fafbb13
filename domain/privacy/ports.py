"""Ports for privacy notices and the personal-data access log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.privacy.model import AccessFilter, PersonalDataAccess, PrivacyNotice
from domain.shared.paging import Page, PageRequest


class PrivacyNoticeRepository(Protocol):
    async def current(self) -> PrivacyNotice | None: ...

    async def get(self, version: str) -> PrivacyNotice | None: ...

    async def add(self, notice: PrivacyNotice) -> None: ...


class PersonalDataAccessLog(Protocol):
    async def append_many(self, entries: Sequence[PersonalDataAccess]) -> None: ...

    async def list(self, page: PageRequest, filters: AccessFilter) -> Page[PersonalDataAccess]: ...
