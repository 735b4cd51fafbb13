from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LineLinkCodeRead")


@_attrs_define
class LineLinkCodeRead:
    """A one-time code to type into the LINE Official Account's chat: `link <code>` (or
    `เชื่อม <code>`). It works once, until `expires_at`; a new code replaces it.

        Attributes:
            code (str):
            expires_at (datetime.datetime):
            command (str): What to type into the chat.
            command_th (str):
    """

    code: str
    expires_at: datetime.datetime
    command: str
    command_th: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        expires_at = self.expires_at.isoformat()

        command = self.command

        command_th = self.command_th

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "expires_at": expires_at,
                "command": command,
                "command_th": command_th,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        command = d.pop("command")

        command_th = d.pop("command_th")

        line_link_code_read = cls(
            code=code,
            expires_at=expires_at,
            command=command,
            command_th=command_th,
        )

        line_link_code_read.additional_properties = d
        return line_link_code_read

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
