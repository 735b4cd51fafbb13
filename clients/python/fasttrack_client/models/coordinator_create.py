from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.coordinator_level import CoordinatorLevel
from ..models.coordinator_status import CoordinatorStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CoordinatorCreate")


@_attrs_define
class CoordinatorCreate:
    """A new coordinator. `level` defaults to the one the agency's kind requires; a second
    primary is a 409 (swap with PUT /agencies/{id}/primary-coordinator).

        Attributes:
            agency_id (UUID):
            name (str):
            level (CoordinatorLevel | None | Unset):
            title_th (None | str | Unset):
            phone (None | str | Unset):
            fax (None | str | Unset):
            email (None | str | Unset):
            line_id (None | str | Unset):
            line_user_id (None | str | Unset):
            status (CoordinatorStatus | Unset):
            is_primary (bool | Unset): Default: `false`.
            backup_rank (int | None | Unset):
            user_id (None | Unset | UUID):
    """

    agency_id: UUID
    name: str
    level: CoordinatorLevel | None | Unset = UNSET
    title_th: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    line_id: None | str | Unset = UNSET
    line_user_id: None | str | Unset = UNSET
    status: CoordinatorStatus | Unset = UNSET
    is_primary: bool | Unset = UNSET
    backup_rank: int | None | Unset = UNSET
    user_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        agency_id = str(self.agency_id)

        name = self.name

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, CoordinatorLevel):
            level = self.level.value
        else:
            level = self.level

        title_th: None | str | Unset
        if isinstance(self.title_th, Unset):
            title_th = UNSET
        else:
            title_th = self.title_th

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        line_id: None | str | Unset
        if isinstance(self.line_id, Unset):
            line_id = UNSET
        else:
            line_id = self.line_id

        line_user_id: None | str | Unset
        if isinstance(self.line_user_id, Unset):
            line_user_id = UNSET
        else:
            line_user_id = self.line_user_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_primary = self.is_primary

        backup_rank: int | None | Unset
        if isinstance(self.backup_rank, Unset):
            backup_rank = UNSET
        else:
            backup_rank = self.backup_rank

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agency_id": agency_id,
                "name": name,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level
        if title_th is not UNSET:
            field_dict["title_th"] = title_th
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if line_id is not UNSET:
            field_dict["line_id"] = line_id
        if line_user_id is not UNSET:
            field_dict["line_user_id"] = line_user_id
        if status is not UNSET:
            field_dict["status"] = status
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if backup_rank is not UNSET:
            field_dict["backup_rank"] = backup_rank
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency_id = UUID(d.pop("agency_id"))

        name = d.pop("name")

        def _parse_level(data: object) -> CoordinatorLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = CoordinatorLevel(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoordinatorLevel | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_title_th(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_th = _parse_title_th(d.pop("title_th", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_line_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_id = _parse_line_id(d.pop("line_id", UNSET))

        def _parse_line_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_user_id = _parse_line_user_id(d.pop("line_user_id", UNSET))

        _status = d.pop("status", UNSET)
        status: CoordinatorStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CoordinatorStatus(_status)

        is_primary = d.pop("is_primary", UNSET)

        def _parse_backup_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        backup_rank = _parse_backup_rank(d.pop("backup_rank", UNSET))

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        coordinator_create = cls(
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
        )

        return coordinator_create
