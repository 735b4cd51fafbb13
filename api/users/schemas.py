"""HTTP schemas for staff users."""

from __future__ import annotations

import uuid

from pydantic import EmailStr, Field, StrictBool

from api.schemas import InputModel, OutputModel, UtcDateTime
from domain.identity.model import Language
from domain.shared.principal import Role

Name = Field(min_length=1, max_length=200)
Phone = Field(default=None, max_length=32, pattern=r"^[0-9+\-() ]{3,32}$")


class UserRead(OutputModel):
    """A staff account."""

    id: uuid.UUID
    email: str
    full_name: str
    phone: str | None
    language: Language
    role: Role
    agency_id: uuid.UUID | None
    is_active: bool
    is_verified: bool
    created_at: UtcDateTime
    updated_at: UtcDateTime
    version: int
    line_linked_at: UtcDateTime | None = Field(
        description="When the user linked a LINE account for notifications (null: not linked)."
    )


class UserPage(OutputModel):
    items: list[UserRead]
    next_cursor: str | None


class UserCreate(InputModel):
    """A new staff account; the user receives an invitation e-mail to set a password."""

    email: EmailStr
    full_name: str = Name
    role: Role
    agency_id: uuid.UUID | None = None
    language: Language = Language.th
    phone: str | None = Phone


class UserUpdate(InputModel):
    """Admin changes to an account; changing role, agency or active flag ends its sessions."""

    full_name: str | None = Field(default=None, min_length=1, max_length=200)
    phone: str | None = Phone
    language: Language | None = None
    role: Role | None = None
    agency_id: uuid.UUID | None = None
    is_active: StrictBool | None = None


class UserSelfUpdate(InputModel):
    """What a user may change of their own account: name, phone, language and password."""

    full_name: str | None = Field(default=None, min_length=1, max_length=200)
    phone: str | None = Phone
    language: Language | None = None
    password: str | None = Field(default=None, min_length=1, max_length=200)
    current_password: str | None = Field(default=None, max_length=200)


class LineLinkCodeRead(OutputModel):
    """A one-time code to type into the LINE Official Account's chat: `link <code>` (or
    `เชื่อม <code>`). It works once, until `expires_at`; a new code replaces it."""

    code: str = Field(examples=["123456"])
    expires_at: UtcDateTime
    command: str = Field(description="What to type into the chat.", examples=["link 123456"])
    command_th: str = Field(examples=["เชื่อม 123456"])
