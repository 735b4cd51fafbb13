from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSubjectQuery")


@_attrs_define
class DataSubjectQuery:
    """Who the request is about: at least one identifier. Phone numbers match in any Thai
    form (+66 / 0066 / 0, spaces, hyphens), e-mail addresses whatever their letter case;
    a national id (13 digits, checked) is found where someone typed it into a case or a
    note; a name matches complainants and activity participants as written (up to spaces).

        Attributes:
            phone (None | str | Unset):
            email (None | str | Unset):
            national_id (None | str | Unset):
            line_user_id (None | str | Unset):
            name (None | str | Unset):
    """

    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    national_id: None | str | Unset = UNSET
    line_user_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        line_user_id: None | str | Unset
        if isinstance(self.line_user_id, Unset):
            line_user_id = UNSET
        else:
            line_user_id = self.line_user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if line_user_id is not UNSET:
            field_dict["line_user_id"] = line_user_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        def _parse_line_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_user_id = _parse_line_user_id(d.pop("line_user_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        data_subject_query = cls(
            phone=phone,
            email=email,
            national_id=national_id,
            line_user_id=line_user_id,
            name=name,
        )

        return data_subject_query
