from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConsentIn")


@_attrs_define
class ConsentIn:
    """The PDPA consent the complainant gave: the notice version and when.

    Attributes:
        version (str):
        given_at (datetime.datetime):
    """

    version: str
    given_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        given_at = self.given_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "given_at": given_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        given_at = datetime.datetime.fromisoformat(d.pop("given_at"))

        consent_in = cls(
            version=version,
            given_at=given_at,
        )

        return consent_in
