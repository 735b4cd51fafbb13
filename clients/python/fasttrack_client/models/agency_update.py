from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgencyUpdate")


@_attrs_define
class AgencyUpdate:
    """Names, contact channels and the active flag; code, kind and district never change.

    Attributes:
        name_th (None | str | Unset):
        name_en (None | str | Unset):
        phone (None | str | Unset):
        fax (None | str | Unset):
        email (None | str | Unset):
        line_id (None | str | Unset):
        is_active (bool | None | Unset):
        head_name (None | str | Unset):
        head_title_th (None | str | Unset):
        head_email (None | str | Unset):
    """

    name_th: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    line_id: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    head_name: None | str | Unset = UNSET
    head_title_th: None | str | Unset = UNSET
    head_email: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_th: None | str | Unset
        if isinstance(self.name_th, Unset):
            name_th = UNSET
        else:
            name_th = self.name_th

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

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

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        head_name: None | str | Unset
        if isinstance(self.head_name, Unset):
            head_name = UNSET
        else:
            head_name = self.head_name

        head_title_th: None | str | Unset
        if isinstance(self.head_title_th, Unset):
            head_title_th = UNSET
        else:
            head_title_th = self.head_title_th

        head_email: None | str | Unset
        if isinstance(self.head_email, Unset):
            head_email = UNSET
        else:
            head_email = self.head_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_th is not UNSET:
            field_dict["name_th"] = name_th
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if line_id is not UNSET:
            field_dict["line_id"] = line_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if head_name is not UNSET:
            field_dict["head_name"] = head_name
        if head_title_th is not UNSET:
            field_dict["head_title_th"] = head_title_th
        if head_email is not UNSET:
            field_dict["head_email"] = head_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name_th(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_th = _parse_name_th(d.pop("name_th", UNSET))

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

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

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_head_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_name = _parse_head_name(d.pop("head_name", UNSET))

        def _parse_head_title_th(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_title_th = _parse_head_title_th(d.pop("head_title_th", UNSET))

        def _parse_head_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_email = _parse_head_email(d.pop("head_email", UNSET))

        agency_update = cls(
            name_th=name_th,
            name_en=name_en,
            phone=phone,
            fax=fax,
            email=email,
            line_id=line_id,
            is_active=is_active,
            head_name=head_name,
            head_title_th=head_title_th,
            head_email=head_email,
        )

        return agency_update
