from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubjectContactRead")


@_attrs_define
class SubjectContactRead:
    """
    Attributes:
        name (None | str):
        phone (None | str):
        email (None | str):
        line_user_id (None | str):
    """

    name: None | str
    phone: None | str
    email: None | str
    line_user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        line_user_id: None | str
        line_user_id = self.line_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
                "email": email,
                "line_user_id": line_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_line_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        line_user_id = _parse_line_user_id(d.pop("line_user_id"))

        subject_contact_read = cls(
            name=name,
            phone=phone,
            email=email,
            line_user_id=line_user_id,
        )

        subject_contact_read.additional_properties = d
        return subject_contact_read

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
