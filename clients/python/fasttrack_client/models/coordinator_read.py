from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coordinator_level import CoordinatorLevel
from ..models.coordinator_status import CoordinatorStatus

T = TypeVar("T", bound="CoordinatorRead")


@_attrs_define
class CoordinatorRead:
    """A Fast Track coordinator of an agency (ผู้ประสานงาน).

    Attributes:
        id (UUID):
        agency_id (UUID):
        name (str):
        level (CoordinatorLevel):
        title_th (None | str):
        phone (None | str):
        fax (None | str):
        email (None | str):
        line_id (None | str):
        line_user_id (None | str):
        status (CoordinatorStatus):
        is_primary (bool):
        backup_rank (int | None):
        user_id (None | UUID):
        is_active (bool):
        version (int):
    """

    id: UUID
    agency_id: UUID
    name: str
    level: CoordinatorLevel
    title_th: None | str
    phone: None | str
    fax: None | str
    email: None | str
    line_id: None | str
    line_user_id: None | str
    status: CoordinatorStatus
    is_primary: bool
    backup_rank: int | None
    user_id: None | UUID
    is_active: bool
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        agency_id = str(self.agency_id)

        name = self.name

        level = self.level.value

        title_th: None | str
        title_th = self.title_th

        phone: None | str
        phone = self.phone

        fax: None | str
        fax = self.fax

        email: None | str
        email = self.email

        line_id: None | str
        line_id = self.line_id

        line_user_id: None | str
        line_user_id = self.line_user_id

        status = self.status.value

        is_primary = self.is_primary

        backup_rank: int | None
        backup_rank = self.backup_rank

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        is_active = self.is_active

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agency_id": agency_id,
                "name": name,
                "level": level,
                "title_th": title_th,
                "phone": phone,
                "fax": fax,
                "email": email,
                "line_id": line_id,
                "line_user_id": line_user_id,
                "status": status,
                "is_primary": is_primary,
                "backup_rank": backup_rank,
                "user_id": user_id,
                "is_active": is_active,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        agency_id = UUID(d.pop("agency_id"))

        name = d.pop("name")

        level = CoordinatorLevel(d.pop("level"))

        def _parse_title_th(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_th = _parse_title_th(d.pop("title_th"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_fax(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fax = _parse_fax(d.pop("fax"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_line_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        line_id = _parse_line_id(d.pop("line_id"))

        def _parse_line_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        line_user_id = _parse_line_user_id(d.pop("line_user_id"))

        status = CoordinatorStatus(d.pop("status"))

        is_primary = d.pop("is_primary")

        def _parse_backup_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        backup_rank = _parse_backup_rank(d.pop("backup_rank"))

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("user_id"))

        is_active = d.pop("is_active")

        version = d.pop("version")

        coordinator_read = cls(
            id=id,
            agency_id=agency_id,
            name=name,
            level=level,
            title_th=title_th,
            phone=phone,
            fax=fax,
            email=email,
            line_id=line_id,
            line_user_id=line_user_id,
            status=status,
            is_primary=is_primary,
            backup_rank=backup_rank,
            user_id=user_id,
            is_active=is_active,
            version=version,
        )

        coordinator_read.additional_properties = d
        return coordinator_read

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
