from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.language import Language
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplainantIn")


@_attrs_define
class ComplainantIn:
    """The complainant's contact details (all optional) and wishes.

    Attributes:
        name (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
        line_user_id (None | str | Unset):
        confidential (bool | Unset): Known to OMB, hidden from agencies Default: `false`.
        no_contact (bool | Unset): Do not contact the complainant Default: `false`.
        language (Language | Unset):
    """

    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    line_user_id: None | str | Unset = UNSET
    confidential: bool | Unset = UNSET
    no_contact: bool | Unset = UNSET
    language: Language | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        line_user_id: None | str | Unset
        if isinstance(self.line_user_id, Unset):
            line_user_id = UNSET
        else:
            line_user_id = self.line_user_id

        confidential = self.confidential

        no_contact = self.no_contact

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if line_user_id is not UNSET:
            field_dict["line_user_id"] = line_user_id
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if no_contact is not UNSET:
            field_dict["no_contact"] = no_contact
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_line_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_user_id = _parse_line_user_id(d.pop("line_user_id", UNSET))

        confidential = d.pop("confidential", UNSET)

        no_contact = d.pop("no_contact", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        complainant_in = cls(
            name=name,
            phone=phone,
            email=email,
            line_user_id=line_user_id,
            confidential=confidential,
            no_contact=no_contact,
            language=language,
        )

        return complainant_in
