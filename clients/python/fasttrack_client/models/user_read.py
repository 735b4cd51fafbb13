from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language
from ..models.role import Role

T = TypeVar("T", bound="UserRead")


@_attrs_define
class UserRead:
    """A staff account.

    Attributes:
        id (UUID):
        email (str):
        full_name (str):
        phone (None | str):
        language (Language):
        role (Role):
        agency_id (None | UUID):
        is_active (bool):
        is_verified (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        line_linked_at (datetime.datetime | None): When the user linked a LINE account for notifications (null: not
            linked).
    """

    id: UUID
    email: str
    full_name: str
    phone: None | str
    language: Language
    role: Role
    agency_id: None | UUID
    is_active: bool
    is_verified: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    line_linked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        full_name = self.full_name

        phone: None | str
        phone = self.phone

        language = self.language.value

        role = self.role.value

        agency_id: None | str
        if isinstance(self.agency_id, UUID):
            agency_id = str(self.agency_id)
        else:
            agency_id = self.agency_id

        is_active = self.is_active

        is_verified = self.is_verified

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        line_linked_at: None | str
        if isinstance(self.line_linked_at, datetime.datetime):
            line_linked_at = self.line_linked_at.isoformat()
        else:
            line_linked_at = self.line_linked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "full_name": full_name,
                "phone": phone,
                "language": language,
                "role": role,
                "agency_id": agency_id,
                "is_active": is_active,
                "is_verified": is_verified,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "line_linked_at": line_linked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email = d.pop("email")

        full_name = d.pop("full_name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        language = Language(d.pop("language"))

        role = Role(d.pop("role"))

        def _parse_agency_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agency_id_type_0 = UUID(data)

                return agency_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        agency_id = _parse_agency_id(d.pop("agency_id"))

        is_active = d.pop("is_active")

        is_verified = d.pop("is_verified")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_line_linked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                line_linked_at_type_0 = datetime.datetime.fromisoformat(data)

                return line_linked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        line_linked_at = _parse_line_linked_at(d.pop("line_linked_at"))

        user_read = cls(
            id=id,
            email=email,
            full_name=full_name,
            phone=phone,
            language=language,
            role=role,
            agency_id=agency_id,
            is_active=is_active,
            is_verified=is_verified,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            line_linked_at=line_linked_at,
        )

        user_read.additional_properties = d
        return user_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
