from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordInboundMailFilesBody")


@_attrs_define
class RecordInboundMailFilesBody:
    """A provider's form: the raw message in `email` (SendGrid) or `body-mime` (Mailgun).

    Attributes:
        email (str | Unset):
        body_mime (str | Unset):
    """

    email: str | Unset = UNSET
    body_mime: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        body_mime = self.body_mime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if body_mime is not UNSET:
            field_dict["body-mime"] = body_mime

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.body_mime, Unset):
            files.append(("body-mime", (None, str(self.body_mime).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        body_mime = d.pop("body-mime", UNSET)

        record_inbound_mail_files_body = cls(
            email=email,
            body_mime=body_mime,
        )

        record_inbound_mail_files_body.additional_properties = d
        return record_inbound_mail_files_body

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
