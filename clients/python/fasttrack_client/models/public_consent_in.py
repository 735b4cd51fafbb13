from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PublicConsentIn")


@_attrs_define
class PublicConsentIn:
    """Consent to the privacy notice the citizen was shown (its version).

    Attributes:
        notice_version (str):
    """

    notice_version: str

    def to_dict(self) -> dict[str, Any]:
        notice_version = self.notice_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notice_version": notice_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notice_version = d.pop("notice_version")

        public_consent_in = cls(
            notice_version=notice_version,
        )

        return public_consent_in
